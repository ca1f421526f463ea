import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { outcomes } from './support/outcome-languages.ts';
import { plainFooter } from './support/page-footer.ts';
import { expectOk } from './support/projection.ts';
import { TEXT_SHAPES_AND_PLAIN_COPY, inShape } from './support/text-shapes.ts';

/**
 * A Presidency note to delegations whose sender is printed in small letters, as most versions name the Presidency
 * (`présidence`, `formandskabet`, `předsednictví`, `het voorzitterschap`, `az elnökség` …), and whose body is a dash
 * list right under the subject, each item a sentence, written by hand in the 16 versions that print it so. Plain
 * `pdftotext` prints the header table's labels first (`Origine:` / `Destinataire:` / `Objet:`), then the values; with
 * the page run into one line the values follow the labels on the line (`Origine: Destinataire: Objet: présidence
 * Délégations Sécurité des ports … - La présidence a transmis …`), and the dash items after sentences' ends are set
 * on lines of their own (flat-bullets.ts): the header's line then ends at the subject, and its values are read on the
 * line, each up to where the next value shows its shape (label-values.ts fallbackLength), not the whole line as one
 * value with the items under it as the next values. Every shape reads the sender, recipient and subject and the three
 * items as the list's.
 */
interface Note {
  kind: string;
  from: string;
  subject: string;
  items: readonly [string, string, string];
}

