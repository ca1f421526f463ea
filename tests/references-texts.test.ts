import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The documents a paper cites as users follow them to the next paper: the COSI outcome of
 * tests/fixtures/outcome-languages/outcomes.json, its third item's sentence followed by one more, written by hand in
 * five languages, citing a document with its addenda (`+ ADD 1 REV 1`, `, ADD 1 and ADD 2`, `et ADD 1`), a meeting
 * room document (`SN 2345/25`, a series of its own, not the main series' `2345/25`) and a range of years (`2025/26`, no document), set in
 * the shapes a text reaches the ingest in. Each document is a reference of the record once; the others are none.
 */
const SENTENCES: Readonly<Record<string, string>> = {
  en: 'The Committee also took note of documents 9876/25 + ADD 1 REV 1 and 9912/25, ADD 1 and ADD 2, of the Presidency’s paper SN 2345/25 and of the 2025/26 work programme.',
  fr: 'Le comité a également pris note des documents 9876/25 + ADD 1 REV 1 ainsi que 9912/25 et ADD 1 et ADD 2, du document de la présidence SN 2345/25 et du programme de travail 2025/26.',
  de: 'Der Ausschuss nahm ferner die Dokumente 9876/25 + ADD 1 REV 1 sowie 9912/25, ADD 1 und ADD 2, das Papier des Vorsitzes SN 2345/25 und das Arbeitsprogramm 2025/26 zur Kenntnis.',
  pl: 'Komitet przyjął również do wiadomości dokumenty 9876/25 + ADD 1 REV 1 oraz 9912/25, ADD 1 i ADD 2, dokument prezydencji SN 2345/25 oraz program prac na lata 2025/26.',
  es: 'El Comité tomó nota asimismo de los documentos 9876/25 + ADD 1 REV 1 y 9912/25, ADD 1 y ADD 2, del documento de la Presidencia SN 2345/25 y del programa de trabajo 2025/26.',
};

const CITED = ['9876/25', '9876/1/25 ADD 1 REV 1', '9912/25', '9912/25 ADD 1', '9912/25 ADD 2', 'SN 2345/25'];

describe('each document a paper cites is one reference, and what is no document none', () => {
  for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
    describe(shape, () => {
      for (const language of Object.keys(SENTENCES)) {
        it(`reads the ${language} paper's documents with their addenda, the meeting room document under its series, and no range of years`, () => {
          const outcome = outcomes[language];
          if (outcome === undefined) throw new Error(language);
          const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [SENTENCES[language] ?? ''] }), `outcome-${language}.txt`));
          const ids = record.references.map((reference) => reference.id);
          expect(ids.filter((id) => !['CM 5123/25', '14470/1/25 REV 1', '13802/25'].includes(id))).toEqual(CITED);
          expect(record.items[2]?.references.filter((id) => id !== '13802/25')).toEqual(CITED);
        });
      }
    });
  }
});

/** One more sentence under the third item whose documents the line's end cuts after a slash, as a word processor may wrap them. */
const CUT: Readonly<Record<string, readonly string[]>> = {
  en: ['The Committee also took note of the reports set out in documents 9876/', '25 and 9912/1/', '25 REV 1 and in WK 5678/', '2025.'],
  fr: ['Le comité a également pris note des rapports figurant dans les documents 9876/', '25 et 9912/1/', '25 REV 1 et dans le WK 5678/', '2025.'],
  de: ['Der Ausschuss nahm ferner die Berichte in den Dokumenten 9876/', '25 und 9912/1/', '25 REV 1 sowie im WK 5678/', '2025 zur Kenntnis.'],
};

describe('a document number the line’s end cuts after a slash is one reference', () => {
  for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
    for (const [language, lines] of Object.entries(CUT)) {
      it(`reads the ${language} paper's cut numbers whole (${shape})`, () => {
        const outcome = outcomes[language];
        if (outcome === undefined) throw new Error(language);
        const foot = shape === 'layout' ? lines.map((line) => `     ${line}`) : lines;
        const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot }), `outcome-${language}.txt`));
        expect(record.items[2]?.references.filter((id) => id !== '13802/25')).toEqual(['9876/25', '9912/1/25 REV 1', 'WK 5678/2025']);
      });
    }
  }

  it('joins a footnote’s line cut after a slash to the figures on the next', () => {
    const outcome = outcomes['en'];
    if (outcome === undefined) throw new Error('en');
    const record = expectOk(
      parseDocument(
        outcomePage(outcome, 'en', 'labelled rows', { opening: `${outcome.opening}1`, foot: ['1 Also circulated as WK 15012/', '2025 and as 9876/', '25.'] }),
        'outcome-en.txt',
      ),
    );
    expect(record.footnotes.map((note) => note.text.map((block) => block.inline.map((part) => (part.type === 'text' ? part.value : '')).join('')))).toEqual([
      ['Also circulated as WK 15012/2025 and as 9876/25.'],
    ]);
  });
});

