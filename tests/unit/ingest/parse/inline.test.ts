import { describe, expect, it } from 'vitest';
import { readInline } from '../../../../scripts/ingest/parse/inline.ts';

describe('readInline', () => {
  it('keeps a superscript of stars the PDF reader writes (`^{**}`) as text, never as a bold toggle', () => {
    expect(readInline("Sistema d'informazione Schengen^{**}", () => null)).toEqual([{ type: 'text', value: "Sistema d'informazione Schengen^{**}" }]);
    expect(readInline("**5.\tSistema d'informazione Schengen^{**}**", () => null)).toEqual([
      { type: 'text', value: "5. Sistema d'informazione Schengen^{**}", strong: true },
    ]);
  });
});
