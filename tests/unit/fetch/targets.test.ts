import { describe, expect, it } from 'vitest';
import { numbersInList, previousName, targetOf } from '../../../scripts/fetch/targets.ts';

const REGISTER = 'https://data.consilium.europa.eu/doc/document/';

describe('targetOf', () => {
  it('places an ST document of 2025 under register/2025 by its slug, with its English register URL', () => {
    expect(targetOf('15912/25', 'en')).toEqual({
      id: '15912/25',
      type: 'council',
      language: 'en',
      url: `${REGISTER}ST-15912-2025-INIT/en/pdf`,
      pdf: 'register/2025/15912-25.pdf',
      sidecar: 'register/2025/15912-25.source.json',
      part: 'register/2025/15912-25.pdf.part',
    });
  });

  it('writes a revision of a CM document as the register does, and names another language in the file', () => {
    expect(targetOf('CM 4578/2/24 REV2', 'fr')).toMatchObject({
      id: 'CM 4578/2/24 REV 2',
      type: 'meeting',
      url: `${REGISTER}CM-4578-2024-REV-2/fr/pdf`,
      pdf: 'register/2024/cm-4578-2-24-rev-2.fr.pdf',
      sidecar: 'register/2024/cm-4578-2-24-rev-2.fr.source.json',
    });
  });

  it('takes addenda, corrigenda, WK and EUCO numbers, and a base address for another register', () => {
    expect(targetOf('13217/23 ADD 1 REV 1', 'en')).toMatchObject({
      url: `${REGISTER}ST-13217-2023-ADD-1-REV-1/en/pdf`,
      pdf: 'register/2023/13217-1-23-add-1-rev-1.pdf',
    });
    expect(targetOf('7402/24 COR 1', 'en', 'http://127.0.0.1:9/doc/')).toMatchObject({ url: 'http://127.0.0.1:9/doc/ST-7402-2024-COR-1/en/pdf' });
    expect(targetOf('WK 13949/2021', 'en')).toMatchObject({ type: 'working', pdf: 'register/2021/wk-13949-2021.pdf' });
    expect(targetOf('EUCO 50/24', 'en')).toMatchObject({ type: 'european-council', url: `${REGISTER}EUCO-50-2024-INIT/en/pdf` });
  });

  it('refuses what is not one register number, saying why', () => {
    expect(targetOf('COM(2023) 516 final', 'en')).toEqual({ error: "not in the Council's register: COM/2023/516 final (commission)" });
    expect(targetOf('Regulation (EU) 2019/125', 'en')).toEqual({ error: "not in the Council's register: Regulation (EU) 2019/125 (regulation)" });
    expect(targetOf('15912-25', 'en')).toEqual({ error: 'not a Council document number: "15912-25"' });
    expect(targetOf('15912/25 15913/25', 'en')).toEqual({ error: 'not a Council document number: "15912/25 15913/25"' });
  });
});

describe('numbersInList', () => {
  it('reads one number a line, skipping blank lines and # comments, in order', () => {
    expect(numbersInList('# outcome and agenda\r\n15912/25\n\n  CM 4578/2/24 REV 2  # the agenda\n#9267/25\n')).toEqual(['15912/25', 'CM 4578/2/24 REV 2']);
  });
});

describe('previousName', () => {
  it('keeps an earlier file under the first 12 digits of its digest, with an extension the ingest does not read', () => {
    expect(previousName('register/2025/15912-25.pdf', 'a3f09c1b2d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff')).toBe(
      'register/2025/15912-25.a3f09c1b2d4e.pdf.previous',
    );
  });
});