/** One more sentence under the third item citing the Europol Regulation with its Official Journal issue, as each version prints the citation. */
const JOURNAL: Readonly<Record<string, string>> = {
  en: 'The Committee recalled Regulation (EU) 2016/794 (OJ L 135, 24.5.2016, p. 53).',
  fr: 'Le comité a rappelé le règlement (UE) 2016/794 (JO L 135 du 24.5.2016, p. 53).',
  de: 'Der Ausschuss verwies auf die Verordnung (EU) 2016/794 (ABl. L 135 vom 24.5.2016, S. 53).',
  pl: 'Komitet przypomniał rozporządzenie (UE) 2016/794 (Dz.U. L 135 z 24.5.2016, s. 53).',
  hu: 'A bizottság emlékeztetett az (EU) 2016/794 rendeletre (HL L 135., 2016.5.24., 53. o.).',
  el: 'Η επιτροπή υπενθύμισε τον κανονισμό (ΕΕ) 2016/794 (ΕΕ L 135 της 24.5.2016, σ. 53).',
};

describe('an Official Journal citation links its issue, in each version and shape', () => {
  for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
    for (const [language, sentence] of Object.entries(JOURNAL)) {
      it(`reads the ${language} paper's citation of OJ L 135 of 24 May 2016 (${shape})`, () => {
        const outcome = outcomes[language];
        if (outcome === undefined) throw new Error(language);
        const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [sentence] }), `outcome-${language}.txt`));
        expect(record.references.filter((reference) => reference.type === 'official-journal')).toEqual([
          { id: 'OJ L 135, 24.5.2016', type: 'official-journal', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L:2016:135:TOC' },
        ]);
        expect(record.items[2]?.references).toContain('OJ L 135, 24.5.2016');
      });
    }
  }
});

/**
 * One more sentence under the third item citing a document with a range of its addenda (`+ ADD 1-3`: three addenda,
 * the second never printed), a list of documents and an older Official Journal citation with its page but no day (`OJ
 * L 135/53`: no Council document `135/53`), as each version prints them.
 */
const RANGES: Readonly<Record<string, string>> = {
  en: 'The Committee took note of documents 13250/25 + ADD 1-3 and 9267/25, 9268/25 and 9270/25, and recalled the rules published in OJ L 135/53.',
  fr: 'Le comité a pris note des documents 13250/25 + ADD 1-3 ainsi que 9267/25, 9268/25 et 9270/25, et a rappelé les règles publiées au JO L 135/53.',
  de: 'Der Ausschuss nahm die Dokumente 13250/25 + ADD 1–3 sowie 9267/25, 9268/25 und 9270/25 zur Kenntnis und verwies auf die im ABl. L 135/53 veröffentlichten Vorschriften.',
  es: 'El Comité tomó nota de los documentos 13250/25 + ADD 1-3 y 9267/25, 9268/25 y 9270/25, y recordó las normas publicadas en el DO L 135/53.',
  it: 'Il comitato ha preso atto dei documenti 13250/25 + ADD 1 - ADD 3 e 9267/25, 9268/25 e 9270/25 e ha ricordato le norme pubblicate nella GU L 135/53.',
  pl: 'Komitet przyjął do wiadomości dokumenty 13250/25 + ADD 1-3 oraz 9267/25, 9268/25 i 9270/25 i przypomniał przepisy opublikowane w Dz.U. L 135/53.',
  nl: 'Het comité nam nota van de documenten 13250/25 + ADD 1-3 en 9267/25, 9268/25 en 9270/25 en herinnerde aan de regels bekendgemaakt in PB L 135/53.',
  el: 'Η επιτροπή έλαβε γνώση των εγγράφων 13250/25 + ADD 1-3 και 9267/25, 9268/25 και 9270/25 και υπενθύμισε τους κανόνες που δημοσιεύθηκαν στην ΕΕ L 135/53.',
  cs: 'Výbor vzal na vědomí dokumenty 13250/25 + ADD 1-3 a 9267/25, 9268/25 a 9270/25 a připomněl pravidla zveřejněná v Úř. věst. L 135/53.',
};

const RANGE_CITED = ['13250/25', '13250/25 ADD 1', '13250/25 ADD 2', '13250/25 ADD 3', '9267/25', '9268/25', '9270/25'];

