import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { canonicalReference, familyKey, findReferences, registerLocation } from '../../../src/shared/references.ts';

const REGISTER = 'https://data.consilium.europa.eu/doc/document/';
const EUR_LEX = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=';
const OEIL = 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=';

function seed(name: string): string {
  return readFileSync(`content/sources/${name}.txt`, 'utf8');
}

function ids(text: string): string[] {
  return findReferences(text).map((reference) => reference.id);
}

function distinctIds(text: string): string[] {
  return [...new Set(ids(text))];
}

describe('findReferences on Council register numbers', () => {
  it('recognises the main series forms with their canonical ids, types and register URLs', () => {
    const text = '16515/09, 14470/1/25 REV 1, 13217/23 ADD 1, 7402/24 COR 1, 9459/20 ADD 1 and 13217/23 ADD 1 REV 1.';
    expect(findReferences(text).map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: '16515/09', type: 'council', url: `${REGISTER}ST-16515-2009-INIT/en/pdf` },
      { id: '14470/1/25 REV 1', type: 'council', url: `${REGISTER}ST-14470-2025-REV-1/en/pdf` },
      { id: '13217/23 ADD 1', type: 'council', url: `${REGISTER}ST-13217-2023-ADD-1/en/pdf` },
      { id: '7402/24 COR 1', type: 'council', url: `${REGISTER}ST-7402-2024-COR-1/en/pdf` },
      { id: '9459/20 ADD 1', type: 'council', url: `${REGISTER}ST-9459-2020-ADD-1/en/pdf` },
      { id: '13217/1/23 ADD 1 REV 1', type: 'council', url: `${REGISTER}ST-13217-2023-ADD-1-REV-1/en/pdf` },
    ]);
  });

  it('writes REV1 as REV 1 and accepts a line break between the number and its revision', () => {
    expect(ids('as set out in 14470/1/25 REV1.')).toEqual(['14470/1/25 REV 1']);
    expect(ids('14470/1/25\nREV 1')).toEqual(['14470/1/25 REV 1']);
    expect(ids('12223/3/17   REV 3')).toEqual(['12223/3/17 REV 3']);
  });

  it('reports the offsets of the matched text, line break included', () => {
    const text = 'see 14470/1/25\nREV 1 and CM 4578/2/24 REV2.';
    expect(findReferences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['14470/1/25\nREV 1', 'CM 4578/2/24 REV2']);
  });

  it('drops the middle revision index from the URL, ends plain numbers with INIT and reads two-digit years around 1950', () => {
    const url = (text: string): string | undefined => findReferences(text)[0]?.url;
    expect(url('12583/5/17 REV 5')).toBe(`${REGISTER}ST-12583-2017-REV-5/en/pdf`);
    expect(url('14557/25')).toBe(`${REGISTER}ST-14557-2025-INIT/en/pdf`);
    expect(url('12345/99')).toBe(`${REGISTER}ST-12345-1999-INIT/en/pdf`);
    expect(url('12345/50')).toBe(`${REGISTER}ST-12345-1950-INIT/en/pdf`);
    expect(url('12345/49')).toBe(`${REGISTER}ST-12345-2049-INIT/en/pdf`);
    expect(url('12345/00')).toBe(`${REGISTER}ST-12345-2000-INIT/en/pdf`);
  });

  it('drops the optional ST prefix of the main series', () => {
    expect(findReferences('ST 14470/25')[0]).toMatchObject({ id: '14470/25', type: 'council', url: `${REGISTER}ST-14470-2025-INIT/en/pdf` });
  });

  it('names the revision that a middle index implies when the REV suffix is missing', () => {
    expect(findReferences('5572/1/25')[0]).toMatchObject({ id: '5572/1/25 REV 1', url: `${REGISTER}ST-5572-2025-REV-1/en/pdf` });
  });

  it('gives a revision one id whether its number prints the revision’s index in the middle or not, as the register gives it one address', () => {
    const text = '6120/26 ADD 1 REV 2, 6120/2/26 ADD 1 REV 2, 14470/25 REV 1, 14470/1/25 REV 1, CM 4578/24 REV 2, 7402/24 REV 1 COR 1 and 9912/25 REV 1 ADD 1';
    expect(findReferences(text).map(({ id, url }) => ({ id, url }))).toEqual([
      { id: '6120/2/26 ADD 1 REV 2', url: `${REGISTER}ST-6120-2026-ADD-1-REV-2/en/pdf` },
      { id: '6120/2/26 ADD 1 REV 2', url: `${REGISTER}ST-6120-2026-ADD-1-REV-2/en/pdf` },
      { id: '14470/1/25 REV 1', url: `${REGISTER}ST-14470-2025-REV-1/en/pdf` },
      { id: '14470/1/25 REV 1', url: `${REGISTER}ST-14470-2025-REV-1/en/pdf` },
      { id: 'CM 4578/2/24 REV 2', url: `${REGISTER}CM-4578-2024-REV-2/en/pdf` },
      { id: '7402/1/24 REV 1 COR 1', url: `${REGISTER}ST-7402-2024-REV-1-COR-1/en/pdf` },
      { id: '9912/1/25 REV 1 ADD 1', url: `${REGISTER}ST-9912-2025-REV-1-ADD-1/en/pdf` },
    ]);
    // A working document prints its revision after its number only: one id however it is written.
    expect(ids('WK 5678/2025 REV 1, WK 5678/1/2025 REV 1, WK 5678 2025 REV 1')).toEqual(['WK 5678/2025 REV 1', 'WK 5678/2025 REV 1', 'WK 5678/2025 REV 1']);
    expect(
      findReferences(text)
        .map(({ start, end }) => text.slice(start, end))
        .slice(0, 3),
    ).toEqual(['6120/26 ADD 1 REV 2', '6120/2/26 ADD 1 REV 2', '14470/25 REV 1']);
  });

  it('gives a number one id whichever way its year is printed: in full for a working document, on two digits for the other series', () => {
    const text = 'CM 1204/2026, CM 1204/26, EUCO 50/2024, SN 2345/2025, ST 9876/2025, 9876/25, WK 5678/25 REV 1, WK 5678/2025 REV 1 and CM 4578/2/2024 REV 2';
    expect(findReferences(text).map(({ id, url }) => ({ id, url }))).toEqual([
      { id: 'CM 1204/26', url: `${REGISTER}CM-1204-2026-INIT/en/pdf` },
      { id: 'CM 1204/26', url: `${REGISTER}CM-1204-2026-INIT/en/pdf` },
      { id: 'EUCO 50/24', url: `${REGISTER}EUCO-50-2024-INIT/en/pdf` },
      { id: 'SN 2345/25', url: `${REGISTER}SN-2345-2025-INIT/en/pdf` },
      { id: '9876/25', url: `${REGISTER}ST-9876-2025-INIT/en/pdf` },
      { id: '9876/25', url: `${REGISTER}ST-9876-2025-INIT/en/pdf` },
      { id: 'WK 5678/2025 REV 1', url: `${REGISTER}WK-5678-2025-REV-1/en/pdf` },
      { id: 'WK 5678/2025 REV 1', url: `${REGISTER}WK-5678-2025-REV-1/en/pdf` },
      { id: 'CM 4578/2/24 REV 2', url: `${REGISTER}CM-4578-2024-REV-2/en/pdf` },
    ]);
    expect(familyKey('WK 5678/25 REV 1')).toBe('WK 5678/2025');
    expect(familyKey('CM 4578/2/2024 REV 2')).toBe('CM 4578/24');
  });

  it('reads a number a page run into one line cut after its slash, where the line’s end left a space or stands', () => {
    const text = 'documents 14470/ 25 and 9912/1/ 25 REV 1, WK 5678/ 2025, CM 1204/ 26 et 6512/\n25.';
    expect(findReferences(text).map(({ id, start, end }) => [id, text.slice(start, end)])).toEqual([
      ['14470/25', '14470/ 25'],
      ['9912/1/25 REV 1', '9912/1/ 25 REV 1'],
      ['WK 5678/2025', 'WK 5678/ 2025'],
      ['CM 1204/26', 'CM 1204/ 26'],
      ['6512/25', '6512/\n25'],
    ]);
  });

  it('reads no number across a slash and a space where the figures after it are no year: a ratio, a range of years, a longer figure', () => {
    expect(ids('a 50/ 50 split, the 2025/ 26 cycle, 12345/ 2025 and 14470/  25, 14470 / 25')).toEqual([]);
  });

  it.each([
    ['en', 'documents 9267/25-9270/25 and 9301/25'],
    ['de', 'Dokumente 9267/25-9270/25 und 9301/25'],
    ['fr', 'documents 9267/25–9270/25 et 9301/25'],
  ])('reads both ends of a range of Council numbers printed without spaces (%s)', (_language, text) => {
    expect(findReferences(text).map((reference) => reference.id)).toEqual(['9267/25', '9270/25', '9301/25']);
  });

  it.each([
    ['en', 'documents 9876-9879/25 and 9301/25', '9876'],
    ['fr', 'documents 9876–9879/25 et 9301/25', '9876'],
    ['de', 'Dokumente 9876 – 9879/25 und 9301/25', '9876'],
    ['pl', 'dokumenty 9876‑9879/25 i 9301/25', '9876'],
  ])('reads both ends of a range printed with its year once, the first under the last one’s year at its own figures (%s)', (_language, text, first) => {
    const found = findReferences(text);
    expect(found.map((reference) => [reference.id, text.slice(reference.start, reference.end)])).toEqual([
      ['9876/25', first],
      ['9879/25', '9879/25'],
      ['9301/25', '9301/25'],
    ]);
    expect(findReferences(text, 'everywhere')).toEqual(found);
  });

  it('reads no range with its year once where the figures make none: the last as a number of its own only where a space stands before it', () => {
    expect(ids('COSI 180 – 9879/25, pages 9879-9876/25, 2024-2025/26, the 2024 – 2025/26 cycle, tel. 281-6111/25')).toEqual(['9879/25']);
  });

  it('still reads no number glued to a hyphen after anything but a Council number’s year', () => {
    expect(findReferences('ECLI-EU-9267/25, 2016-9270/25, ST-14470/25').map((reference) => reference.id)).toEqual([]);
  });

  it('recognises meeting, working and European Council documents with their own series', () => {
    expect(findReferences('CM 4578/2/24 REV 2, CM 5119/21, WK 13949/2021 and EUCO 50/24').map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: 'CM 4578/2/24 REV 2', type: 'meeting', url: `${REGISTER}CM-4578-2024-REV-2/en/pdf` },
      { id: 'CM 5119/21', type: 'meeting', url: `${REGISTER}CM-5119-2021-INIT/en/pdf` },
      { id: 'WK 13949/2021', type: 'working', url: `${REGISTER}WK-13949-2021-INIT/en/pdf` },
      { id: 'EUCO 50/24', type: 'european-council', url: `${REGISTER}EUCO-50-2024-INIT/en/pdf` },
    ]);
  });

  it('finds two references in "16343/24, EUCO 50/24" and never reports EUCO 50/24 as the Council number 50/24', () => {
    expect(ids('<sup>1</sup> 16343/24, EUCO 50/24.')).toEqual(['16343/24', 'EUCO 50/24']);
  });

  it('ignores Markdown around a number: link brackets, bold and escapes', () => {
    const text = 'as set out [12583/5/17 REV 5](#), **13682/21** and \\*13683/21';
    expect(ids(text)).toEqual(['12583/5/17 REV 5', '13682/21', '13683/21']);
    expect(findReferences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['12583/5/17 REV 5', '13682/21', '13683/21']);
  });
});