const NOTES: Record<string, Note> = {
  bg: {
    kind: 'БЕЛЕЖКА',
    from: 'председателството',
    subject: 'Сигурност на пристанищата на Съюза – текущо състояние',
    items: [
      'На 3 март 2026 г. председателството изпрати въпросник на делегациите.',
      'До 13 март 2026 г. бяха отговорили 20 държави членки.',
      'COSI се приканва да вземе под внимание отговорите.',
    ],
  },
  cs: {
    kind: 'POZNÁMKA',
    from: 'předsednictví',
    subject: 'Bezpečnost přístavů Unie – současný stav',
    items: [
      'Předsednictví dne 3. března 2026 zaslalo delegacím dotazník.',
      'Do 13. března 2026 odpovědělo 20 členských států.',
      'Výbor COSI se vyzývá, aby vzal odpovědi na vědomí.',
    ],
  },
  da: {
    kind: 'NOTE',
    from: 'formandskabet',
    subject: 'Sikkerheden i Unionens havne – status',
    items: [
      'Formandskabet sendte den 3. marts 2026 delegationerne et spørgeskema.',
      'Den 13. marts 2026 havde 20 medlemsstater svaret.',
      'COSI opfordres til at tage svarene til efterretning.',
    ],
  },
  et: {
    kind: 'MÄRKUS',
    from: 'eesistujariik',
    subject: 'Liidu sadamate turvalisus – olukord',
    items: [
      'Eesistujariik saatis delegatsioonidele 3. märtsil 2026 küsimustiku.',
      'Küsimustikule oli 13. märtsiks 2026 vastanud 20 liikmesriiki.',
      'COSI-l palutakse vastused teadmiseks võtta.',
    ],
  },
  fi: {
    kind: 'ILMOITUS',
    from: 'puheenjohtajavaltio',
    subject: 'Unionin satamien turvallisuus – tilannekatsaus',
    items: [
      'Puheenjohtajavaltio lähetti valtuuskunnille kyselylomakkeen 3. maaliskuuta 2026.',
      'Kyselyyn oli vastannut 20 jäsenvaltiota 13. maaliskuuta 2026 mennessä.',
      'COSIa pyydetään ottamaan vastaukset tiedoksi.',
    ],
  },
  fr: {
    kind: 'NOTE',
    from: 'présidence',
    subject: 'Sécurité des ports de l’Union – état des travaux',
    items: [
      'La présidence a transmis un questionnaire aux délégations le 3 mars 2026.',
      'Au 13 mars 2026, 20 États membres avaient répondu.',
      'Le COSI est invité à prendre note des réponses.',
    ],
  },
  hr: {
    kind: 'BILJEŠKA',
    from: 'predsjedništvo',
    subject: 'Sigurnost luka Unije – trenutačno stanje',
    items: [
      'Predsjedništvo je 3. ožujka 2026. delegacijama poslalo upitnik.',
      'Do 13. ožujka 2026. odgovorilo je 20 država članica.',
      'COSI se poziva da primi na znanje odgovore.',
    ],
  },
  hu: {
    kind: 'FELJEGYZÉS',
    from: 'az elnökség',
    subject: 'Az uniós kikötők biztonsága – a munka jelenlegi állása',
    items: [
      'Az elnökség 2026. március 3-án kérdőívet küldött a delegációknak.',
      'A tagállamok közül 20 válaszolt 2026. március 13-ig.',
      'A COSI-t felkérik, hogy vegye tudomásul a válaszokat.',
    ],
  },
  it: {
    kind: 'NOTA',
    from: 'presidenza',
    subject: 'Sicurezza dei porti dell’Unione – stato dei lavori',
    items: [
      'La presidenza ha trasmesso un questionario alle delegazioni il 3 marzo 2026.',
      'Al 13 marzo 2026 avevano risposto 20 Stati membri.',
      'Il COSI è invitato a prendere atto delle risposte.',
    ],
  },
  lt: {
    kind: 'PRANEŠIMAS',
    from: 'pirmininkaujanti valstybė narė',
    subject: 'Sąjungos uostų saugumas – padėtis',
    items: [
      'Pirmininkaujanti valstybė narė 2026 m. kovo 3 d. išsiuntė delegacijoms klausimyną.',
      'Iki 2026 m. kovo 13 d. atsakė 20 valstybių narių.',
      'COSI prašoma atsižvelgti į atsakymus.',
    ],
  },
  lv: {
    kind: 'PIEZĪME',
    from: 'prezidentvalsts',
    subject: 'Savienības ostu drošība – pašreizējais stāvoklis',
    items: [
      'Prezidentvalsts 2026. gada 3. martā nosūtīja delegācijām aptaujas anketu.',
      'Līdz 2026. gada 13. martam bija atbildējušas 20 dalībvalstis.',
      'COSI tiek aicināta pieņemt atbildes zināšanai.',
    ],
  },
  nl: {
    kind: 'NOTA',
    from: 'het voorzitterschap',
    subject: 'Veiligheid van de havens van de Unie – stand van zaken',
    items: [
      'Het voorzitterschap heeft de delegaties op 3 maart 2026 een vragenlijst toegezonden.',
      'Op 13 maart 2026 hadden 20 lidstaten geantwoord.',
      'Het COSI wordt verzocht nota te nemen van de antwoorden.',
    ],
  },
  pl: {
    kind: 'NOTA',
    from: 'prezydencja',
    subject: 'Bezpieczeństwo portów Unii – stan prac',
    items: [
      'Prezydencja przesłała delegacjom kwestionariusz w dniu 3 marca 2026 r.',
      'Do 13 marca 2026 r. odpowiedziało 20 państw członkowskich.',
      'COSI jest proszony o przyjęcie odpowiedzi do wiadomości.',
    ],
  },
  sk: {
    kind: 'POZNÁMKA',
    from: 'predsedníctvo',
    subject: 'Bezpečnosť prístavov Únie – aktuálny stav',
    items: [
      'Predsedníctvo 3. marca 2026 zaslalo delegáciám dotazník.',
      'Do 13. marca 2026 odpovedalo 20 členských štátov.',
      'Výbor COSI sa vyzýva, aby vzal odpovede na vedomie.',
    ],
  },
  sl: {
    kind: 'OPOMBA',
    from: 'predsedstvo',
    subject: 'Varnost pristanišč Unije – stanje',
    items: [
      'Predsedstvo je 3. marca 2026 delegacijam poslalo vprašalnik.',
      'Do 13. marca 2026 je odgovorilo 20 držav članic.',
      'Odbor COSI se poziva, naj se seznani z odgovori.',
    ],
  },
  sv: {
    kind: 'NOT',
    from: 'ordförandeskapet',
    subject: 'Säkerheten i unionens hamnar – lägesrapport',
    items: [
      'Ordförandeskapet sände den 3 mars 2026 delegationerna ett frågeformulär.',
      'Den 13 mars 2026 hade 20 medlemsstater svarat.',
      'Cosi uppmanas att notera svaren.',
    ],
  },
};

