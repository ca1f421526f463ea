import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { footer15123, head15123 } from './support/note-15123.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * An I/A item note of the General Secretariat to Coreper and the Council, written by hand in each version whose kind
 * line the vocabulary holds (`I/A ITEM NOTE`, `NOTE POINT "I/A"`, `I/A-PUNKT-VERMERK`, `NOTA PUNTO «I/A»` …), and in
 * Danish and Irish, whose kind lines no reprint searched confirms (see below), as the register prints such a note: the codes under the number, the kind line, `From:` / `To:` /
 * the previous document's label / `Subject:` and the subject's approval after a dash, then numbered paragraphs and the
 * two-line footer (`15123/25` `ML/ab` `1` / `JAI.1` `EN`). The institution, place and date and sender are those of
 * the version's outcome in tests/fixtures/outcome-languages.
 */
interface Version {
  kind: string;
  /** The recipient: Coreper and the Council joined by a slash, in the version's words. */
  to: string;
  previous: string;
  subject: string;
}

const VERSIONS: Record<string, Version> = {
  en: {
    kind: 'I/A ITEM NOTE',
    to: 'Permanent Representatives Committee/Council',
    previous: 'No. prev. doc.',
    subject: 'Draft Council Conclusions on the permanent continuation of EMPACT - Approval',
  },
  fr: {
    kind: 'NOTE POINT "I/A"',
    to: 'Comité des représentants permanents/Conseil',
    previous: 'N° doc. préc.',
    subject: "Projet de conclusions du Conseil sur la poursuite permanente d'EMPACT - Approbation",
  },
  de: {
    kind: 'I/A-PUNKT-VERMERK',
    to: 'Ausschuss der Ständigen Vertreter/Rat',
    previous: 'Nr. Vordok.',
    subject: 'Entwurf von Schlussfolgerungen des Rates zur dauerhaften Fortführung von EMPACT - Billigung',
  },
  it: {
    kind: 'NOTA PUNTO "I/A"',
    to: 'Comitato dei rappresentanti permanenti/Consiglio',
    previous: 'n. doc. prec.',
    subject: 'Progetto di conclusioni del Consiglio sulla prosecuzione permanente di EMPACT - Approvazione',
  },
  es: {
    kind: 'NOTA PUNTO «I/A»',
    to: 'Comité de Representantes Permanentes/Consejo',
    previous: 'N.º doc. prec.',
    subject: 'Proyecto de Conclusiones del Consejo sobre la continuación permanente de EMPACT - Aprobación',
  },
  pt: {
    kind: 'NOTA PONTO "I/A"',
    to: 'Comité de Representantes Permanentes/Conselho',
    previous: 'N.º doc. ant.',
    subject: 'Projeto de conclusões do Conselho sobre a continuação permanente da EMPACT - Aprovação',
  },
  nl: {
    kind: 'I/A-PUNTNOTA',
    to: 'Comité van permanente vertegenwoordigers/Raad',
    previous: 'Nr. vorig doc.',
    subject: 'Ontwerpconclusies van de Raad over de permanente voortzetting van EMPACT - Goedkeuring',
  },
  pl: {
    kind: 'NOTA DO PUNKTU I/A',
    to: 'Komitet Stałych Przedstawicieli/Rada',
    previous: 'Nr poprz. dok.',
    subject: 'Projekt konkluzji Rady w sprawie stałej kontynuacji EMPACT - Zatwierdzenie',
  },
  sv: {
    kind: 'I/A-PUNKTSNOT',
    to: 'Ständiga representanternas kommitté/rådet',
    previous: 'Föreg. dok. nr',
    subject: 'Utkast till rådets slutsatser om en permanent fortsättning av Empact - Godkännande',
  },
  el: {
    kind: 'ΣΗΜΕΙΩΜΑ ΣΗΜΕΙΟΥ «I/A»',
    to: 'Επιτροπή των Μονίμων Αντιπροσώπων/Συμβούλιο',
    previous: 'Αριθ. προηγ. εγγρ.',
    subject: 'Σχέδιο συμπερασμάτων του Συμβουλίου σχετικά με τη μόνιμη συνέχιση της EMPACT - Έγκριση',
  },
  bg: {
    kind: 'БЕЛЕЖКА ПО ТОЧКА I/A',
    to: 'Комитет на постоянните представители/Съвет',
    previous: '№ предх. док.',
    subject: 'Проект на заключения на Съвета относно постоянното продължаване на EMPACT - Одобрение',
  },
  ro: {
    kind: 'NOTĂ PUNCT I/A',
    to: 'Comitetul Reprezentanților Permanenți/Consiliul',
    previous: 'Nr. doc. ant.',
    subject: 'Proiect de concluzii ale Consiliului privind continuarea permanentă a EMPACT - Aprobare',
  },
  hr: {
    kind: 'NAPOMENA O TOČKI I/A',
    to: 'Odbor stalnih predstavnika/Vijeće',
    previous: 'Br. preth. dok.',
    subject: 'Nacrt zaključaka Vijeća o trajnom nastavku EMPACT-a - Odobrenje',
  },
  cs: {
    kind: 'POZNÁMKA K BODU I/A',
    to: 'Výbor stálých zástupců/Rada',
    previous: 'Č. předch. dok.',
    subject: 'Návrh závěrů Rady o trvalém pokračování platformy EMPACT - Schválení',
  },
  sk: {
    kind: 'POZNÁMKA K BODU I/A',
    to: 'Výbor stálych predstaviteľov/Rada',
    previous: 'Č. predch. dok.',
    subject: 'Návrh záverov Rady o trvalom pokračovaní platformy EMPACT - Schválenie',
  },
  sl: {
    kind: 'OPOMBA K TOČKI I/A',
    to: 'Odbor stalnih predstavnikov/Svet',
    previous: 'Št. predh. dok.',
    subject: 'Osnutek sklepov Sveta o trajnem nadaljevanju platforme EMPACT - Odobritev',
  },
  et: {
    kind: 'I/A-PUNKTI MÄRKUS',
    to: 'Alaliste esindajate komitee/nõukogu',
    previous: 'Eelmise dok nr',
    subject: 'Nõukogu järelduste eelnõu EMPACTi alalise jätkamise kohta - Heakskiitmine',
  },
  lt: {
    kind: 'PRANEŠIMAS DĖL I/A PUNKTO',
    to: 'Nuolatinių atstovų komitetas/Taryba',
    previous: 'Ankstesnio dok. Nr.',
    subject: 'Tarybos išvadų dėl nuolatinio EMPACT tęsimo projektas - Patvirtinimas',
  },
  lv: {
    kind: 'I/A PUNKTA PIEZĪME',
    to: 'Pastāvīgo pārstāvju komiteja/Padome',
    previous: 'Iepr. dok. Nr.',
    subject: 'Padomes secinājumu projekts par EMPACT pastāvīgu turpināšanu - Apstiprināšana',
  },
  hu: {
    kind: 'I/A NAPIRENDI PONTRÓL SZÓLÓ FELJEGYZÉS',
    to: 'Állandó Képviselők Bizottsága/Tanács',
    previous: 'Előző dok. sz.',
    subject: 'A Tanács következtetéseinek tervezete az EMPACT állandó folytatásáról - Jóváhagyás',
  },
  mt: {
    kind: 'NOTA DWAR PUNT I/A',
    to: 'Kumitat tar-Rappreżentanti Permanenti/Kunsill',
    previous: 'Nru dok. prec.',
    subject: "Abbozz ta' konklużjonijiet tal-Kunsill dwar il-kontinwazzjoni permanenti tal-EMPACT - Approvazzjoni",
  },
  // The Danish and Irish kind lines are written by hand after the other versions' shape (the item's name joined to the
  // word for note, `I/A-PUNKTSNOTE`; the note's word before the item's name in its quotes, `NÓTA MHÍR "I/A"`): no reprint
  // of the register searched (pages corpus: `I/A-PUNKTSNOTE`, `NÓTA MHÍR "I/A"`) confirms their wording, and neither is
  // in the kind vocabulary. They are read by the I/A item their words name, in its quotes or joined by a hyphen
  // (header-head.ts I_A_WORD), as any version's kind line naming it is.
  da: {
    kind: 'I/A-PUNKTSNOTE',
    to: 'De Faste Repræsentanters Komité/Rådet',
    previous: 'Tidl. dok. nr.',
    subject: 'Udkast til Rådets konklusioner om den permanente videreførelse af EMPACT - Godkendelse',
  },
  ga: {
    kind: 'NÓTA MHÍR "I/A"',
    to: 'Coiste na mBuanionadaithe/An Chomhairle',
    previous: 'Uimh. doic. roimhe',
    subject: 'Dréacht-chonclúidí ón gComhairle maidir le buanleanúint EMPACT - Formheas',
  },
  fi: {
    kind: 'I/A-KOHTAA KOSKEVA ILMOITUS',
    to: 'Pysyvien edustajien komitea/neuvosto',
    previous: 'Ed. asiak. nro',
    subject: 'Luonnos neuvoston päätelmiksi EMPACTin jatkamisesta pysyvästi - Hyväksyminen',
  },
};