describe('a range of addenda is each addendum, and an Official Journal page no document, in each version and shape', () => {
  for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
    for (const [language, sentence] of Object.entries(RANGES)) {
      it(`reads the ${language} paper's three addenda and listed documents, and no document 135/53 (${shape})`, () => {
        const outcome = outcomes[language];
        if (outcome === undefined) throw new Error(language);
        const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [sentence] }), `outcome-${language}.txt`));
        expect(record.items[2]?.references.filter((id) => id !== '13802/25')).toEqual(RANGE_CITED);
        const ids = record.references.map((reference) => reference.id);
        expect(RANGE_CITED.every((id) => ids.includes(id))).toBe(true);
        expect(ids.filter((id) => id.includes('135/53'))).toEqual([]);
      });
    }
  }
});

/**
 * One more sentence under the third item citing a range of the Council's numbers as each version prints one (`9876/25 to
 * 9879/25`, `à`, `bis`, `del … al`, `tot en met`, `do`, `až`, `έως`, `até`, a dash) and a meeting document whose year one
 * version prints on four digits: every number of the range is a document the paper cites (9877/25 and 9878/25, never
 * printed, among them), the year's two forms one document. The Czech `a` between two numbers is "and": two documents.
 */
const NUMBER_RANGES: Readonly<Record<string, string>> = {
  en: 'The Committee took note of the national replies set out in documents 9876/25 to 9879/25 and of the agenda in CM 1204/2026.',
  fr: 'Le comité a pris note des réponses nationales figurant dans les documents 9876/25 à 9879/25 et de l’ordre du jour figurant dans le CM 1204/26.',
  de: 'Der Ausschuss nahm die nationalen Antworten in den Dokumenten 9876/25 bis 9879/25 und die Tagesordnung in CM 1204/2026 zur Kenntnis.',
  es: 'El Comité tomó nota de las respuestas nacionales que figuran en los documentos del 9876/25 al 9879/25 y del orden del día del CM 1204/26.',
  nl: 'Het comité nam nota van de nationale antwoorden in de documenten 9876/25 tot en met 9879/25 en van de agenda in CM 1204/26.',
  pl: 'Komitet przyjął do wiadomości odpowiedzi krajowe zawarte w dokumentach od 9876/25 do 9879/25 oraz porządek obrad w CM 1204/2026.',
  el: 'Η επιτροπή έλαβε γνώση των εθνικών απαντήσεων που περιέχονται στα έγγραφα 9876/25 έως 9879/25 και της ημερήσιας διάταξης του CM 1204/26.',
  pt: 'O Comité tomou nota das respostas nacionais constantes dos documentos 9876/25 até 9879/25 e da ordem do dia constante do CM 1204/26.',
  fi: 'Komitea pani merkille asiakirjoissa 9876/25–9879/25 esitetyt kansalliset vastaukset ja asiakirjassa CM 1204/26 olevan esityslistan.',
};

const NUMBER_RANGE_CITED = ['9876/25', '9877/25', '9878/25', '9879/25', 'CM 1204/26'];

describe('a range of numbers is each document it names, and a year printed on four digits the same document, in each version and shape', () => {
  for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
    for (const [language, sentence] of Object.entries(NUMBER_RANGES)) {
      it(`reads the ${language} paper's four documents of its range and its one meeting document (${shape})`, () => {
        const outcome = outcomes[language];
        if (outcome === undefined) throw new Error(language);
        const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [sentence] }), `outcome-${language}.txt`));
        expect(record.items[2]?.references.filter((id) => id !== '13802/25')).toEqual(NUMBER_RANGE_CITED);
        const ids = record.references.map((reference) => reference.id);
        expect(NUMBER_RANGE_CITED.every((id) => ids.includes(id))).toBe(true);
        expect(ids.filter((id) => id.startsWith('CM 1204'))).toEqual(['CM 1204/26']);
      });
    }
  }

  it('reads the Czech `a` between two numbers as "and", in each shape: two documents, none between', () => {
    const outcome = outcomes['cs'];
    if (outcome === undefined) throw new Error('cs');
    const sentence = 'Výbor vzal na vědomí dokumenty 9876/25 a 9879/25 a pracovní dokument WK 5678/25.';
    for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
      const record = expectOk(parseDocument(outcomePage(outcome, 'cs', shape, { foot: [sentence] }), 'outcome-cs.txt'));
      expect(
        record.items[2]?.references.filter((id) => id !== '13802/25'),
        shape,
      ).toEqual(['9876/25', '9879/25', 'WK 5678/2025']);
    }
  });
});