describe('findReferences on identifiers: C documents, CELEX numbers, ECLI and Parliament documents', () => {
  const found = (text: string): { id: string; type: string; url: string | null; printed: string }[] =>
    findReferences(text).map(({ id, type, url, start, end }) => ({ id, type, url: url ?? null, printed: text.slice(start, end) }));

  it('keeps a Commission C document with its kind and no link, in every language version and wrapped at the line end', () => {
    const text = [
      'Commission Implementing Decision C(2025) 1234 final of 3 March 2025',
      'Durchführungsbeschluss C(2024) 987 endgültig der Kommission',
      'la décision C (2023) 45 final de la Commission',
      'decyzja Komisji C(2022) 12 wersja ostateczna; rozhodnutí C(2021)',
      '6789 v konečném znění; the older Decision C(97) 3742.',
    ].join('\n');
    expect(found(text)).toEqual([
      { id: 'C(2025) 1234 final', type: 'commission', url: null, printed: 'C(2025) 1234 final' },
      { id: 'C(2024) 987 final', type: 'commission', url: null, printed: 'C(2024) 987 endgültig' },
      { id: 'C(2023) 45 final', type: 'commission', url: null, printed: 'C (2023) 45 final' },
      { id: 'C(2022) 12 final', type: 'commission', url: null, printed: 'C(2022) 12 wersja ostateczna' },
      { id: 'C(2021) 6789 final', type: 'commission', url: null, printed: 'C(2021)\n6789 v konečném znění' },
      { id: 'C(97) 3742 final', type: 'commission', url: null, printed: 'C(97) 3742' },
    ]);
  });

  it('reads the C series under each version’s letter (`K`, the Greek `Κ`, the Cyrillic `С`) as the one Commission document, never a letter glued to a word', () => {
    const text = [
      'Entscheidung K(2007) 839 endgültig der Kommission; Beslutning K (2008) 12 endelig;',
      'beslut K(2009) 3 slutlig; decyzja K(2010) 4 wersja ostateczna; απόφαση Κ(2011) 5 τελικό;',
      'решение С(2012) 6 окончателен; PARK(2013) 7, OK(2014) 8, ΑΚ(2015) 9.',
    ].join('\n');
    expect(found(text)).toEqual([
      { id: 'C(2007) 839 final', type: 'commission', url: null, printed: 'K(2007) 839 endgültig' },
      { id: 'C(2008) 12 final', type: 'commission', url: null, printed: 'K (2008) 12 endelig' },
      { id: 'C(2009) 3 final', type: 'commission', url: null, printed: 'K(2009) 3 slutlig' },
      { id: 'C(2010) 4 final', type: 'commission', url: null, printed: 'K(2010) 4 wersja ostateczna' },
      { id: 'C(2011) 5 final', type: 'commission', url: null, printed: 'Κ(2011) 5 τελικό' },
      { id: 'C(2012) 6 final', type: 'commission', url: null, printed: 'С(2012) 6 окончателен' },
    ]);
  });

  it('links a CELEX number to EUR-Lex, bare, after `CELEX:` or in a table cell, but not inside a web address or a longer code', () => {
    const text =
      'CELEX: 32016R0794 | CELEX:32016L0680 | 62014CJ0362 | 32018R1862R(01) | https://eur-lex.europa.eu/?uri=CELEX:32008D0615 | X32016R0794 | 32016R07945';
    expect(found(text)).toEqual([
      { id: 'CELEX 32016R0794', type: 'celex', url: `${EUR_LEX}CELEX:32016R0794`, printed: '32016R0794' },
      { id: 'CELEX 32016L0680', type: 'celex', url: `${EUR_LEX}CELEX:32016L0680`, printed: '32016L0680' },
      { id: 'CELEX 62014CJ0362', type: 'celex', url: `${EUR_LEX}CELEX:62014CJ0362`, printed: '62014CJ0362' },
      { id: 'CELEX 32018R1862R(01)', type: 'celex', url: `${EUR_LEX}CELEX:32018R1862R(01)`, printed: '32018R1862R(01)' },
    ]);
  });

  it('links a decision of the Union courts by its ECLI and keeps a national one without a link', () => {
    const text =
      'judgment of 2 March 2021, Prokuratuur, C-746/18, ECLI:EU:C:2021:152. Also ECLI:EU:T:2019:12; Hoge Raad, ECLI:NL:HR:2009:BH1234, and ECLI:FR:CC:2019:2019.778.QPC.';
    expect(found(text).filter(({ type }) => type === 'case-law')).toEqual([
      { id: 'ECLI:EU:C:2021:152', type: 'case-law', url: `${EUR_LEX}ecli:ECLI:EU:C:2021:152`, printed: 'ECLI:EU:C:2021:152' },
      { id: 'ECLI:EU:T:2019:12', type: 'case-law', url: `${EUR_LEX}ecli:ECLI:EU:T:2019:12`, printed: 'ECLI:EU:T:2019:12' },
      { id: 'ECLI:NL:HR:2009:BH1234', type: 'case-law', url: null, printed: 'ECLI:NL:HR:2009:BH1234' },
      { id: 'ECLI:FR:CC:2019:2019.778.QPC', type: 'case-law', url: null, printed: 'ECLI:FR:CC:2019:2019.778.QPC' },
    ]);
  });

  it('keeps a European Parliament document by its PE number without a link, and leaves PE-CONS to the Council series', () => {
    const text = 'Parliament position (PE 765.432v01-00), amendments PE765.433 and PE-CONS 12/25; PE 12.345 is no PE number.';
    expect(found(text)).toEqual([
      { id: 'PE 765.432v01-00', type: 'parliament', url: null, printed: 'PE 765.432v01-00' },
      { id: 'PE 765.433', type: 'parliament', url: null, printed: 'PE765.433' },
      { id: 'PE-CONS 12/25', type: 'council', url: `${REGISTER}PE-CONS-12-2025-INIT/en/pdf`, printed: 'PE-CONS 12/25' },
    ]);
  });

  it('reads one identifier as one reference, and finds after identifiers what a scan of every position finds', () => {
    expect(canonicalReference('[C(2025) 1234 final](#)')).toEqual({ id: 'C(2025) 1234 final', type: 'commission' });
    expect(canonicalReference('ECLI:EU:C:2024:123')).toEqual({ id: 'ECLI:EU:C:2024:123', type: 'case-law', url: `${EUR_LEX}ecli:ECLI:EU:C:2024:123` });
    expect(familyKey('PE 765.432')).toBeNull();
    const text = `${'ECLI:NL:HR:2009:BH1234 and PE 765.432, '.repeat(40)}C(2025) 1234 final, 32016R0794 and 5572/1/25 REV 1.`;
    expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
    expect(ids(text).slice(-3)).toEqual(['C(2025) 1234 final', 'CELEX 32016R0794', '5572/1/25 REV 1']);
  });
});