/**
 * The note's page as plain `pdftotext` prints it (the labels first, each cell after a blank line, each dash alone on
 * its line over its item) or as `-layout` does (the top's right column apart, each label beside its value, each dash
 * before its item), with the version's Council name, place and date, labels and recipient (the outcome fixture's); the
 * subject over the lines `subject` gives (its cell's lines, under one another in its column), the items as paragraphs
 * without their dashes where `dashed` is false.
 */
function page(language: string, note: Note, layout: boolean, subject: readonly string[] = [note.subject], dashed = true): string {
  const version = outcomes[language];
  if (version === undefined) throw new Error(language);
  const labels = [version.labels.from, version.labels.to, version.labels.subject].map((label) => `${label}:`);
  const right = (text: string) => (layout ? `${' '.repeat(52)}${text}` : text);
  const top = [version.institution, '', right(version.placeDate), right('(OR. en)'), right('7731/26'), right('LIMITE'), right('COSI 52'), '', note.kind, ''];
  if (layout)
    return [
      ...top,
      ...[note.from, version.to, subject[0]].map((value, index) => `${(labels[index] ?? '').padEnd(24)}${value ?? ''}`),
      ...subject.slice(1).map((line) => `${' '.repeat(24)}${line}`),
      '',
      ...note.items.flatMap((item) => [dashed ? `-       ${item}` : item, '']),
      `7731/26${' '.repeat(30)}KB/mk${' '.repeat(40)}1`,
      `JAI.1${' '.repeat(40)}LIMITE${' '.repeat(40)}${language.toUpperCase()}`,
      '',
    ].join('\n');
  return [
    ...top,
    ...labels.flatMap((label) => [label, '']),
    ...[note.from, version.to, subject.join('\n')].flatMap((value) => [value, '']),
    ...note.items.flatMap((item) => (dashed ? ['-', '', item, ''] : [item, ''])),
    ...plainFooter('7731/26', 'KB/mk', 'JAI.1', '1', language.toUpperCase()),
    '',
  ].join('\n');
}

/** The body's blocks: each block's list level and its text. */
function blocks(record: OkRecord): [number | null, string][] {
  return record.sections.flatMap((section) =>
    section.text.map((block): [number | null, string] => [block.list, block.inline.map((node) => ('value' in node ? node.value : '')).join('')]),
  );
}

/**
 * Where the body begins, in every shape: the first dash item opens it whatever word opens that item, being a whole
 * sentence right before the next dash item (`- На 3 март …`, `- Az elnökség …`, `- Ordförandeskapet sände …`,
 * `- Předsednictví dne …`, `- Prezydencja przesłała …`), also where a copy of plain `pdftotext` without its blank lines
 * prints each dash alone on a line over its item (`… – état des travaux` / `-` / `La présidence a transmis …`), so that
 * the subject ends at its own end, neither run on over the first items nor cut at the Union's name in the genitive
 * inside it (`Bezpečnost přístavů Unie – současný stav`, `Bezpieczeństwo portów Unii – stan prac`).
 */
describe.each(Object.entries(NOTES))('a note whose sender is printed in small letters over a dash list (%s)', (language, note) => {
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads the sender and recipient, the subject and the three items (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(page(language, note, layout), flat), `content/sources/note-${language}.txt`));
    expect([record.number, record.kind, record.from, record.to]).toEqual(['7731/26', 'note', note.from, outcomes[language]?.to]);
    expect([record.subject, blocks(record)]).toEqual([note.subject, note.items.map((item) => [0, item])]);
  });
});

/**
 * A Presidency note whose subject's cell wraps right before the Union's name in the genitive, so that its second line
 * opens with it (`… přístavů` / `Unie – současný stav`, `… Rady` / `Unii Europejskiej …`, `… van de Europese` / `Unie
 * …`), over paragraphs opening with a word no vocabulary of sentence openers holds (`Dne 3. března …`, `Dnia 3 marca …`,
 * `Op 3 maart …`, `Dana 3. ožujka …`), in the versions that print the Union's name so, written by hand. Where the page is
 * run into one line, copied out of a viewer or printed without its blank lines, the body's start is guessed at a
 * capital: never at the Union's name, a title's word (UNION_IN_TITLES of vocabulary.ts), so that the whole subject is
 * read and the first paragraph stays the body's (on a page run into one line the paragraphs are one: their ends are
 * not in the text).
 */