/** The codes the note was filed under, as the register prints them under its number. */
const CODES = ['COSI 210', 'ENFOPOL 402', 'CRIMORG 188', 'JAI 1620'];

type Shape = 'labelled rows' | '-layout' | 'labels first' | 'run into one line';

/** The note's first page in one shape (`labels first` as plain `pdftotext` prints the header table's column of labels). */
function notePage(language: string, version: Version, shape: Shape, previous: readonly string[] = ['14470/1/25 REV 1']): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const layout = shape === '-layout';
  // each value as its lines (the previous documents' cell may wrap)
  const rows: [string, readonly string[]][] = [
    [outcome.labels.from, [outcome.from]],
    [outcome.labels.to, [version.to]],
    [version.previous, previous],
    [outcome.labels.subject, [version.subject]],
  ];
  const header =
    shape === 'labels first'
      ? [...rows.map(([label]) => `${label}:`), '', ...rows.flatMap(([, value]) => value)]
      : rows.flatMap(([label, value]) =>
          value.map((line, index) => {
            const printed = index === 0 ? `${label}:` : '';
            return layout ? `${printed.padEnd(25)}${line}` : index === 0 ? `${printed} ${line}` : line;
          }),
        );
  const lines = [
    ...head15123(outcome, version.kind, CODES, layout),
    ...header,
    '',
    `1.${layout ? '    ' : ' '}${outcome.sentences[0] ?? ''}`,
    '',
    `2.${layout ? '    ' : ' '}${outcome.sentences[1] ?? ''}`,
    '',
    ...footer15123(language, layout),
    '',
  ];
  const text = lines.join('\n');
  return shape === 'run into one line' ? `${flattenedPages(text)}\n` : text;
}