describe('findReferences on Commission documents and legal acts', () => {
  it('gives both spellings of a Commission document one id and its EUR-Lex URL', () => {
    expect(findReferences('COM/2023/516 final and COM(2023) 516 final').map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: 'COM/2023/516 final', type: 'commission', url: `${EUR_LEX}COM:2023:516:FIN` },
      { id: 'COM/2023/516 final', type: 'commission', url: `${EUR_LEX}COM:2023:516:FIN` },
    ]);
  });

  it('links staff working documents, SEC documents and joint communications as Commission documents of their series', () => {
    const text = 'Delegations will find attached document SWD(2025) 123 final, with SEC(2011) 567 final, JOIN/2020/5 and SWD (2021) 92 final.';
    expect(findReferences(text).map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: 'SWD/2025/123 final', type: 'commission', url: `${EUR_LEX}SWD:2025:123:FIN` },
      { id: 'SEC/2011/567 final', type: 'commission', url: `${EUR_LEX}SEC:2011:567:FIN` },
      { id: 'JOIN/2020/5 final', type: 'commission', url: `${EUR_LEX}JOIN:2020:5:FIN` },
      { id: 'SWD/2021/92 final', type: 'commission', url: `${EUR_LEX}SWD:2021:92:FIN` },
    ]);
  });

  it('links the national names and words for final of Commission documents as the document they are', () => {
    const text =
      'SEK(2007) 839 slutlig, KOM(2016) 123 endgültig, KOM(2016) 124 lopullinen, COM(2016) 125 definitief, COM(2016) 126 definitivo, ' +
      'KOM(2007) 127 wersja ostateczna, KOM(2007) 128 v konečném znění, KOM(2007) 129 konč. and COM(2007) 130 окончателен';
    expect(findReferences(text).map(({ id, url, start, end }) => ({ id, url, printed: text.slice(start, end) }))).toEqual([
      { id: 'SEC/2007/839 final', url: `${EUR_LEX}SEC:2007:839:FIN`, printed: 'SEK(2007) 839 slutlig' },
      { id: 'COM/2016/123 final', url: `${EUR_LEX}COM:2016:123:FIN`, printed: 'KOM(2016) 123 endgültig' },
      { id: 'COM/2016/124 final', url: `${EUR_LEX}COM:2016:124:FIN`, printed: 'KOM(2016) 124 lopullinen' },
      { id: 'COM/2016/125 final', url: `${EUR_LEX}COM:2016:125:FIN`, printed: 'COM(2016) 125 definitief' },
      { id: 'COM/2016/126 final', url: `${EUR_LEX}COM:2016:126:FIN`, printed: 'COM(2016) 126 definitivo' },
      { id: 'COM/2007/127 final', url: `${EUR_LEX}COM:2007:127:FIN`, printed: 'KOM(2007) 127 wersja ostateczna' },
      { id: 'COM/2007/128 final', url: `${EUR_LEX}COM:2007:128:FIN`, printed: 'KOM(2007) 128 v konečném znění' },
      { id: 'COM/2007/129 final', url: `${EUR_LEX}COM:2007:129:FIN`, printed: 'KOM(2007) 129 konč.' },
      { id: 'COM/2007/130 final', url: `${EUR_LEX}COM:2007:130:FIN`, printed: 'COM(2007) 130 окончателен' },
    ]);
  });

  it("links EUR-Lex's slashed form with the number on four digits as the same Commission document, and its procedure to the Legislative Observatory", () => {
    expect(findReferences('COM/2017/0382 final - 2017/0160 (NLE) and KOM/2010/0380 v konečnom znení').map(({ id, url }) => ({ id, url }))).toEqual([
      { id: 'COM/2017/382 final', url: `${EUR_LEX}COM:2017:382:FIN` },
      { id: '2017/0160(NLE)', url: `${OEIL}2017/0160(NLE)` },
      { id: 'COM/2010/380 final', url: `${EUR_LEX}COM:2010:380:FIN` },
    ]);
    expect(findReferences('COM(2017) 0382, COM/2017/00382')).toEqual([]);
  });

  it('takes no longer word for final into the reference, and no national name inside a word', () => {
    expect(findReferences('COM(2016) 123 finalised').map(({ start, end }) => [start, end])).toEqual([[0, 13]]);
    expect(findReferences('COM(2016) 123 definitivos').map(({ start, end }) => [start, end])).toEqual([[0, 13]]);
    expect(findReferences('SKOM(2016) 123, ESEK(2007) 839, KOM 2016 123')).toEqual([]);
  });

  it('reads the numbers the register prints (series, number, full year apart) as the Council numbers they are', () => {
    const text = 'ST 14978 2016 INIT, ST 9876 2025 REV 1, CM 2345 2020 INIT, WK 13949 2021 ADD 1, ST 5555 2016 ADD 1 REV 1 and EUCO 7 2010 INIT';
    expect(findReferences(text).map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: '14978/16', type: 'council', url: `${REGISTER}ST-14978-2016-INIT/en/pdf` },
      { id: '9876/1/25 REV 1', type: 'council', url: `${REGISTER}ST-9876-2025-REV-1/en/pdf` },
      { id: 'CM 2345/20', type: 'meeting', url: `${REGISTER}CM-2345-2020-INIT/en/pdf` },
      { id: 'WK 13949/2021 ADD 1', type: 'working', url: `${REGISTER}WK-13949-2021-ADD-1/en/pdf` },
      { id: '5555/1/16 ADD 1 REV 1', type: 'council', url: `${REGISTER}ST-5555-2016-ADD-1-REV-1/en/pdf` },
      { id: 'EUCO 7/10', type: 'european-council', url: `${REGISTER}EUCO-7-2010-INIT/en/pdf` },
    ]);
  });

  it('reads an amendment (`AMD 1`) as a version of the number it follows, in the slash form and the register’s, never the number alone', () => {
    const text = 'See 9887/25 AMD 1, ST 9887 2025 AMD 2, 9887/1/25 REV 1 AMD 1 and 9887/25 AMD1.';
    expect(findReferences(text).map(({ id, url }) => ({ id, url }))).toEqual([
      { id: '9887/25 AMD 1', url: `${REGISTER}ST-9887-2025-AMD-1/en/pdf` },
      { id: '9887/25 AMD 2', url: `${REGISTER}ST-9887-2025-AMD-2/en/pdf` },
      { id: '9887/1/25 REV 1 AMD 1', url: `${REGISTER}ST-9887-2025-REV-1-AMD-1/en/pdf` },
      { id: '9887/25 AMD 1', url: `${REGISTER}ST-9887-2025-AMD-1/en/pdf` },
    ]);
  });

  it('reads no register number without INIT or a version, nor one glued to a word or a number', () => {
    expect(findReferences('ST 14978 2016, FIRST 1234 2016 INIT, ST 14978 2016 INITIAL, ST 14978 20161 INIT, ST 0978 2016 INIT')).toEqual([]);
  });

  it('reads no Commission series inside a longer word or without its year in brackets or slashes', () => {
    expect(findReferences('JOINT(2020) 5, ASWD(2021) 92, SECTION(2011) 567, SWD 2021 92, SEC(11) 567')).toEqual([]);
  });

  it('keeps the written form of each act and links it by its CELEX number', () => {
    const text =
      'Regulation (EU) 2024/1689, Directive (EU) 2024/1260, Council Decision 2010/131/EU, ' +
      'Regulation (EC) No 1049/2001, Directive 2000/31/EC and Council Directive 2002/90/EC';
    expect(findReferences(text).map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: 'Regulation (EU) 2024/1689', type: 'regulation', url: `${EUR_LEX}CELEX:32024R1689` },
      { id: 'Directive (EU) 2024/1260', type: 'directive', url: `${EUR_LEX}CELEX:32024L1260` },
      { id: 'Council Decision 2010/131/EU', type: 'decision', url: `${EUR_LEX}CELEX:32010D0131` },
      { id: 'Regulation (EC) No 1049/2001', type: 'regulation', url: `${EUR_LEX}CELEX:32001R1049` },
      { id: 'Directive 2000/31/EC', type: 'directive', url: `${EUR_LEX}CELEX:32000L0031` },
      { id: 'Council Directive 2002/90/EC', type: 'directive', url: `${EUR_LEX}CELEX:32002L0090` },
    ]);
  });

  it('collapses the whitespace of an act wrapped over two lines', () => {
    expect(ids('Regulation\n(EU)  2016/794')).toEqual(['Regulation (EU) 2016/794']);
  });

  it('reads CFSP decisions and regulations whose two numbers could both be years by the No marker', () => {
    expect(findReferences('Council Decision (CFSP) 2022/351')[0]).toMatchObject({ id: 'Council Decision (CFSP) 2022/351', url: `${EUR_LEX}CELEX:32022D0351` });
    expect(findReferences('Council Regulation (EC) No 2007/2004')[0]?.url).toBe(`${EUR_LEX}CELEX:32004R2007`);
    expect(findReferences('Commission Implementing Regulation (EU) 2024/2012')[0]?.url).toBe(`${EUR_LEX}CELEX:32024R2012`);
  });

  it('reads a framework decision with the CELEX letter F and an old two-digit directive year', () => {
    expect(findReferences('Council Framework Decision 2008/977/JHA')[0]?.url).toBe(`${EUR_LEX}CELEX:32008F0977`);
    expect(findReferences('Directive 95/46/EC')[0]?.url).toBe(`${EUR_LEX}CELEX:31995L0046`);
  });

  it('reports each act of a plural list on its own, named with the singular form word', () => {
    const text = 'amending Regulations (EC) No 300/2008, (EU) No 167/2013 and (EU) 2018/858 and Directives 2014/90/EU and (EU) 2016/797 (Act)';
    expect(findReferences(text).map(({ id, url, start, end }) => [id, url, text.slice(start, end)])).toEqual([
      ['Regulation (EC) No 300/2008', `${EUR_LEX}CELEX:32008R0300`, 'Regulations (EC) No 300/2008'],
      ['Regulation (EU) No 167/2013', `${EUR_LEX}CELEX:32013R0167`, '(EU) No 167/2013'],
      ['Regulation (EU) 2018/858', `${EUR_LEX}CELEX:32018R0858`, '(EU) 2018/858'],
      ['Directive 2014/90/EU', `${EUR_LEX}CELEX:32014L0090`, 'Directives 2014/90/EU'],
      ['Directive (EU) 2016/797', `${EUR_LEX}CELEX:32016L0797`, '(EU) 2016/797'],
    ]);
  });

  it('does not take an act number without its jurisdiction or series tag, nor an Official Journal citation for an act', () => {
    expect(ids('Council Framework Decision 2002/946 JHA')).toEqual([]);
    expect(ids('OJ L, 2024/1689, 12.7.2024 and OJ L 115, 6.4.2021, p. 1–25')).toEqual(['OJ L, 2024/1689', 'OJ L 115, 6.4.2021']);
    expect(ids('a Proposal for a Regulation of the European Parliament')).toEqual([]);
  });
});

