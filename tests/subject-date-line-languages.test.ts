import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { footer15123, head15123 } from './support/note-15123.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * An I/A item note whose subject's cell sets a date alone on its middle line, between the conclusions' title and their
 * approval after a dash (`Draft Council Conclusions on the permanent continuation of EMPACT` / `12 November 2025` / `-
 * Approval`), written by hand in the 24 versions (the kind, recipient, previous document's label and subject of
 * tests/ia-item-note-languages.test.ts; the institution, place and date, labels and sender of the version's outcome in
 * tests/fixtures/outcome-languages), each date as its version prints a date (`12. November 2025`, `2025. november 12.`,
 * `2025 m. lapkričio 12 d.`, `12 ноември 2025 г.`), in the five shapes: the subject is its three lines, the body's
 * first paragraph the sending sentence, in every shape. The date alone was read as a line of its own (a notice's date
 * printed after its subject), the header ended there and the date and the approval opened the body.
 */
interface Version {
  kind: string;
  to: string;
  previous: string;
  /** The subject's three lines: the title, the date alone, the approval after a dash. */
  subject: [string, string, string];
}

const VERSIONS: Record<string, Version> = {
  en: {
    kind: 'I/A ITEM NOTE',
    to: 'Permanent Representatives Committee/Council',
    previous: 'No. prev. doc.',
    subject: ['Draft Council Conclusions on the permanent continuation of EMPACT', '12 November 2025', '- Approval'],
  },
  fr: {
    kind: 'NOTE POINT "I/A"',
    to: 'Comité des représentants permanents/Conseil',
    previous: 'N° doc. préc.',
    subject: ["Projet de conclusions du Conseil sur la poursuite permanente d'EMPACT", '12 novembre 2025', '- Approbation'],
  },
  de: {
    kind: 'I/A-PUNKT-VERMERK',
    to: 'Ausschuss der Ständigen Vertreter/Rat',
    previous: 'Nr. Vordok.',
    subject: ['Entwurf von Schlussfolgerungen des Rates zur dauerhaften Fortführung von EMPACT', '12. November 2025', '- Billigung'],
  },
  it: {
    kind: 'NOTA PUNTO "I/A"',
    to: 'Comitato dei rappresentanti permanenti/Consiglio',
    previous: 'n. doc. prec.',
    subject: ['Progetto di conclusioni del Consiglio sulla prosecuzione permanente di EMPACT', '12 novembre 2025', '- Approvazione'],
  },
  es: {
    kind: 'NOTA PUNTO «I/A»',
    to: 'Comité de Representantes Permanentes/Consejo',
    previous: 'N.º doc. prec.',
    subject: ['Proyecto de Conclusiones del Consejo sobre la continuación permanente de EMPACT', '12 de noviembre de 2025', '- Aprobación'],
  },
  pt: {
    kind: 'NOTA PONTO "I/A"',
    to: 'Comité de Representantes Permanentes/Conselho',
    previous: 'N.º doc. ant.',
    subject: ['Projeto de conclusões do Conselho sobre a continuação permanente da EMPACT', '12 de novembro de 2025', '- Aprovação'],
  },
  nl: {
    kind: 'I/A-PUNTNOTA',
    to: 'Comité van permanente vertegenwoordigers/Raad',
    previous: 'Nr. vorig doc.',
    subject: ['Ontwerpconclusies van de Raad over de permanente voortzetting van EMPACT', '12 november 2025', '- Goedkeuring'],
  },
  pl: {
    kind: 'NOTA DO PUNKTU I/A',
    to: 'Komitet Stałych Przedstawicieli/Rada',
    previous: 'Nr poprz. dok.',
    subject: ['Projekt konkluzji Rady w sprawie stałej kontynuacji EMPACT', '12 listopada 2025 r.', '- Zatwierdzenie'],
  },
  sv: {
    kind: 'I/A-PUNKTSNOT',
    to: 'Ständiga representanternas kommitté/rådet',
    previous: 'Föreg. dok. nr',
    subject: ['Utkast till rådets slutsatser om en permanent fortsättning av Empact', '12 november 2025', '- Godkännande'],
  },
  el: {
    kind: 'ΣΗΜΕΙΩΜΑ ΣΗΜΕΙΟΥ «I/A»',
    to: 'Επιτροπή των Μονίμων Αντιπροσώπων/Συμβούλιο',
    previous: 'Αριθ. προηγ. εγγρ.',
    subject: ['Σχέδιο συμπερασμάτων του Συμβουλίου σχετικά με τη μόνιμη συνέχιση της EMPACT', '12 Νοεμβρίου 2025', '- Έγκριση'],
  },
  bg: {
    kind: 'БЕЛЕЖКА ПО ТОЧКА I/A',
    to: 'Комитет на постоянните представители/Съвет',
    previous: '№ предх. док.',
    subject: ['Проект на заключения на Съвета относно постоянното продължаване на EMPACT', '12 ноември 2025 г.', '- Одобрение'],
  },
  ro: {
    kind: 'NOTĂ PUNCT I/A',
    to: 'Comitetul Reprezentanților Permanenți/Consiliul',
    previous: 'Nr. doc. ant.',
    subject: ['Proiect de concluzii ale Consiliului privind continuarea permanentă a EMPACT', '12 noiembrie 2025', '- Aprobare'],
  },
  hr: {
    kind: 'NAPOMENA O TOČKI I/A',
    to: 'Odbor stalnih predstavnika/Vijeće',
    previous: 'Br. preth. dok.',
    subject: ['Nacrt zaključaka Vijeća o trajnom nastavku EMPACT-a', '12. studenoga 2025.', '- Odobrenje'],
  },
  cs: {
    kind: 'POZNÁMKA K BODU I/A',
    to: 'Výbor stálých zástupců/Rada',
    previous: 'Č. předch. dok.',
    subject: ['Návrh závěrů Rady o trvalém pokračování platformy EMPACT', '12. listopadu 2025', '- Schválení'],
  },
  sk: {
    kind: 'POZNÁMKA K BODU I/A',
    to: 'Výbor stálych predstaviteľov/Rada',
    previous: 'Č. predch. dok.',
    subject: ['Návrh záverov Rady o trvalom pokračovaní platformy EMPACT', '12. novembra 2025', '- Schválenie'],
  },
  sl: {
    kind: 'OPOMBA K TOČKI I/A',
    to: 'Odbor stalnih predstavnikov/Svet',
    previous: 'Št. predh. dok.',
    subject: ['Osnutek sklepov Sveta o trajnem nadaljevanju platforme EMPACT', '12. novembra 2025', '- Odobritev'],
  },
  et: {
    kind: 'I/A-PUNKTI MÄRKUS',
    to: 'Alaliste esindajate komitee/nõukogu',
    previous: 'Eelmise dok nr',
    subject: ['Nõukogu järelduste eelnõu EMPACTi alalise jätkamise kohta', '12. november 2025', '- Heakskiitmine'],
  },
  lt: {
    kind: 'PRANEŠIMAS DĖL I/A PUNKTO',
    to: 'Nuolatinių atstovų komitetas/Taryba',
    previous: 'Ankstesnio dok. Nr.',
    subject: ['Tarybos išvadų dėl nuolatinio EMPACT tęsimo projektas', '2025 m. lapkričio 12 d.', '- Patvirtinimas'],
  },
  lv: {
    kind: 'I/A PUNKTA PIEZĪME',
    to: 'Pastāvīgo pārstāvju komiteja/Padome',
    previous: 'Iepr. dok. Nr.',
    subject: ['Padomes secinājumu projekts par EMPACT pastāvīgu turpināšanu', '2025. gada 12. novembrī', '- Apstiprināšana'],
  },
  hu: {
    kind: 'I/A NAPIRENDI PONTRÓL SZÓLÓ FELJEGYZÉS',
    to: 'Állandó Képviselők Bizottsága/Tanács',
    previous: 'Előző dok. sz.',
    subject: ['A Tanács következtetéseinek tervezete az EMPACT állandó folytatásáról', '2025. november 12.', '- Jóváhagyás'],
  },
  mt: {
    kind: 'NOTA DWAR PUNT I/A',
    to: 'Kumitat tar-Rappreżentanti Permanenti/Kunsill',
    previous: 'Nru dok. prec.',
    subject: ["Abbozz ta' konklużjonijiet tal-Kunsill dwar il-kontinwazzjoni permanenti tal-EMPACT", "12 ta' Novembru 2025", '- Approvazzjoni'],
  },
  da: {
    kind: 'I/A-PUNKTSNOTE',
    to: 'De Faste Repræsentanters Komité/Rådet',
    previous: 'Tidl. dok. nr.',
    subject: ['Udkast til Rådets konklusioner om den permanente videreførelse af EMPACT', '12. november 2025', '- Godkendelse'],
  },
  ga: {
    kind: 'NÓTA MHÍR "I/A"',
    to: 'Coiste na mBuanionadaithe/An Chomhairle',
    previous: 'Uimh. doic. roimhe',
    subject: ['Dréacht-chonclúidí ón gComhairle maidir le buanleanúint EMPACT', '12 Samhain 2025', '- Formheas'],
  },
  fi: {
    kind: 'I/A-KOHTAA KOSKEVA ILMOITUS',
    to: 'Pysyvien edustajien komitea/neuvosto',
    previous: 'Ed. asiak. nro',
    subject: ['Luonnos neuvoston päätelmiksi EMPACTin jatkamisesta pysyvästi', '12. marraskuuta 2025', '- Hyväksyminen'],
  },
};

