import { describe, expect, it } from 'vitest';
import { rowsOverPage } from '../../../../../scripts/ingest/parse/layout/layout-row-over-page.ts';

const HEADER = 'Action                      Lead            Deadline        State of play';

/** Source lines numbered from 1, and their texts back. */
function lines(...texts: string[]) {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}
const texts = (read: { text: string }[]) => read.map((entry) => entry.text);

describe('rowsOverPage', () => {
  it('sets the rest of a cut row back under the row, above the header row repeated after the page break', () => {
    const cell = ' '.repeat(60);
    const read = rowsOverPage(
      lines(
        HEADER,
        `2. Strengthen the controls     States     Q4 2025    Six Member States have`,
        `${cell}set up joint teams until the end of the`,
        '',
        HEADER,
        `${cell}year. The Presidency will report.`,
        '3. Report to COSI',
      ),
    );
    expect(texts(read)).toEqual([
      HEADER,
      `2. Strengthen the controls     States     Q4 2025    Six Member States have`,
      `${cell}set up joint teams until the end of the`,
      `${cell}year. The Presidency will report.`,
      '',
      HEADER,
      '3. Report to COSI',
    ]);
    expect(read.map((entry) => entry.line)).toEqual([1, 2, 3, 6, 4, 5, 7]);
  });

  it('sets back only the cut row’s first paragraph where the next row’s cells are centred and its last cell opens above its first line (Spanish)', () => {
    const header = 'Acción                      Responsable     Plazo           Situación';
    const cell = ' '.repeat(60);
    const read = rowsOverPage(
      lines(
        header,
        `5. Mejorar la cooperación     Comisión        T4 2025     La Comisión organizó una`,
        `${cell}conferencia ministerial en marzo de`,
        '',
        header,
        `${cell}2024. Europol ha destacado funcionarios.`,
        `${cell}SUPRIMIDO`,
        `${cell}La Presidencia presentará un resumen`,
        '6. Combatir la corrupción',
        `${cell}de las respuestas al COSI.`,
      ),
    );
    expect(texts(read)).toEqual([
      header,
      `5. Mejorar la cooperación     Comisión        T4 2025     La Comisión organizó una`,
      `${cell}conferencia ministerial en marzo de`,
      `${cell}2024. Europol ha destacado funcionarios.`,
      '',
      header,
      `${cell}SUPRIMIDO`,
      `${cell}La Presidencia presentará un resumen`,
      '6. Combatir la corrupción',
      `${cell}de las respuestas al COSI.`,
    ]);
  });

  it('leaves the lines as they are when the header row is not repeated, or no rest stands alone in the last column under it', () => {
    const cell = ' '.repeat(60);
    const once = lines('Text', HEADER, `${cell}a cell's line`);
    expect(rowsOverPage(once)).toEqual(once);
    const nextRow = lines(HEADER, '1. A row', '', HEADER, '2. The next row', `${cell}its last cell`);
    expect(rowsOverPage(nextRow)).toEqual(nextRow);
    const twoCells = lines('Action  Lead', '1. A row', 'Action  Lead', `${cell}a line`);
    expect(rowsOverPage(twoCells)).toEqual(twoCells);
  });
});