describe('findReferences on Official Journal citations', () => {
  const ISSUE = `${EUR_LEX}OJ:L:2016:135:TOC`;

  it('links an issue cited in each language version to its EUR-Lex table of contents, under one id, the page left as text', () => {
    const citations: [string, string, string][] = [
      ['en', 'OJ L 135, 24.5.2016, p. 53.', 'OJ L 135, 24.5.2016'],
      ['fr', 'JO L 135 du 24.5.2016, p. 53.', 'JO L 135 du 24.5.2016'],
      ['de', 'ABl. L 135 vom 24.5.2016, S. 53.', 'ABl. L 135 vom 24.5.2016'],
      ['es', 'DO L 135 de 24.5.2016, p. 53.', 'DO L 135 de 24.5.2016'],
      ['it', 'GU L 135 del 24.5.2016, pag. 53.', 'GU L 135 del 24.5.2016'],
      ['nl', 'PB L 135 van 24.5.2016, blz. 53.', 'PB L 135 van 24.5.2016'],
      ['pt', 'JO L 135 de 24.5.2016, p. 53.', 'JO L 135 de 24.5.2016'],
      ['ro', 'JO L 135, 24.5.2016, p. 53.', 'JO L 135, 24.5.2016'],
      ['pl', 'Dz.U. L 135 z 24.5.2016, s. 53.', 'Dz.U. L 135 z 24.5.2016'],
      ['cs', 'Úř. věst. L 135, 24.5.2016, s. 53.', 'Úř. věst. L 135, 24.5.2016'],
      ['sk', 'Ú. v. EÚ L 135, 24.5.2016, s. 53.', 'Ú. v. EÚ L 135, 24.5.2016'],
      ['sl', 'UL L 135, 24.5.2016, str. 53.', 'UL L 135, 24.5.2016'],
      ['hr', 'SL L 135, 24.5.2016., str. 53.', 'SL L 135, 24.5.2016'],
      ['hu', 'HL L 135., 2016.5.24., 53. o.', 'HL L 135., 2016.5.24'],
      ['et', 'ELT L 135, 24.5.2016, lk 53.', 'ELT L 135, 24.5.2016'],
      ['lv', 'OV L 135, 24.5.2016., 53. lpp.', 'OV L 135, 24.5.2016'],
      ['lt', 'OL L 135, 2016 5 24, p. 53.', 'OL L 135, 2016 5 24'],
      ['fi', 'EUVL L 135, 24.5.2016, s. 53.', 'EUVL L 135, 24.5.2016'],
      ['sv', 'EUT L 135, 24.5.2016, s. 53.', 'EUT L 135, 24.5.2016'],
      ['da', 'EUT L 135 af 24.5.2016, s. 53.', 'EUT L 135 af 24.5.2016'],
      ['el', 'ΕΕ L 135 της 24.5.2016, σ. 53.', 'ΕΕ L 135 της 24.5.2016'],
      ['bg', 'ОВ L 135, 24.5.2016 г., стр. 53.', 'ОВ L 135, 24.5.2016'],
      ['mt', 'ĠU L 135, 24.5.2016, p. 53.', 'ĠU L 135, 24.5.2016'],
      ['ga', 'IO L 135, 24.5.2016, lch. 53.', 'IO L 135, 24.5.2016'],
    ];
    for (const [language, citation, printed] of citations) {
      const text = `Regulation (EU) 2016/794 (${citation})`;
      const found = findReferences(text).map(({ id, type, url, start, end }) => ({ id, type, url, printed: text.slice(start, end) }));
      expect({ language, found: found[1] }).toEqual({ language, found: { id: 'OJ L 135, 24.5.2016', type: 'official-journal', url: ISSUE, printed } });
    }
  });

  it('links a special edition and an issue of the C series, its number set on three figures as EUR-Lex addresses it', () => {
    expect(findReferences('OJ C 123 I, 3.4.2025 and OJ L 9, 14.1.2020').map(({ id, url }) => ({ id, url }))).toEqual([
      { id: 'OJ C 123 I, 3.4.2025', url: `${EUR_LEX}OJ:C:2025:123I:TOC` },
      { id: 'OJ L 9, 14.1.2020', url: `${EUR_LEX}OJ:L:2020:009:TOC` },
    ]);
  });

  it('reads an older citation with the page after a slash as its issue, never as a Council number', () => {
    expect(ids('OJ L 281/31 of 23.11.1995 and JO L 281/31 du 23.11.1995')).toEqual(['OJ L 281, 23.11.1995', 'OJ L 281, 23.11.1995']);
  });

  it('reads an older citation with its page but no day as no document: not as the Council number its issue and page look like', () => {
    const text =
      'See OJ L 135/53; JO L 135/53 et ABl. C 202/1, then DO L 88/12, GU L 88/12, Dz.U. L 88/12, Úř. věst. L 88/12, ΕΕ L 88/12 and ОВ L 88/12; see also 9876/25.';
    expect(ids(text)).toEqual(['9876/25']);
    expect(findReferences(text, 'everywhere').map(({ id }) => id)).toEqual(['9876/25']);
    expect(ids('OJ L 135/53 of 24.5.2016 and 135/53')).toEqual(['OJ L 135, 24.5.2016', '135/53']);
  });

  it('links an act cited by its number in the series since October 2023 to its publication, in any language', () => {
    for (const citation of ['OJ L, 2024/1689, 12.7.2024', 'JO L, 2024/1689 du 12.7.2024', 'ABl. L, 2024/1689, 12.7.2024', 'Dz.U. L, 2024/1689']) {
      const text = `${citation}, p. 1.`;
      expect(findReferences(text).map(({ id, url, start, end }) => ({ id, url, printed: text.slice(start, end) }))).toEqual([
        { id: 'OJ L, 2024/1689', url: `${EUR_LEX}OJ:L_202401689`, printed: citation },
      ]);
    }
  });

  it('reads no citation inside a word, without a day and year, or of a series the journal has not', () => {
    expect(ids('JOJO L 135, 24.5.2016; OJ L 135; OJ L 135, p. 53; OJ X 135, 24.5.2016; DOL 135, 24.5.2016; OJ L 1350, 24.5.2016')).toEqual([]);
  });
});

