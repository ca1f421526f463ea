import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceVariantText, type SourceDocument } from '../../../src/lib/source-variant-text.ts';
import { documentEntry } from '../../support/hostile-render.ts';

/** The document entry the ingest writes for a fixture source, as the source variants diff reads it. */
const entryOf = (path: string) => documentEntry(readFileSync(path, 'utf8')).data as SourceDocument;

/** The header paragraphs of a source's text (those before its first body paragraph `first`). */
function headerParagraphs(text: string, first: string): string[] {
  const paragraphs = text.split('\n\n');
  return paragraphs.slice(
    0,
    paragraphs.findIndex((paragraph) => paragraph.startsWith(first)),
  );
}

describe('sourceVariantText writes the header as the source prints it', () => {
  it('a Spanish note: its place and date, (OR. en), NOTA and its labels in Spanish, the values as printed', () => {
    const text = sourceVariantText(entryOf('tests/fixtures/council-pdf-lo/nota-es/pdftotext-layout.txt'), []);
    expect(headerParagraphs(text, '1.')).toEqual([
      'Bruselas, 8 de marzo de 2024',
      '(OR. en)',
      '6120/1/24 REV 1 COSI 30 ENFOPOL 95 CT 22 PROCIV 14',
      'LIMITE',
      'NOTA',
      'Consejo de la',
      'Unión Europea',
      'De: Presidencia',
      'A: Comité Permanente de Cooperación Operativa en materia de Seguridad Interior Grupo «Terrorismo»',
      'N.º doc. prec.: 6120/24',
      'Asunto: Proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos y de las entidades críticas frente a las amenazas terroristas',
    ]);
  });

  it('a Finnish header: its interinstitutional file under its own label, its language line as printed', () => {
    const text = sourceVariantText(entryOf('tests/fixtures/layouts/finnish-interinstitutional-flattened/source.txt'), []);
    expect(text.split('\n\n').slice(0, 3)).toEqual(['Bryssel, 8. helmikuuta 2011', '(OR. en)', 'Toimielinten välinen asia: 2011/0023 (NLE)']);
  });

  it('a German header and the same fields without their printed forms (as an English source gives them) differ', () => {
    const german = entryOf('tests/fixtures/layouts/german-version/source.txt');
    expect(german.printed).toBeDefined();
    const text = sourceVariantText(german, []);
    expect(text).toContain('Brüssel, den 3. Mai 2019');
    expect(text).not.toBe(sourceVariantText({ ...german, printed: undefined }, []));
  });
});
