import { describe, expect, it } from 'vitest';
import { symbolText } from '../../../../scripts/ingest/read/pdf-symbols.ts';

describe('symbolText', () => {
  it('reads the private-use code points of the Symbol font as the characters they print, whatever the subset tag', () => {
    expect(symbolText('\uF0B7', 'ABCDEF+Symbol')).toBe('•');
    expect(symbolText('\uF0B3 50 \uF0B1 2', 'SymbolMT')).toBe('≥ 50 ± 2');
  });

  it('reads those of Wingdings by its own table, where the same code prints another glyph than in Symbol', () => {
    expect(symbolText('\uF0A7', 'Wingdings-Regular')).toBe('▪');
    expect(symbolText('\uF0D8', 'BCDEFG+Wingdings')).toBe('➢');
    expect(symbolText('\uF0FC\uF0FE', 'Wingdings-Regular')).toBe('✔☑');
  });

  it('reads a glyph drawn alone in a stand-in font (LibreOffice’s OpenSymbol) as the list glyph Word sets there', () => {
    expect(symbolText('\uF0B7', 'DAAAAA+OpenSymbol')).toBe('•');
    expect(symbolText(' \uF0FC ', 'DAAAAA+OpenSymbol')).toBe(' ✔ ');
  });

  it('keeps private-use characters inside a stand-in font’s text, and those no table knows, as they are', () => {
    expect(symbolText('a \uF0B7 b', 'DAAAAA+OpenSymbol')).toBe('a \uF0B7 b');
    expect(symbolText('\uF0B7\uF0A7', 'OpenSymbol')).toBe('\uF0B7\uF0A7');
    expect(symbolText('\uF041', 'Wingdings-Regular')).toBe('\uF041');
    expect(symbolText('\uE000', 'Symbol')).toBe('\uE000');
  });

  it('leaves text of ordinary fonts untouched', () => {
    expect(symbolText('• Member States', 'BAAAAA+LiberationSerif')).toBe('• Member States');
  });
});