describe('findReferences on things that are not references', () => {
  it('ignores dates, periods, article numbers and ratios', () => {
    const text = 'the cycle 2022-2025, 2021-2025, on 7-8 December 2017, 28–29 October, Article 6(2), a 50/50 split, 24/7, 12.7.2024, 9/11';
    expect(ids(text)).toEqual([]);
  });

  it('reads no range of two years as a Council number, in any language, but a number printed with its series or a version', () => {
    const text = 'the 2024/25 cycle, le cycle politique 2025/26, im Zyklus 2025/26, en el ciclo 2026/27, w cyklu 2025/26, 1999/00';
    expect(ids(text)).toEqual([]);
    expect(ids('ST 2024/25, 2024/25 REV 1, 2024/26, 5025/26')).toEqual(['2024/25', '2024/1/25 REV 1', '2024/26', '5025/26']);
  });

  it('reads no number of the Council’s other series as a number of the main series; the series the register keeps apart each under its own', () => {
    expect(ids('SN 1234/25, SN\u00a02345/25, DS 1234/09, PE-CONS 3612/25, XT 21001/19, UE-UA 2101/19, UE-MD 2002/25')).toEqual([
      'SN 1234/25',
      'SN 2345/25',
      'DS 1234/09',
      'PE-CONS 3612/25',
      'XT 21001/19',
      'UE-UA 2101/19',
      'UE-MD 2002/25',
    ]);
    expect(ids('CARDS 1234/25, APE-CONS 12/25, NEXT 21001/19')).toEqual(['1234/25', '21001/19']);
    expect(ids('ESN 1234/25 and CM 1234/25')).toEqual(['1234/25', 'CM 1234/25']);
  });

  it('reads an interinstitutional file’s procedure as printed in every version as one procedure with its Legislative Observatory page', () => {
    const text = 'Interinstitutional File: 2023/0123 (COD); Dossier interinstitutionnel : 2023/0123(COD); 2008/0242 ( CNS ), 2011/0023\u00a0(NLE).';
    expect(findReferences(text).map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: '2023/0123(COD)', type: 'procedure', url: `${OEIL}2023/0123(COD)` },
      { id: '2023/0123(COD)', type: 'procedure', url: `${OEIL}2023/0123(COD)` },
      { id: '2008/0242(CNS)', type: 'procedure', url: `${OEIL}2008/0242(CNS)` },
      { id: '2011/0023(NLE)', type: 'procedure', url: `${OEIL}2011/0023(NLE)` },
    ]);
    expect(findReferences(text, 'everywhere')).toEqual(findReferences(text));
  });

  it('reads no procedure of a code the Observatory has not, nor one glued to a figure, nor a regulation’s number before a procedure’s brackets', () => {
    expect(ids('the 2019/2020 (EUR) budget, 2023/0123 (ABC), 12023/0123 (COD)')).toEqual([]);
    expect(ids('Regulation (EU) 2023/1234 (COD)')).toEqual(['Regulation (EU) 2023/1234']);
  });

  it('keeps an association council’s document under its series with its versions, without a register address, however its spaces and dash are printed', () => {
    const text = 'UE-UA 2101/25, UE-MD\u00a01056/1/25 REV1, UE–GE  3001/24 ADD 1, and 2101/25';
    expect(findReferences(text).map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: 'UE-UA 2101/25', type: 'association', url: undefined },
      { id: 'UE-MD 1056/1/25 REV 1', type: 'association', url: undefined },
      { id: 'UE-GE 3001/24 ADD 1', type: 'association', url: undefined },
      { id: '2101/25', type: 'council', url: 'https://data.consilium.europa.eu/doc/document/ST-2101-2025-INIT/en/pdf' },
    ]);
    expect(findReferences(text, 'everywhere')).toEqual(findReferences(text));
    expect(ids('UE-UA 2101/2025, UE-UA 2101/25/1')).toEqual([]);
    expect(ids('BLUE-UA 2101/25')).toEqual(['2101/25']);
  });

  it('reads the ACP-EU bodies’ and the EEA’s numbers as documents of their own series, with their versions, never the main series’', () => {
    const text = 'ACP-UE 2103/25, ACP–UE\u00a02104/1/25 REV1, EEE 1601/25 ADD 1, EEE  1602/25, and 2103/25';
    expect(findReferences(text).map(({ id, type, url }) => ({ id, type, url }))).toEqual([
      { id: 'ACP-UE 2103/25', type: 'association', url: undefined },
      { id: 'ACP-UE 2104/1/25 REV 1', type: 'association', url: undefined },
      { id: 'EEE 1601/25 ADD 1', type: 'association', url: undefined },
      { id: 'EEE 1602/25', type: 'association', url: undefined },
      { id: '2103/25', type: 'council', url: 'https://data.consilium.europa.eu/doc/document/ST-2103-2025-INIT/en/pdf' },
    ]);
    expect(findReferences(text, 'everywhere')).toEqual(findReferences(text));
    // glued to a word, the series' name is no series: the number is the main series'
    expect(ids('KACP-UE 2103/25, SEEE 1601/25')).toEqual(['2103/25', '1601/25']);
  });

  it('leaves a number after a series name no reprint of the register confirms as the main series’ number, as before (`AELE`, `CE-UE`)', () => {
    // The EEA Council's `EEE 1605/06 (Presse 179)` is reprinted as the register printed it (its series is read); no
    // reprint shows an `AELE` (EFTA in French) or `CE-UE` series, so their numbers stay the main series' until one does.
    const text = 'AELE 2301/25, CE-UE 1103/25 and EEE 1605/06';
    expect(findReferences(text).map(({ id, type }) => ({ id, type }))).toEqual([
      { id: '2301/25', type: 'council' },
      { id: '1103/25', type: 'council' },
      { id: 'EEE 1605/06', type: 'association' },
    ]);
  });

  it('gives a meeting room document its own id and register address, apart from the main series number with the same figures', () => {
    expect(canonicalReference('SN 2345/25')).toEqual({
      id: 'SN 2345/25',
      type: 'council',
      url: 'https://data.consilium.europa.eu/doc/document/SN-2345-2025-INIT/en/pdf',
    });
    expect(canonicalReference('SN 2345/1/25 REV 1')?.url).toBe('https://data.consilium.europa.eu/doc/document/SN-2345-2025-REV-1/en/pdf');
    expect(ids('SN 2345/25 and 2345/25')).toEqual(['SN 2345/25', '2345/25']);
  });

  it('ignores numbers inside web addresses', () => {
    const text =
      '<https://www.consilium.europa.eu/en/press/press-releases/2024/05/30/anti-money-laundering/> and https://example.eu/doc/14470/25 or www.example.eu/16515/09';
    expect(ids(text)).toEqual([]);
  });

  it('reads a long web address as one word, whatever lies in it far before the next number', () => {
    // The address runs to the space: `EUCO` belongs to it, so the number after it is the Council document 123/25.
    const text = `See www.example.eu/${'q'.repeat(150)},EUCO 123/25 and Council Decision 2010/131/EU.`;
    expect(findReferences(text).map(({ id, start }) => ({ id, start }))).toEqual([
      { id: '123/25', start: text.indexOf('123/25') },
      { id: 'Council Decision 2010/131/EU', start: text.indexOf('Council') },
    ]);
  });

  it('finds the references of a 200,000-character line of digits, slashes and spaces', () => {
    const line = '16515/09 '.repeat(20_000) + '1/'.repeat(10_000) + '2024/'.repeat(2_000);
    expect(line.length).toBeGreaterThanOrEqual(200_000);
    expect(findReferences(line)).toHaveLength(20_000);
    expect(findReferences('1234567890/'.repeat(20_000))).toHaveLength(0);
    expect(findReferences(`${' '.repeat(100_000)}${'9'.repeat(100_000)}`)).toHaveLength(0);
  });
});