const SHAPES: readonly Shape[] = ['labelled rows', '-layout', 'labels first', 'run into one line'];

describe('an I/A item note in each version that names the kind', () => {
  for (const [language, version] of Object.entries(VERSIONS))
    for (const shape of SHAPES)
      it(`reads the ${language} note's kind, codes, sender, recipient, previous document and subject (${shape})`, () => {
        const outcome = outcomes[language];
        const record = expectOk(parseDocument(notePage(language, version, shape), `ia-item-note-${language}.txt`));
        expect([record.number, record.kind, record.codes]).toEqual(['15123/25', 'i-a-item-note', CODES]);
        expect([record.from, record.to, record.previous, record.subject]).toEqual([outcome?.from, version.to, ['14470/1/25 REV 1'], version.subject]);
      });
});

describe('an I/A item note whose previous documents are a list', () => {
  // The register's I/A item notes name the documents before them as a list in the cell under `No. prev. doc.:`: a
  // document with its addendum, a revision, apart by commas, on one line or wrapped after a comma onto a second line
  // of the cell (the labelled rows print that line alone under the first, -layout under the values' column, plain
  // pdftotext as a second line of the values' column, a page run into one line joins it on).
  const LISTS: readonly (readonly string[])[] = [['14470/25 + ADD 1, 13802/25, 13210/1/25 REV 1'], ['14470/25 + ADD 1, 13802/25,', '13210/1/25 REV 1']];
  for (const [language, version] of Object.entries(VERSIONS))
    for (const shape of SHAPES)
      it(`reads the ${language} note's previous documents and subject (${shape})`, () => {
        const outcome = outcomes[language];
        for (const previous of LISTS) {
          const record = expectOk(parseDocument(notePage(language, version, shape, previous), `ia-item-note-${language}.txt`));
          expect([record.from, record.to, record.previous, record.subject], previous.join(' / ')).toEqual([
            outcome?.from,
            version.to,
            ['14470/25', '14470/25 ADD 1', '13802/25', '13210/1/25 REV 1'],
            version.subject,
          ]);
        }
      });
});