/**
 * One more sentence under the third item citing two ranges as the register and the word processor print them: the year
 * once, after the last number (`9876-9879/25`, `9876–9879/25`), and both ends in the register's form (`ST 9881 2025 INIT
 * to ST 9883 2025 INIT`, `à`, `bis`, `do`, `al`), written by hand in five languages: every number of each range is a
 * document the paper cites, both ends and those between.
 */
const SHORT_RANGES: Readonly<Record<string, string>> = {
  en: 'The Committee took note of the national replies in documents 9876-9879/25 and of the contributions in ST 9881 2025 INIT to ST 9883 2025 INIT.',
  fr: 'Le comité a pris note des réponses nationales figurant dans les documents 9876-9879/25 et des contributions figurant dans les documents ST 9881 2025 INIT à ST 9883 2025 INIT.',
  de: 'Der Ausschuss nahm die nationalen Antworten in den Dokumenten 9876–9879/25 und die Beiträge in den Dokumenten ST 9881 2025 INIT bis ST 9883 2025 INIT zur Kenntnis.',
  pl: 'Komitet przyjął do wiadomości odpowiedzi krajowe zawarte w dokumentach 9876-9879/25 oraz wkłady zawarte w dokumentach od ST 9881 2025 INIT do ST 9883 2025 INIT.',
  es: 'El Comité tomó nota de las respuestas nacionales que figuran en los documentos 9876-9879/25 y de las contribuciones que figuran en los documentos del ST 9881 2025 INIT al ST 9883 2025 INIT.',
};

const SHORT_RANGE_CITED = ['9876/25', '9877/25', '9878/25', '9879/25', '9881/25', '9882/25', '9883/25'];

describe('a range printed with its year once, or in the register’s form, is each document it names, in each version and shape', () => {
  for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
    for (const [language, sentence] of Object.entries(SHORT_RANGES)) {
      it(`reads the ${language} paper's seven documents of its two ranges (${shape})`, () => {
        const outcome = outcomes[language];
        if (outcome === undefined) throw new Error(language);
        const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [sentence] }), `outcome-${language}.txt`));
        expect(record.items[2]?.references.filter((id) => id !== '13802/25')).toEqual(SHORT_RANGE_CITED);
        const ids = record.references.map((reference) => reference.id);
        expect(SHORT_RANGE_CITED.every((id) => ids.includes(id))).toBe(true);
      });
    }
  }
});

/**
 * A paper citing documents of association councils' series (`UE-UA 2101/25`, `UE-MD 1056/1/25 REV 1`), written by hand
 * in five languages: each is a reference under its own series, with a page of its own and no register address, none is
 * read as the main series' number, and the page says why they are not linked to the register.
 */
const ASSOCIATION_SENTENCES: Readonly<Record<string, string>> = {
  en: 'The Committee also took note of the EU-Ukraine Association Council’s document UE-UA 2101/25 and of UE-MD 1056/1/25 REV 1.',
  fr: 'Le comité a également pris note du document du Conseil d’association UE-Ukraine UE-UA 2101/25 et du document UE-MD 1056/1/25 REV 1.',
  de: 'Der Ausschuss nahm ferner das Dokument UE-UA 2101/25 des Assoziationsrates EU-Ukraine und das Dokument UE-MD 1056/1/25 REV 1 zur Kenntnis.',
  pl: 'Komitet przyjął również do wiadomości dokument Rady Stowarzyszenia UE–Ukraina UE-UA 2101/25 oraz dokument UE-MD 1056/1/25 REV 1.',
  es: 'El Comité tomó nota asimismo del documento del Consejo de Asociación UE-Ucrania UE-UA 2101/25 y del documento UE-MD 1056/1/25 REV 1.',
};

describe('a number of an association council’s series is a document of its own series, not linked to the register, in each version and shape', () => {
  for (const [language, sentence] of Object.entries(ASSOCIATION_SENTENCES))
    it(`${language}: UE-UA 2101/25 and UE-MD 1056/1/25 REV 1`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(language);
      for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
        const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [sentence] }), `outcome-${language}.txt`));
        const cited = record.references.filter((reference) => /2101\/25|1056/.test(reference.id));
        expect(cited, shape).toEqual([
          { id: 'UE-UA 2101/25', type: 'association' },
          { id: 'UE-MD 1056/1/25 REV 1', type: 'association' },
        ]);
        expect(
          record.items[2]?.references.filter((id) => id !== '13802/25'),
          shape,
        ).toEqual(['UE-UA 2101/25', 'UE-MD 1056/1/25 REV 1']);
        expect(
          record.warnings.filter((warning) => warning.message.startsWith('not linked')).map((warning) => warning.message),
          shape,
        ).toEqual([
          'not linked to the register: "UE-UA 2101/25", "UE-MD 1056/1/25 REV 1", numbers of an association council\'s series, which the register keeps apart from the main series at no address certain from the number (each one’s page lists the papers citing it)',
        ]);
      }
    });
});