/** The codes the note was filed under, as the register prints them under its number. */
const CODES = ['COSI 210', 'JAI 1620'];

/**
 * The note's first page as plain `pdftotext` prints it (`layout` false: the labels as a column, then each cell as a
 * paragraph) or as `-layout` does (label and value on one row, the cell's further lines under the value), then the
 * first numbered paragraph and the two-line footer.
 */
function notePage(language: string, version: Version, layout: boolean): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const cells: [string, readonly string[]][] = [
    [`${outcome.labels.from}:`, [outcome.from]],
    [`${outcome.labels.to}:`, [version.to]],
    [`${version.previous}:`, ['14470/25']],
    [`${outcome.labels.subject}:`, version.subject],
  ];
  const header = layout
    ? cells.flatMap(([label, value]) => value.map((line, index) => `${(index === 0 ? label : '').padEnd(25)}${line}`))
    : [...cells.flatMap(([label]) => [label, '']), ...cells.flatMap(([, value]) => [...value, ''])];
  return [
    ...head15123(outcome, version.kind, CODES, layout, false),
    ...header,
    '',
    `1.${layout ? '    ' : ' '}${outcome.sentences[0] ?? ''}`,
    '',
    ...footer15123(language, layout),
    '\f',
  ].join('\n');
}

describe.each(Object.entries(VERSIONS))('an I/A item note whose subject sets a date alone on its middle line (%s)', (language, version) => {
  it.each(TEXT_SHAPES)('reads the subject whole and the body after it (%s)', (_shape, layout, flat) => {
    const outcome = outcomes[language];
    const record = expectOk(parseDocument(inShape(notePage(language, version, layout), flat), `ia-item-note-${language}.txt`));
    expect([record.number, record.codes, record.from, record.to, record.previous]).toEqual(['15123/25', CODES, outcome?.from, version.to, ['14470/25']]);
    expect(record.subject).toBe(version.subject.join(' '));
    const first = record.sections[0]?.text[0]?.inline[0];
    expect(first?.type === 'text' ? first.value : null).toBe(`1. ${outcome?.sentences[0] ?? ''}`);
  });
});