describe('findReferences on the seeds', () => {
  it('finds every distinct reference of the footnote lines of seed 001, in order', () => {
    const footnotes = seed('001_a69fd2a43e7584cc')
      .split('\n')
      .filter((line) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /.test(line))
      .join('\n');
    expect(distinctIds(footnotes)).toEqual([
      '16515/09',
      '10010/20',
      '13575/23',
      '10583/24',
      '16343/24',
      'Regulation (EU) 2024/1689',
      'Regulation (EC) No 300/2008',
      'Regulation (EU) No 167/2013',
      'Regulation (EU) No 168/2013',
      'Regulation (EU) 2018/858',
      'Regulation (EU) 2018/1139',
      'Regulation (EU) 2019/2144',
      'Directive 2014/90/EU',
      'Directive (EU) 2016/797',
      'Directive (EU) 2020/1828',
      'OJ L, 2024/1689',
      'COM/2023/516 final',
      'Regulation (EU) 2022/2065',
      'Directive 2000/31/EC',
      'OJ L 277, 27.10.2022',
      '16754/24',
      '8665/21',
      '14114/23',
      '11153/24',
      'Directive (EU) 2024/1203',
      'Directive 2008/99/EC',
      'Directive 2009/123/EC',
      'OJ L, 2024/1203',
      '10249/23',
      '16107/22',
      'Regulation (EU) 2016/794',
      'COM/2023/754 final',
      'Council Directive 2002/90/EC',
      'COM/2023/755 final',
      'Directive (EU) 2021/555',
      'OJ L 115, 6.4.2021',
      'Directive (EU) 2024/1260',
      'OJ L, 2024/1260',
      '14182/24',
      '16335/23',
      '16336/23',
      '13083/1/20 REV 1',
      '16820/24',
      '16173/24',
      '11281/24',
      '15941/24',
      '16448/24',
      '12838/23',
      '9549/24',
    ]);
  });

  it('finds the header and body references of seed 001 outside its footnotes', () => {
    const body = seed('001_a69fd2a43e7584cc')
      .split('\n')
      .filter((line) => !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /.test(line))
      .join('\n');
    expect(distinctIds(body)).toEqual(['6543/25', '5572/1/25 REV 1', 'Council Decision 2010/131/EU', 'Regulation (EU) 2019/125']);
  });

  it('finds every reference of seed 004, its own number first', () => {
    expect(distinctIds(seed('004_3542f36dac911e8f'))).toEqual([
      '15754/17',
      '14260/1/17 REV 1',
      '12223/3/17 REV 3',
      '14673/17',
      '14068/17',
      '13272/3/17 REV 3',
      '14265/17',
      '13461/17',
      '12583/5/17 REV 5',
      '13414/1/17 REV 1',
      '10544/1/17 REV 1',
      '12005/17',
      '14108/1/17 REV 1',
    ]);
  });

  it('finds every reference of seeds 000, 002 and 003', () => {
    expect(distinctIds(seed('000_fcebac5ee47826ac'))).toEqual([
      '15912/25',
      'CM 4578/2/24 REV 2',
      '14470/1/25 REV 1',
      '14472/1/25 REV 1',
      '14557/25',
      '14559/25',
    ]);
    expect(distinctIds(seed('002_e25e8abf6c082c01'))).toEqual(['14342/21', 'CM 5119/21', 'WK 13949/2021', '13682/21', '13683/21', '13684/21', '13685/21']);
    expect(distinctIds(seed('003_4dba75d703f3f065'))).toEqual(['9267/25', '8451/25', '16343/24', 'EUCO 50/24', '7750/25']);
  });
});