/**
 * A paper citing documents of the ACP-EU bodies' and the EEA's series (`ACP-UE 2103/25`, `EEE 1601/1/25 REV 1`), the
 * register's other joint bodies' series, written by hand in five languages: each is a reference under its own series, with a
 * page of its own and no register address, none read as the main series' 2103/25 or 1601/1/25 REV 1 (before, both were,
 * linked to the register's ST-2103-2025-INIT and ST-1601-2025-REV-1, other documents).
 */
const JOINT_BODY_SENTENCES: Readonly<Record<string, string>> = {
  en: 'The Committee also took note of the ACP-EU Committee of Ambassadors’ document ACP-UE 2103/25 and of the EEA Joint Committee’s document EEE 1601/1/25 REV 1.',
  fr: 'Le comité a également pris note du document du Comité des ambassadeurs ACP-UE ACP-UE 2103/25 et du document du Comité mixte de l’EEE EEE 1601/1/25 REV 1.',
  de: 'Der Ausschuss nahm ferner das Dokument ACP-UE 2103/25 des AKP-EU-Botschafterausschusses und das Dokument EEE 1601/1/25 REV 1 des Gemeinsamen EWR-Ausschusses zur Kenntnis.',
  pl: 'Komitet przyjął również do wiadomości dokument Komitetu Ambasadorów AKP–UE ACP–UE 2103/25 oraz dokument Wspólnego Komitetu EOG EEE 1601/1/25 REV 1.',
  es: 'El Comité tomó nota asimismo del documento del Comité de Embajadores ACP-UE ACP-UE 2103/25 y del documento del Comité Mixto del EEE EEE 1601/1/25 REV 1.',
};

describe('a number of the ACP-EU bodies’ or the EEA’s series is a document of its own series, not linked to the register, in each version and shape', () => {
  for (const [language, sentence] of Object.entries(JOINT_BODY_SENTENCES))
    it(`${language}: ACP-UE 2103/25 and EEE 1601/1/25 REV 1`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(language);
      for (const shape of ['labelled rows', 'labels first', 'layout', 'flattened'] as OutcomeShape[]) {
        const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [sentence] }), `outcome-${language}.txt`));
        const cited = record.references.filter((reference) => /2103|1601/.test(reference.id));
        expect(cited, shape).toEqual([
          { id: 'ACP-UE 2103/25', type: 'association' },
          { id: 'EEE 1601/1/25 REV 1', type: 'association' },
        ]);
        expect(
          record.items[2]?.references.filter((id) => id !== '13802/25'),
          shape,
        ).toEqual(['ACP-UE 2103/25', 'EEE 1601/1/25 REV 1']);
        expect(
          record.warnings.filter((warning) => warning.message.startsWith('not linked')).map((warning) => warning.message),
          shape,
        ).toEqual([
          `not linked to the register: "${language === 'pl' ? 'ACP–UE' : 'ACP-UE'} 2103/25", "EEE 1601/1/25 REV 1", numbers of an association council's series, which the register keeps apart from the main series at no address certain from the number (each one’s page lists the papers citing it)`,
        ]);
      }
    });
});

describe('a citation a line end set at the start of a line goes on from the sentence above, in each shape', () => {
  it('joins `ECLI:NL:HR:2009:BH1234` to the sentence it ends, no label line', () => {
    const english = outcomes['en'];
    if (english === undefined) throw new Error('the fixture has no English outcome');
    const sentence =
      'The Committee took note of the judgment of the Hoge Raad of 1 May 2009 in the case\nECLI:NL:HR:2009:BH1234 and approved the conclusions set out in 13802/25.';
    for (const shape of ['labelled rows', 'labels first', 'layout'] as OutcomeShape[]) {
      const record = expectOk(
        parseDocument(outcomePage(english, 'en', shape, { foot: [], sentences: [...english.sentences.slice(0, 2), sentence] }), 'outcome-en.txt'),
      );
      expect(
        record.items[2]?.text.map((block) => block.inline.map((part) => (part.type === 'text' ? part.value : '')).join('')),
        shape,
      ).toEqual([sentence.replace('\n', ' ')]);
      expect(
        record.references.map((reference) => reference.id),
        shape,
      ).toContain('ECLI:NL:HR:2009:BH1234');
    }
  });
});