const UNION_SUBJECTS: Record<string, { subject: readonly [string, string]; note: Note }> = {
  cs: {
    subject: ['Zpráva o provádění závěrů Rady Evropské', 'Unie o bezpečnosti přístavů'],
    note: {
      ...NOTES.cs!,
      subject: 'Zpráva o provádění závěrů Rady Evropské Unie o bezpečnosti přístavů',
      items: [
        'Dne 3. března 2026 předsednictví zaslalo delegacím dotazník.',
        'Do 13. března 2026 odpovědělo 20 členských států.',
        'Výbor COSI se vyzývá, aby vzal odpovědi na vědomí.',
      ],
    },
  },
  sk: {
    subject: ['Posilnenie bezpečnosti prístavov', 'Únie – aktuálny stav'],
    note: {
      ...NOTES.sk!,
      subject: 'Posilnenie bezpečnosti prístavov Únie – aktuálny stav',
      items: [
        'Dňa 3. marca 2026 predsedníctvo zaslalo delegáciám dotazník.',
        'Do 13. marca 2026 odpovedalo 20 členských štátov.',
        'Výbor COSI sa vyzýva, aby vzal odpovede na vedomie.',
      ],
    },
  },
  pl: {
    subject: ['Sprawozdanie z wykonania konkluzji Rady', 'Unii Europejskiej w sprawie bezpieczeństwa portów'],
    note: {
      ...NOTES.pl!,
      subject: 'Sprawozdanie z wykonania konkluzji Rady Unii Europejskiej w sprawie bezpieczeństwa portów',
      items: [
        'Dnia 3 marca 2026 r. prezydencja przesłała delegacjom kwestionariusz.',
        'Do 13 marca 2026 r. odpowiedziało 20 państw członkowskich.',
        'COSI jest proszony o przyjęcie odpowiedzi do wiadomości.',
      ],
    },
  },
  nl: {
    subject: ['Verslag over de veiligheid van de havens van de Europese', 'Unie – stand van zaken'],
    note: {
      ...NOTES.nl!,
      subject: 'Verslag over de veiligheid van de havens van de Europese Unie – stand van zaken',
      items: [
        'Op 3 maart 2026 heeft het voorzitterschap de delegaties een vragenlijst toegezonden.',
        'Op 13 maart 2026 hadden 20 lidstaten geantwoord.',
        'Het COSI wordt verzocht nota te nemen van de antwoorden.',
      ],
    },
  },
  hr: {
    subject: ['Sigurnost luka', 'Unije – trenutačno stanje'],
    note: {
      ...NOTES.hr!,
      subject: 'Sigurnost luka Unije – trenutačno stanje',
      items: [
        'Dana 3. ožujka 2026. predsjedništvo je delegacijama poslalo upitnik.',
        'Do 13. ožujka 2026. odgovorilo je 20 država članica.',
        'COSI se poziva da primi na znanje odgovore.',
      ],
    },
  },
  sl: {
    subject: ['Varnost pristanišč', 'Unije – stanje'],
    note: {
      ...NOTES.sl!,
      subject: 'Varnost pristanišč Unije – stanje',
      items: [
        'Dne 3. marca 2026 je predsedstvo delegacijam poslalo vprašalnik.',
        'Do 13. marca 2026 je odgovorilo 20 držav članic.',
        'Odbor COSI se poziva, naj se seznani z odgovori.',
      ],
    },
  },
};

describe.each(Object.entries(UNION_SUBJECTS))('a note whose subject wraps before the Union’s name in the genitive (%s)', (language, { subject, note }) => {
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads the whole subject and the three paragraphs (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(page(language, note, layout, subject, false), flat), `content/sources/note-${language}.txt`));
    // a page run into one line keeps no paragraph's end: its paragraphs are one
    const paragraphs = flat === true ? [note.items.join(' ')] : note.items;
    expect([record.number, record.subject, blocks(record)]).toEqual(['7731/26', note.subject, paragraphs.map((text) => [null, text])]);
  });
});

