import { describe, expect, it } from 'vitest';
import { bidiSegments, hasBidiControl, isolatedText } from '../../../src/shared/bidi.ts';

/** The controls by name. */
const RLO = '\u202E';
const PDF = '\u202C';
const LRE = '\u202A';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

describe('hasBidiControl', () => {
  it('finds the embeddings, overrides and isolates of U+202A–U+202E and U+2066–U+2069, and nothing else', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
      expect(hasBidiControl(`a${String.fromCodePoint(code)}b`)).toBe(true);
    for (const code of [0x200e, 0x200f, 0x2029, 0x202f, 0x2065, 0x206a, 0x05d0]) expect(hasBidiControl(`a${String.fromCodePoint(code)}b`)).toBe(false);
  });
});

describe('bidiSegments', () => {
  it('cuts a text into runs and single controls that join back into it', () => {
    const text = `${RLO}fdp.exe${PDF}${PDF} files`;
    expect(bidiSegments(text)).toEqual([
      { text: RLO, control: true },
      { text: 'fdp.exe', control: false },
      { text: PDF, control: true },
      { text: PDF, control: true },
      { text: ' files', control: false },
    ]);
    expect(bidiSegments('plain')).toEqual([{ text: 'plain', control: false }]);
    expect(bidiSegments('')).toEqual([]);
  });
});

describe('isolatedText', () => {
  it('wraps a text with an override in one isolate, and leaves a text without controls as it is', () => {
    expect(isolatedText(`a ${RLO}b`)).toBe(`${FSI}a ${RLO}b${PDI}`);
    expect(isolatedText('Note: Internal security')).toBe('Note: Internal security');
  });

  it('opens one more isolate for each U+2069 that closes nothing, so that the wrapper still closes every override', () => {
    expect(isolatedText(`x${PDI}${RLO}y`)).toBe(`${FSI}${FSI}x${PDI}${RLO}y${PDI}`);
    expect(isolatedText(`${RLI}a${PDI}${PDI}${PDI}${LRE}b`)).toBe(`${FSI}${FSI}${FSI}${RLI}a${PDI}${PDI}${PDI}${LRE}b${PDI}`);
  });

  it('closes the isolates a text leaves open before its own', () => {
    expect(isolatedText(`${RLI}a${RLI}b`)).toBe(`${FSI}${RLI}a${RLI}b${PDI}${PDI}${PDI}`);
  });
});