describe('canonicalReference', () => {
  it('canonicalises one written reference, markup and punctuation around it aside', () => {
    expect(canonicalReference('14470/1/25 REV1')).toEqual({ id: '14470/1/25 REV 1', type: 'council', url: `${REGISTER}ST-14470-2025-REV-1/en/pdf` });
    expect(canonicalReference(' [13685/21](#) ')?.id).toBe('13685/21');
    expect(canonicalReference('COM(2023) 516 final')?.id).toBe('COM/2023/516 final');
  });

  it('returns null for text that is not exactly one reference', () => {
    expect(canonicalReference('see 14470/25')).toBeNull();
    expect(canonicalReference('16343/24, EUCO 50/24')).toBeNull();
    expect(canonicalReference('2021-2025')).toBeNull();
  });
});

describe('familyKey', () => {
  it('gives every version of a Council document the key of its number and year', () => {
    for (const id of ['14470/1/25 REV 1', '14470/25', '14470/25 COR 1', '14470/2/25 REV 2']) expect(familyKey(id)).toBe('14470/25');
  });

  it('keeps an addendum apart from its main document', () => {
    expect(familyKey('13217/23 ADD 1')).toBe('13217/23 ADD 1');
    expect(familyKey('13217/23 ADD 1 REV 1')).toBe('13217/23 ADD 1');
    expect(familyKey('13217/23')).toBe('13217/23');
  });

  it('keeps an amendment apart from the document it amends, and its revisions with it', () => {
    expect(familyKey('9887/25 AMD 1')).toBe('9887/25 AMD 1');
    expect(familyKey('9887/1/25 AMD 1 REV 1')).toBe('9887/25 AMD 1');
    expect(familyKey('9887/25 AMD 1 COR 1')).toBe('9887/25 AMD 1');
    expect(familyKey('9887/25 AMD 2')).toBe('9887/25 AMD 2');
  });

  it('keeps the series prefix of meeting, working and European Council documents', () => {
    expect(familyKey('CM 4578/2/24 REV 2')).toBe('CM 4578/24');
    expect(familyKey('WK 13949/2021')).toBe('WK 13949/2021');
    expect(familyKey('EUCO 50/24')).toBe('EUCO 50/24');
  });

  it('has no family for legal acts, Commission documents and non-references', () => {
    expect(familyKey('Regulation (EU) 2024/1689')).toBeNull();
    expect(familyKey('COM/2023/516 final')).toBeNull();
    expect(familyKey('not a number')).toBeNull();
  });
});

describe('findReferences on arbitrary mixes of reference fragments', () => {
  /** Pieces of the written forms, so that random texts come close to real references and to near misses. */
  const FRAGMENTS = [
    '16515/09',
    '14470/1/25',
    ' REV',
    'REV1',
    ' ADD 1',
    '1',
    '/',
    ' ',
    '\n',
    'CM ',
    'WK ',
    'EUCO ',
    '2021',
    '50/24',
    'Regulations ',
    'Directive ',
    'Council Decision ',
    '(EU) ',
    'No ',
    '2024/1689',
    '/EC',
    ', ',
    ' and ',
    'COM(2023) ',
    'COM/',
    'SWD(2022) ',
    'JOIN/',
    'SEC',
    'KOM(2007) ',
    'SEK',
    ' slutlig',
    'ST ',
    ' 2016',
    ' INIT',
    '516',
    ' final',
    'https://x.eu/',
    '**',
    '[',
    '](#)',
    '.',
    '-',
  ];
  const texts = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));

  it('returns references in order, without overlap, each at offsets inside the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let previousEnd = 0;
        for (const reference of findReferences(text)) {
          expect(reference.start).toBeGreaterThanOrEqual(previousEnd);
          expect(reference.end).toBeGreaterThan(reference.start);
          expect(reference.end).toBeLessThanOrEqual(text.length);
          previousEnd = reference.end;
        }
      }),
    );
  });

  it('finds every canonical id again as itself, with the same type and URL', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const { id, type, url } of findReferences(text))
          expect(findReferences(id).map((again) => ({ id: again.id, type: again.type, url: again.url }))).toEqual([{ id, type, url }]);
      }),
    );
  });
});