/**
 * A Presidency note whose subject names the committee with a capital inside it after a word in small letters, as the
 * versions that capitalise a name's first word only print it (`Zpráva o činnosti Stálého výboru pro vnitřní bezpečnost`,
 * `Izvješće o radu Stalnog odbora za unutarnju sigurnost`), on one line or with its cell wrapped right before the name
 * (`Zpráva o činnosti` / `Stálého výboru …`), over paragraphs opening with a word no vocabulary of sentence openers
 * holds (`Dne 3. března …`, `Dana 3. ožujka …`), written by hand. Where no opener or mark shows the body's start it is
 * guessed at a capital after a word in small letters (body-start.ts guessedCapital): never at the name inside the
 * subject, so that the subject is read whole and the first paragraph stays the body's, in every shape (a page run into
 * one line keeps no paragraph's end: its paragraphs are one). So too where a name ends the subject right before the
 * body's first word (`… Bezpieczeństwa Wewnętrznego` / `Dnia 3 marca 2026 r. …`, `… tussen Europol en Eurojust` / `Op 3
 * maart 2026 …`, `… Europol ed Eurojust` / `Il 3 marzo 2026 …`, the agencies last in 11 versions): a capital after a
 * capitalised word goes on with a name where a cell wraps it (`… posiedzenia Stałego` / `Komitetu ds. …`), but a short
 * word, a date after it, then words in small letters open a sentence with its day.
 */
const NAMED_FR_ITEMS: Note['items'] = [
  'Le 3 mars 2026, la présidence a transmis un questionnaire aux délégations.',
  'Au 13 mars 2026, 20 États membres avaient répondu.',
  'Le COSI est invité à prendre note des réponses.',
];

/** Each case's version (its key's first two letters), subject, the word its cell wraps before (`wrapAt`, the name's first) and its paragraphs. */
const NAMED_SUBJECTS: Record<string, { subject: string; wrapAt?: number; items: Note['items'] }> = {
  cs: { subject: 'Zpráva o činnosti Stálého výboru pro vnitřní bezpečnost', wrapAt: 3, items: UNION_SUBJECTS.cs!.note.items },
  sk: { subject: 'Správa o činnosti Stáleho výboru pre vnútornú bezpečnosť', wrapAt: 3, items: UNION_SUBJECTS.sk!.note.items },
  hr: { subject: 'Izvješće o radu Stalnog odbora za unutarnju sigurnost', wrapAt: 3, items: UNION_SUBJECTS.hr!.note.items },
  sl: { subject: 'Poročilo o delu Stalnega odbora za notranjo varnost', wrapAt: 3, items: UNION_SUBJECTS.sl!.note.items },
  pl: { subject: 'Sprawozdanie z działalności Stałego Komitetu ds. Bezpieczeństwa Wewnętrznego', wrapAt: 3, items: UNION_SUBJECTS.pl!.note.items },
  nl: { subject: 'Verslag over de samenwerking tussen Europol en Eurojust', items: UNION_SUBJECTS.nl!.note.items },
  'cs, the agencies last': { subject: 'Zpráva o spolupráci mezi Europolem a Eurojustem', items: UNION_SUBJECTS.cs!.note.items },
  'sk, the agencies last': { subject: 'Správa o spolupráci medzi Europolom a Eurojustom', items: UNION_SUBJECTS.sk!.note.items },
  'hr, the agencies last': { subject: 'Izvješće o suradnji Europola i Eurojusta', items: UNION_SUBJECTS.hr!.note.items },
  'sl, the agencies last': { subject: 'Poročilo o sodelovanju med Europolom in Eurojustom', items: UNION_SUBJECTS.sl!.note.items },
  'bg, the agencies last': { subject: 'Доклад за сътрудничеството между Европол и Евроюст', items: NOTES.bg!.items },
  'da, the agencies last': {
    subject: 'Rapport om samarbejdet mellem Europol og Eurojust',
    items: [
      'Den 3. marts 2026 sendte formandskabet delegationerne et spørgeskema.',
      'Den 13. marts 2026 havde 20 medlemsstater svaret.',
      'COSI opfordres til at tage svarene til efterretning.',
    ],
  },
  'fr, the agencies last': { subject: 'Rapport sur la coopération entre Europol et Eurojust', items: NAMED_FR_ITEMS },
  'it, the agencies last': {
    subject: 'Relazione sulla cooperazione tra Europol ed Eurojust',
    items: [
      'Il 3 marzo 2026 la presidenza ha trasmesso un questionario alle delegazioni.',
      'Al 13 marzo 2026 avevano risposto 20 Stati membri.',
      'Il COSI è invitato a prendere atto delle risposte.',
    ],
  },
  'fr, a place and its date': {
    subject: 'Suivi de la réunion tenue à Metz 3 mars 2026 et de ses conclusions',
    items: NAMED_FR_ITEMS,
  },
  'et, the date first': {
    subject: 'Aruanne koostööst Europoli ja Eurojustiga',
    items: ['3. märtsil 2026 saatis eesistujariik delegatsioonidele küsimustiku.', NOTES.et!.items[1], NOTES.et!.items[2]],
  },
  'hu, the date first': {
    subject: 'Együttműködés az Europollal és az Eurojusttal',
    items: ['2026. március 3-án az elnökség kérdőívet küldött a delegációknak.', NOTES.hu!.items[1], NOTES.hu!.items[2]],
  },
  'lt, the date first': {
    subject: 'Bendradarbiavimas su Europolu ir Eurojustu',
    items: ['2026 m. kovo 3 d. pirmininkaujanti valstybė narė išsiuntė delegacijoms klausimyną.', NOTES.lt!.items[1], NOTES.lt!.items[2]],
  },
  'lv, the date first': {
    subject: 'Sadarbība ar Eiropolu un Eurojust',
    items: ['2026. gada 3. martā prezidentvalsts nosūtīja delegācijām aptaujas anketu.', NOTES.lv!.items[1], NOTES.lv!.items[2]],
  },
  'sv, the agencies last': {
    subject: 'Rapport om samarbetet mellan Europol och Eurojust',
    items: [
      'Den 3 mars 2026 sände ordförandeskapet delegationerna ett frågeformulär.',
      'Den 13 mars 2026 hade 20 medlemsstater svarat.',
      'Cosi uppmanas att notera svaren.',
    ],
  },
};

