import { describe, expect, it } from 'vitest';
import { cutsDate, cutsDayFromMonth, cutsYearFromMonth, opensWithDays } from '../../../../../scripts/ingest/parse/text/cut-day.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';

describe('cutsDayFromMonth', () => {
  it('is true where a line ends on a day with its ordinal dot and the next opens with its month and year', () => {
    expect(cutsDayFromMonth('4.\tFolgemaßnahmen zur Tagung des COSI vom 18.', 'November 2025')).toBe(true);
    expect(cutsDayFromMonth('Tagung des Rates am 11. und 12.', 'Dezember 2025: Vorbereitung')).toBe(true);
    expect(cutsDayFromMonth('die Tagung am 5.', 'März 2024 in Brüssel')).toBe(true);
  });

  it('is false where the dot ends a sentence or the next line names no month and year', () => {
    expect(cutsDayFromMonth('The Committee took note of point 18.', 'The Presidency informed delegations.')).toBe(false);
    expect(cutsDayFromMonth('siehe Randnummer 18.', 'Nummer 2025 der Liste')).toBe(false);
    expect(cutsDayFromMonth('ohne Tag', 'November 2025')).toBe(false);
  });
});

describe('cutsYearFromMonth', () => {
  it('is true where a line ends on a month and the next opens with its year, in any language', () => {
    expect(cutsYearFromMonth('La prochaine aura lieu en mars', '2026.')).toBe(true);
    expect(cutsYearFromMonth('The next one will take place in March', '2026.')).toBe(true);
    expect(cutsYearFromMonth('Der nächste findet im März', '2026 statt.')).toBe(true);
    expect(cutsYearFromMonth('Il prossimo si terrà a marzo', '2026.')).toBe(true);
  });

  it('is false where the line ends on no month or the next opens with no year', () => {
    expect(cutsYearFromMonth('The drivers seized 38 tonnes in', '2026 and 2027.')).toBe(false);
    expect(cutsYearFromMonth('La prochaine aura lieu en mars', '12 réunions.')).toBe(false);
    expect(cutsYearFromMonth('La prochaine aura lieu en mars', '2026/27 selon le calendrier.')).toBe(false);
  });

  it('joins a table cell plain pdftotext wrapped before the year, however short its line', () => {
    const cells = 'Chaque année\n\nLa prochaine aura lieu en mars\n2026.\n\nLa présidence mettra ce tableau à jour.\n';
    expect(normalise(cells).map((line) => line.text)).toContain('La prochaine aura lieu en mars 2026.');
  });
});

describe('cutsDate', () => {
  it('is true where a line ends on a date’s first piece and the next opens with the rest, in any language', () => {
    expect(cutsDate('Security (COSI) on 18 and', '19 November 2025')).toBe(true);
    expect(cutsDate('Security (COSI) on 18 and 19', 'November 2025')).toBe(true);
    expect(cutsDate('Slándáil Inmheánach (COSI) an 18 agus an', '19 Samhain 2025')).toBe(true);
    expect(cutsDate('Interna (COSI) tat-18 u', "d-19 ta' Novembru 2025")).toBe(true);
    expect(cutsDate('(COSI) am 18. und', '19. November 2025')).toBe(true);
    expect(cutsDate('alalise komitee (COSI) 18. ja', '19. novembril 2025 toimunud koosoleku tulemus')).toBe(true);
    expect(cutsDate('komiteto (COSI) 2025 m. lapkričio', '18 ir 19 d. posėdžio rezultatai')).toBe(true);
    expect(cutsDate('komitejas (COSI) 2025. gada', '18. un 19. novembra sanāksmes rezultāti')).toBe(true);
    expect(cutsDate('(COSI), проведено на 18 и', '19 ноември 2025 г.')).toBe(true);
  });

  it('is false where the line above holds no date’s piece or the next line adds no day to it', () => {
    expect(cutsDate('Format: 1+2+1', '16. April 2024')).toBe(false);
    expect(cutsDate('The Committee met on 18 November 2025.', '19 delegations took the floor.')).toBe(false);
    expect(cutsDate('Items 3 and', '4 were postponed.')).toBe(false);
    expect(cutsDate('Outcome of the meeting of the', 'Standing Committee on Operational Cooperation')).toBe(false);
  });
});

describe('opensWithDays', () => {
  it('is true where a line opens with days, their month and year', () => {
    expect(opensWithDays('18 e 19 de novembro de 2025')).toBe(true);
    expect(opensWithDays('18 i 19 listopada 2025 r.')).toBe(true);
    expect(opensWithDays('19 November 2025: Preparation')).toBe(true);
  });

  it('is false where the line opens with a number that is no day of a date', () => {
    expect(opensWithDays('18 delegations took the floor.')).toBe(false);
    expect(opensWithDays('14470/25 was presented.')).toBe(false);
  });
});

describe('a subject wrapped inside its meeting’s date', () => {
  it.each([
    ['Subject: Toradh chruinniú an Bhuanchoiste (COSI) an 18 agus an', '19 Samhain 2025'],
    ['Subject: Eżitu tal-laqgħa tal-Kumitat Permanenti (COSI) tat-18 u', "d-19 ta' Novembru 2025"],
    ['Subject: Resultados da reunião do Comité Permanente (COSI) de', '18 e 19 de novembro de 2025'],
    ['Subject: Wynik posiedzenia Stałego Komitetu (COSI) w dniach', '18 i 19 listopada 2025 r.'],
  ])('reads `%s` / `%s` as one line, the date whole', (above, below) => {
    expect(normalise(`${above}\n${below}\n\n1. Adoption of the agenda\n`).map((line) => line.text)[0]).toBe(`${above} ${below}`);
  });
});