describe('findReferences scanning only where a reference may start', () => {
  /**
   * Pieces of every form, in several languages, with what stands near them in documents: brackets and words before a
   * number, slashes in no reference, capitals holding a Commission series name, web addresses, long words.
   */
  const PIECES = [
    '16515/09',
    '14470/1/25',
    '5572/1/25',
    '12345',
    '1',
    '/',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    ')',
    '(',
    ', ',
    '.',
    ' REV 1',
    ' ADD 2',
    'EUCO ',
    'CM  ',
    'WK ',
    'ST ',
    ' 2016',
    ' INIT',
    'SN ',
    'Council Implementing Regulations ',
    'Directive ',
    'Decision ',
    '(EU, Euratom) ',
    '(EU) ',
    'No. ',
    '2024/1689',
    '2000/31',
    '/EC',
    ' and ',
    'nařízení ',
    'Evropského parlamentu a Rady ',
    'NAŘÍZENÍ KOMISE ',
    '(UE) ',
    '(WE) ',
    'nr ',
    'Uimh. ',
    'αριθ.',
    '(ΚΕΠΠΑ) ',
    'απόφαση ',
    '2016/794',
    '2009/371',
    '/JAI',
    ' et ',
    'décisions ',
    'rendelet',
    'tanácsi határozat',
    'Rådets ',
    'förordning ',
    'COM(2023) 516',
    'COM /2023/516',
    'JOIN/',
    'KOM(2007) 839',
    ' endgültig',
    'JOINT SECURITY ',
    'SEC',
    'FR/dk',
    'and/or',
    '(Part 2)/Council',
    '12/03/2025',
    'https://x.eu/',
    'www.',
    'q'.repeat(40),
    'täytäntöönpanoasetuksen',
    'OJ L ',
    'ABl. C ',
    '135',
    ' du ',
    ', 24.5.2016',
    '2016.5.24',
    'JO L, ',
    '14470/ ',
    'C(2025) ',
    'C (97)',
    '1234 final',
    '32016R0794',
    'CELEX:',
    'ECLI:EU:C:2024:123',
    ':NL:HR',
    'PE 765.432',
    'v01-00',
  ];
  const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

  it('finds what a scan of every position finds, at the same offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every slashless form in a text without a slash, in each language of the Official Journal and every series', () => {
    // A text without a slash is read only where a slashless start may open: each form's first character must be looked for.
    const journal = [
      'OJ L 135, 24.5.2016, p. 53',
      'JO L 135 du 24.5.2016, p. 53',
      'ABl. L 135 vom 24.5.2016, S. 53',
      'DO L 135 de 24.5.2016, p. 53',
      'GU L 135 del 24.5.2016, pag. 53',
      'PB L 135 van 24.5.2016, blz. 53',
      'Dz.U. L 135 z 24.5.2016, s. 53',
      'Úř. věst. L 135, 24.5.2016, s. 53',
      'Ú. v. EÚ L 135, 24.5.2016, s. 53',
      'UL L 135, 24.5.2016, str. 53',
      'HL L 135., 2016.5.24., 53. o.',
      'ELT L 135, 24.5.2016, lk 53',
      'OV L 135, 24.5.2016., 53. lpp.',
      'OL L 135, 2016 5 24, p. 53',
      'EUVL L 135, 24.5.2016, s. 53',
      'EUT L 135 af 24.5.2016, s. 53',
      'ΕΕ L 135 της 24.5.2016, σ. 53',
      'ОВ L 135, 24.5.2016 г., стр. 53',
      'ĠU L 135, 24.5.2016, p. 53',
      'IO L 135, 24.5.2016, lch. 53',
      'SL L 135, 24.5.2016, str. 53',
    ].map((printed) => [printed, 'OJ L 135, 24.5.2016']);
    const others = [
      ['COM(2023) 516 final', 'COM/2023/516 final'],
      ['SWD(2023) 12 final', 'SWD/2023/12 final'],
      ['SEC(2023) 12 final', 'SEC/2023/12 final'],
      ['JOIN(2023) 12 final', 'JOIN/2023/12 final'],
      ['KOM(2007) 839 endgültig', 'COM/2007/839 final'],
      ['SEK(2007) 839 slutlig', 'SEC/2007/839 final'],
      ['CM 1234 2025 INIT', 'CM 1234/25'],
      ['WK 1234 2025 INIT', 'WK 1234/2025'],
      ['EUCO 12 2024 INIT', 'EUCO 12/24'],
      ['SN 1234 2025 INIT', 'SN 1234/25'],
      ['XT 21001 2019 INIT', 'XT 21001/19'],
      ['DS 1234 2025 INIT', 'DS 1234/25'],
      ['PE-CONS 12 2025 INIT', 'PE-CONS 12/25'],
      ['ST 14978 2016 INIT', '14978/16'],
      ['C(2025) 1234 final', 'C(2025) 1234 final'],
      ['K(2025) 1234', 'C(2025) 1234 final'],
      ['Κ(2025) 1234', 'C(2025) 1234 final'],
      ['С(2025) 1234', 'C(2025) 1234 final'],
      ['32016R0794', 'CELEX 32016R0794'],
      ['ECLI:EU:C:2024:123', 'ECLI:EU:C:2024:123'],
      ['PE 765.432', 'PE 765.432'],
    ];
    for (const [printed, id] of [...journal, ...others]) {
      const text = `See ${printed} and the rest.`;
      expect({ printed, ids: ids(text) }).toEqual({ printed, ids: [id] });
      expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
    }
  });

  it('finds what a scan of every position finds in the seeds, whole and line by line', () => {
    const names = readdirSync('content/sources').filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      const text = readFileSync(`content/sources/${name}`, 'utf8');
      expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
      for (const line of text.split('\n')) expect(findReferences(line)).toEqual(findReferences(line, 'everywhere'));
    }
  });

  it('finds an act of another language as long as its pattern allows, 151 characters from its kind to its slash', () => {
    // The longest kind word with its ending, four words of 20 letters, three spaces wherever the pattern allows them.
    const words = ` ${'x'.repeat(20)}`.repeat(4).replaceAll(' ', '   ');
    const text = `FR/dk 12/03 see gennemførelsesforordningerneeeee${words}   (EU, Euratom)   Uimh.   1234/2016 and 5572/1/25.`;
    expect(findReferences(text).map(({ id, start }) => ({ id, start }))).toEqual([
      { id: 'Implementing Regulation (EU, Euratom) No 1234/2016', start: text.indexOf('gennem') },
      { id: '5572/1/25 REV 1', start: text.indexOf('5572') },
    ]);
    expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
  });

  it('finds an act whose words stand before its slash past a web address without a slash and words a Commission series name opens, as a scan of every position does', () => {
    const text =
      'See www.consilium.europa.eu: the COMMITTEE recalled Commission Implementing Regulation (EU) 2019/1799, and the SECURITY unit Kommissionens gennemførelsesforordning (EU) 2019/1799 in 9876/25.';
    expect(findReferences(text).map(({ id, start }) => ({ id, start }))).toEqual([
      { id: 'Commission Implementing Regulation (EU) 2019/1799', start: text.indexOf('Commission') },
      { id: 'Commission Implementing Regulation (EU) 2019/1799', start: text.indexOf('Kommissionens') },
      { id: '9876/25', start: text.indexOf('9876') },
    ]);
    expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
  });

  it('finds a number of every series with the most spaces its prefix may take, after a slash that starts nothing', () => {
    // a slash before the number makes the scan resume there; the number's prefix, `PE-CONS  `, is 9 characters before its digits
    for (const [printed, id] of [
      ['PE-CONS  12/25', 'PE-CONS 12/25'],
      ['EUCO  50/24', 'EUCO 50/24'],
      ['CM  1204/26', 'CM 1204/26'],
      ['XT  20001/25', 'XT 20001/25'],
      ['WK  1234/2025', 'WK 1234/2025'],
    ]) {
      for (const text of [`and/or ${printed} ADD 1`, `a/b\n${printed}`, `FR/dk (${printed})`]) {
        expect({ text, ids: ids(text) }).toEqual({ text, ids: [`${id} ADD 1`.replace(/ ADD 1$/, text.includes('ADD') ? ' ADD 1' : '')] });
        expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
      }
    }
  });

  it('finds a reference right after digits, brackets or capitals that are no reference', () => {
    const text = 'JOINT SECURITY (Part 2)/Council EUCO 50/24, 12345/1/25 and/or FR/dk (EU) Regulation (EU) 2016/794 and 5572/1/25 REV 1.';
    expect(ids(text)).toEqual(['EUCO 50/24', '12345/1/25 REV 1', 'Regulation (EU) 2016/794', '5572/1/25 REV 1']);
  });

  it('looks for the next slash of a long text once, not again after each of its 2,000 citations without one', () => {
    // A page run into one line: Official Journal citations without their day (bench:redos), no slash anywhere.
    const text = 'OJ L 135 du 24.5. '.repeat(2000);
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    try {
      expect(findReferences(text)).toEqual([]);
      expect(indexOf.mock.calls.filter(([search]) => search === '/').length).toBeLessThanOrEqual(2);
    } finally {
      indexOf.mockRestore();
    }
  });

  it('finds the same after a slash far from the citations before it as a scan of every position', () => {
    const text = `${'OJ L 135 du 24.5. '.repeat(50)}see 12345/25 and ${'OJ L 135 du 24.5. '.repeat(50)}and 5572/1/25 REV 1.`;
    expect(findReferences(text).map(({ id }) => id)).toEqual(['12345/25', '5572/1/25 REV 1']);
    expect(findReferences(text)).toEqual(findReferences(text, 'everywhere'));
  });
});

describe('registerLocation', () => {
  it('places Council register documents by series, full year and language version', () => {
    expect(registerLocation('15912/25')).toEqual({ series: 'ST', year: 2025, url: `${REGISTER}ST-15912-2025-INIT/en/pdf` });
    expect(registerLocation('CM 4578/2/24 REV2', 'fr')).toEqual({ series: 'CM', year: 2024, url: `${REGISTER}CM-4578-2024-REV-2/fr/pdf` });
    expect(registerLocation('WK 13949/2021')).toEqual({ series: 'WK', year: 2021, url: `${REGISTER}WK-13949-2021-INIT/en/pdf` });
    expect(registerLocation('13217/23 ADD 1 REV 1', 'de', 'http://127.0.0.1:8080/doc/')?.url).toBe(
      'http://127.0.0.1:8080/doc/ST-13217-2023-ADD-1-REV-1/de/pdf',
    );
  });

  it('places nothing that is not one Council register number: acts, Commission documents, prose', () => {
    expect(registerLocation('Regulation (EU) 2019/125')).toBeNull();
    expect(registerLocation('COM(2023) 516 final')).toBeNull();
    expect(registerLocation('15912/25 and 15913/25')).toBeNull();
    expect(registerLocation('the outcome')).toBeNull();
  });
});