/**
 * SHORTFALL: the body opening with its date, no word before it (`3. märtsil 2026 saatis …`, `2026. március 3-án …`,
 * `2026 m. kovo 3 d. …`, `2026. gada 3. martā …`), right after a name ending the subject, where no blank line or dash
 * shows the body's start. In Estonian the subject is cut at the name after a word in small letters (`Aruanne
 * koostööst` / `Europoli ja Eurojustiga 3. märtsil …` as the first paragraph); in Hungarian, Lithuanian and Latvian the
 * first sentence is read into the subject (no capital opens it for the guess). Each entry is a case and a shape.
 */
const DATE_FIRST_NOT_READ = new Set([
  ...['plain pdftotext without its blank lines', 'plain pdftotext, the page run into one line', '-layout, the page run into one line'].map(
    (shape) => `et, the date first|${shape}`,
  ),
  ...['hu', 'lt', 'lv'].flatMap((language) =>
    [
      'plain pdftotext without its blank lines',
      'plain pdftotext, the page run into one line',
      '-layout, the page run into one line',
      'a viewer’s copy of the -layout page',
    ].map((shape) => `${language}, the date first|${shape}`),
  ),
]);

describe.each(Object.entries(NAMED_SUBJECTS))('a note whose subject prints a name after a word in small letters (%s)', (name, named) => {
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)(
    'reads the whole subject and the three paragraphs, on one line or wrapped before the name (%s)',
    (shape, layout, flat) => {
      const language = name.slice(0, 2);
      const note = { ...NOTES[language]!, subject: named.subject, items: named.items };
      const paragraphs = flat === true ? [note.items.join(' ')] : note.items;
      const read = (lines: readonly string[]) => {
        const record = expectOk(parseDocument(inShape(page(language, note, layout, lines, false), flat), `content/sources/note-${language}.txt`));
        return [record.number, record.subject, blocks(record)];
      };
      const stated = ['7731/26', named.subject, paragraphs.map((text) => [null, text])];
      const words = named.subject.split(' ');
      const wrapped = named.wrapAt === undefined ? [] : [[words.slice(0, named.wrapAt).join(' '), words.slice(named.wrapAt).join(' ')]];
      for (const lines of [[named.subject], ...wrapped])
        if (DATE_FIRST_NOT_READ.has(`${name}|${shape}`)) expect(read(lines)).not.toEqual(stated);
        else expect(read(lines)).toEqual(stated);
    },
  );
});
