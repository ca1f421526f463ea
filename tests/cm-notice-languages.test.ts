import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTER_LANGUAGES } from '../scripts/fetch/targets.ts';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { FORMAT, IN_PERSON, VIDEOCONFERENCE } from './support/notice-format.ts';
import { blocksPlain } from '../src/shared/source-text.ts';

/**
 * One COSI notice of meeting in each of the 24 official languages (tests/fixtures/cm-notice-languages/notices.json,
 * written by hand as the Council's versions print it), set in the shapes its text reaches the ingest in, and read back
 * to its number, date, kind, language, meeting day, subject, time, venue and items (each with its day and heading).
 */
interface Notice {
  institution: string;
  placeDate: string;
  communication: string;
  kind: string;
  labels: Record<'contact' | 'telFax' | 'subject' | 'date' | 'time' | 'venue', string>;
  subject: string;
  date: string;
  /** The date with the day of the week, as a version prints it. */
  dateWithWeekday: string;
  time: string;
  venue: string[];
  items: string[];
  /** The headings printed over the items: those for discussion (items 1 and 2), those for information (item 3). */
  headings: Record<'discussion' | 'information', string>;
  /** The note printed under the items for the item marked `(*)`: it will be discussed in restricted session. */
  restrictedNote: string;
  /** The word printed between the last two documents of a list (`5512/26 and 5513/26`). */
  and: string;
  /** Where item 2's documents are two, listed as the version lists them. */
  documents?: string;
  /** Where item 3 is a possible item: the mark printed before its title (`(poss.)`). */
  possible?: string;
  /** Where item 2 is marked: the mark after its title as printed (` (*)`, `*`, …) and the mark opening its note under the items. */
  marked?: { call: string; note: string };
  /** Two sub-points a version may print under item 3 (`a) State of play`, `b) Way forward`). */
  points: [string, string];
  /** Where the notice prints the meeting's format under the venue: the label as the version prints it and the value. */
  format?: { label: string; value: string };
  /** Where the notice prints a second `Time:` row and a second `Venue:` row under the venue (a meeting on two days, in two places). */
  second?: { time: string; venue: string[] };
  /** The parts of the meeting a version may print over its items: the session joint with SCIFA, the restricted session. */
  sessions: Record<'joint' | 'restricted', string>;
  /** Where a sub-point of item 3 is marked: which (0 for `a)`, 1 for `b)`), the mark after its title and the mark opening its note. */
  markedPoint?: { point: 0 | 1; call: string; note: string };
  /** Where item 2 (and sub-point b) of item 3) is marked before its title: the mark as printed (`(*) `, `* `) and the mark opening its note. */
  markedBefore?: { call: string; note: string; point: boolean };
  /** Where item 3's sub-points are printed, and point a) has points of its own numbered `i.`, `ii.` (the titles of items 1 and 2). */
  subPoints?: { roman: boolean; after?: string };
  /** Where a row without a number is planned after item 2 beside its time slot (`13.00 – 14.30  Lunch`): its title. */
  lunch?: string;
  /** Where item 3 is listed pro memoria: the mark, and where it stands: before or after the title, or alone on the line under it. */
  proMemoria?: { mark: string; where: 'before' | 'after' | 'line' };
}

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

const NUMBER = 'CM 1204/26';
const CONTACT = 'cosi@consilium.europa.eu';
const TEL_FAX = '+32 2 281 12 34';
const DOCUMENT = '5512/26';

/** The labels of the header table and their values, each value as its lines. */
function rows(notice: Notice): [string, string[]][] {
  const { labels } = notice;
  return [
    [labels.contact, [CONTACT]],
    [labels.telFax, [TEL_FAX]],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.time, [notice.time]],
    [labels.venue, notice.venue],
    // a second hour and venue, where the notice prints them
    ...(notice.second === undefined
      ? []
      : ([
          [labels.time, [notice.second.time]],
          [labels.venue, notice.second.venue],
        ] as [string, string[]][])),
    // the meeting's format under the venue, where the notice prints it (`Format: 1`)
    ...(notice.format === undefined ? [] : ([[notice.format.label, [notice.format.value]]] as [string, string[]][])),
  ];
}

/** The page's top above the header table: the Council's name, place and date, number and codes, the communication and kind lines. */
function top(notice: Notice, layout: boolean): string[] {
  const right = (text: string) => (layout ? `${' '.repeat(48)}${text}` : text);
  return [
    notice.institution,
    '',
    right(notice.placeDate),
    right(NUMBER),
    '',
    right('COSI'),
    right('JAI'),
    right('ENFOPOL'),
    '',
    notice.communication,
    '',
    notice.kind,
    '',
  ];
}

/**
 * The agenda: three numbered items, the second with the document it is on, under the day each part is planned on and
 * the heading of its items (for discussion above item 1, for information above item 3).
 */
function agenda(notice: Notice, indent: string, days: readonly [string, string]): string[] {
  const [first = '', second = '', third = ''] = notice.items;
  const [firstDay, secondDay] = days;
  const { marked, markedBefore, proMemoria } = notice;
  const under = ' '.repeat(2 + indent.length);
  const remembered = (where: 'before' | 'after') => (proMemoria?.where === where ? proMemoria.mark : '');
  return [
    firstDay,
    '',
    notice.headings.discussion,
    '',
    `1.${indent}${first}`,
    '',
    `2.${indent}${markedBefore?.call ?? ''}${second}${marked?.call ?? ''}`,
    `${under}${notice.documents ?? DOCUMENT}`,
    ...(notice.lunch === undefined ? [] : ['', `13.00 – 14.30${indent}${notice.lunch}`]),
    '',
    secondDay,
    '',
    notice.headings.information,
    '',
    `3.${indent}${notice.possible === undefined ? '' : `${notice.possible} `}${remembered('before') === '' ? '' : `${remembered('before')} `}${third}${remembered('after') === '' ? '' : ` ${remembered('after')}`}`,
    ...(proMemoria?.where === 'line' ? [`${under}${proMemoria.mark}`] : []),
    // its sub-points, one marked for the note under the items
    ...(notice.markedPoint === undefined && markedBefore?.point !== true && notice.subPoints === undefined
      ? []
      : notice.points.flatMap((title, index) => [
          `${under}${'ab'[index]}) ${index === 1 && markedBefore?.point === true ? markedBefore.call : ''}${title}${notice.markedPoint?.point === index ? notice.markedPoint.call : ''}`,
          // point a)'s own points
          ...(index === 0 && notice.subPoints?.roman === true ? [`${under}   i. ${first}`, `${under}   ii. ${second}`] : []),
        ])),
    // a line of text under the item's points, apart from them by a blank line
    ...(notice.subPoints?.after === undefined ? [] : ['', `${under}${notice.subPoints.after}`]),
    // the note on the item marked, under the last item
    ...[marked, notice.markedPoint, markedBefore].flatMap((mark) => (mark === undefined ? [] : ['', '', `${mark.note} ${notice.restrictedNote}`])),
  ];
}

/** The marks a word processor prints after a title and before its note: bracketed, glued, apart, closing bracket, two stars. */
const MARKS = [
  { call: ' (*)', note: '(*)' },
  { call: '*', note: '*' },
  { call: '(*)', note: '(*)' },
  { call: ' *)', note: '*)' },
  { call: ' (**)', note: '(**)' },
];

/**
 * The days the agenda is planned on, as the version prints them: the meeting's day above item 1 (as the header prints
 * it: `Dienstag, 17. Februar 2026` where the date is printed with its weekday), the next day without its weekday above item 3.
 */
function agendaDays(notice: Notice, language: string): [string, string] {
  return [notice.date, (notices[language]?.date ?? '').replace('17', '18')];
}

/** The footer of the page as plain `pdftotext` prints it: number, page and language apart. */
function footer(language: string): string[] {
  return ['', NUMBER, '', '1', '', language.toUpperCase(), ''];
}

/**
 * The shapes: what `pdftotext -layout` prints of the header table, what plain `pdftotext` prints (a column of labels,
 * then a column of values), and the page flattened to one line (its day headings and item headings run in before the items' numbers).
 */
const SHAPES: Record<string, (notice: Notice, language: string) => string> = {
  layout: (notice, language) =>
    [
      ...top(notice, true),
      ...rows(notice).flatMap(([label, lines]) => lines.map((line, index) => `${(index === 0 ? `${label}:` : '').padEnd(24)}${line}`)),
      '',
      '',
      ...agenda(notice, '      ', agendaDays(notice, language)),
      '',
      `${NUMBER}${' '.repeat(60)}1`,
      `${' '.repeat(70)}${language.toUpperCase()}`,
    ].join('\n'),
  'labels first': (notice, language) =>
    [
      ...top(notice, false),
      ...rows(notice).map(([label]) => `${label}:`),
      '',
      ...rows(notice).flatMap(([, lines]) => lines),
      '',
      ...agenda(notice, ' ', agendaDays(notice, language)),
      ...footer(language),
    ].join('\n'),
  flattened: (notice, language) =>
    [
      '1',
      ...top(notice, false),
      ...rows(notice).flatMap(([label, lines]) => [`${label}:`, ...lines]),
      ...agenda(notice, ' ', agendaDays(notice, language)),
      NUMBER,
      '1',
      language.toUpperCase(),
    ]
      .filter((line) => line !== '')
      .map((line) => line.trim())
      .join(' ')
      .concat('\n'),
};

/** The shapes again with the meeting's date printed with its day of the week (`Dienstag, 17. Februar 2026`, `2026. február 17., kedd`). */
const WITH_WEEKDAY: Record<string, (notice: Notice, language: string) => string> = Object.fromEntries(
  Object.entries(SHAPES).map(([shape, print]) => [
    `${shape}, the date with its weekday`,
    (notice: Notice, language: string) => print({ ...notice, date: notice.dateWithWeekday }, language),
  ]),
);

/** A kind line the vocabulary does not know, printed under the communication's line: an invitation to an informal videoconference. */
const UNKNOWN_KINDS: Readonly<Record<string, string>> = {
  bg: 'ПОКАНА ЗА НЕОФИЦИАЛНА ВИДЕОКОНФЕРЕНЦИЯ',
  cs: 'POZVÁNKA NA NEFORMÁLNÍ VIDEOKONFERENCI',
  da: 'INDBYDELSE TIL EN UFORMEL VIDEOKONFERENCE',
  de: 'EINLADUNG ZU EINER INFORMELLEN VIDEOKONFERENZ',
  el: 'ΠΡΟΣΚΛΗΣΗ ΣΕ ΑΝΕΠΙΣΗΜΗ ΤΗΛΕΔΙΑΣΚΕΨΗ',
  en: 'INVITATION TO AN INFORMAL VIDEOCONFERENCE',
  es: 'INVITACIÓN A UNA VIDEOCONFERENCIA INFORMAL',
  et: 'KUTSE MITTEAMETLIKULE VIDEOKONVERENTSILE',
  fi: 'KUTSU EPÄVIRALLISEEN VIDEOKONFERENSSIIN',
  fr: 'INVITATION À UNE VIDÉOCONFÉRENCE INFORMELLE',
  ga: 'CUIREADH CHUIG FÍSCHOMHDHÁIL NEAMHFHOIRMIÚIL',
  hr: 'POZIV NA NEFORMALNU VIDEOKONFERENCIJU',
  hu: 'MEGHÍVÓ INFORMÁLIS VIDEOKONFERENCIÁRA',
  it: 'INVITO A UNA VIDEOCONFERENZA INFORMALE',
  lt: 'KVIETIMAS Į NEFORMALIĄ VAIZDO KONFERENCIJĄ',
  lv: 'UZAICINĀJUMS UZ NEFORMĀLU VIDEOKONFERENCI',
  mt: 'STEDINA GĦAL VIDJOKONFERENZA INFORMALI',
  nl: 'UITNODIGING VOOR EEN INFORMELE VIDEOCONFERENTIE',
  pl: 'ZAPROSZENIE NA NIEFORMALNĄ WIDEOKONFERENCJĘ',
  pt: 'CONVITE PARA UMA VIDEOCONFERÊNCIA INFORMAL',
  ro: 'INVITAȚIE LA O VIDEOCONFERINȚĂ INFORMALĂ',
  sk: 'POZVÁNKA NA NEFORMÁLNU VIDEOKONFERENCIU',
  sl: 'VABILO NA NEFORMALNO VIDEOKONFERENCO',
  sv: 'INBJUDAN TILL EN INFORMELL VIDEOKONFERENS',
};

describe('a CM notice whose kind line under the communication’s line is none the vocabulary knows', () => {
  for (const shape of ['layout', 'labels first', 'flattened'])
    for (const [language, notice] of Object.entries(notices))
      it(`${shape}: reads the ${language} notice as a notice of meeting, its items planned`, () => {
        const kind = UNKNOWN_KINDS[language] ?? '';
        const record = expectOk(parseDocument(SHAPES[shape]?.({ ...notice, kind }, language) ?? '', `cm-${language}.txt`));
        // a page run into one line prints the two lines as one: the kind line as printed holds both
        const flat = shape === 'flattened';
        expect({
          kind: record.kind,
          printed: record.printed?.kind,
          communication: flat || record.otherHeaderLines.includes(notice.communication),
          meeting: record.meeting?.dates,
          planned: record.planned?.map((item) => item.title),
        }).toEqual({
          kind: 'notice-of-meeting',
          printed: flat ? `${notice.communication} ${kind}` : kind,
          communication: true,
          meeting: ['2026-02-17'],
          planned: notice.items,
        });
      });
});

describe('a CM notice of meeting in each official language', () => {
  it('covers the 24 official languages', () => {
    expect(Object.keys(notices).sort()).toEqual([...REGISTER_LANGUAGES].sort());
  });

  for (const [shape, print] of Object.entries({ ...SHAPES, ...WITH_WEEKDAY })) {
    describe(shape, () => {
      for (const [language, notice] of Object.entries(notices)) {
        it(`reads the ${language} notice's header and agenda`, () => {
          const record = expectOk(parseDocument(print(notice, language), `cm-${language}.txt`));
          const venue = notice.venue.join(' ');
          expect({
            number: record.number,
            date: record.date,
            language: record.language,
            kind: record.kind,
            codes: record.codes,
            meeting: record.meeting?.dates,
            subject: record.subject,
            // the hour and venue are the meeting's, their labels as printed, no longer header lines of their own
            time: [record.printed?.labels.time, record.meeting?.time],
            venue: [record.printed?.labels.venue, record.meeting?.venue],
            rows: record.otherHeaderLines.filter((line) => line.startsWith(`${notice.labels.time}:`) || line.startsWith(`${notice.labels.venue}:`)),
            contact: record.otherHeaderLines.filter((line) => line.includes(CONTACT) || line.includes(TEL_FAX)),
            // a page run into one line is cut into the same items, under the same days and headings
            planned: record.planned?.map((item) => [item.number, item.title, item.references, item.day, item.section]),
          }).toEqual({
            number: NUMBER,
            date: '2026-02-03',
            language,
            kind: 'notice-of-meeting-and-provisional-agenda',
            codes: ['COSI', 'JAI', 'ENFOPOL'],
            meeting: ['2026-02-17'],
            subject: notice.subject,
            time: [`${notice.labels.time}:`, notice.time],
            venue: [`${notice.labels.venue}:`, venue],
            rows: [],
            contact: [`${notice.labels.contact}: ${CONTACT}`, `${notice.labels.telFax}: ${TEL_FAX}`],
            planned: notice.items.map((title, index) => [
              String(index + 1),
              title,
              index === 1 ? [DOCUMENT] : [],
              index < 2 ? '2026-02-17' : '2026-02-18',
              index < 2 ? notice.headings.discussion : notice.headings.information,
            ]),
          });
        });
      }
    });
  }

  // Plain pdftotext may print a notice's footer in two pieces, its number before the page's last row of items and its
  // page and language at the page's end; a page run into one line keeps them apart (`… CM 1204/26 3. AOB 1 EN`).
  describe('a page run into one line with its footer in two pieces', () => {
    for (const [language, notice] of Object.entries(notices)) {
      it(`reads the ${language} notice's items without the footer's pieces`, () => {
        const flat = SHAPES['flattened']?.(notice, language) ?? '';
        const end = ` ${NUMBER} 1 ${language.toUpperCase()}\n`;
        expect(flat.endsWith(end)).toBe(true);
        const last = flat.lastIndexOf(' 3. ');
        const split = `${flat.slice(0, last)} ${NUMBER}${flat.slice(last, -end.length)} 1 ${language.toUpperCase()}\n`;
        const record = expectOk(parseDocument(split, `cm-${language}.txt`));
        expect(record.planned?.map((item) => [item.number, item.title, item.references, item.day])).toEqual(
          notice.items.map((title, index) => [String(index + 1), title, index === 1 ? [DOCUMENT] : [], index < 2 ? '2026-02-17' : '2026-02-18']),
        );
        expect(record.references.map((reference) => reference.id)).toEqual([DOCUMENT]);
      });
    }
  });

  // A LIMITE notice prints LIMITE under its number and in its footer's second row before the language (`CM 1420/25` /
  // `1`, then `LIMITE` / `DE`, as council-pdf-lo/cm-notice-public-de prints it): the marking is the record's, and no
  // piece of the footer stays in the last item's title, in each shape and with the page run into one line
  // (`… 3. Sonstiges CM 1204/26 1 LIMITE DE`), where before the footer stayed in the title.
  describe('a LIMITE notice, LIMITE under its number and before the language in its footer', () => {
    /** The shape's text with LIMITE under the number and before the footer's language, as each shape prints them. */
    function limite(text: string, shape: string, language: string): string {
      const code = language.toUpperCase();
      if (shape === 'flattened') {
        const end = ` ${NUMBER} 1 ${code}\n`;
        expect(text.endsWith(end)).toBe(true);
        return `${text.replace(`${NUMBER} COSI`, `${NUMBER} LIMITE COSI`).slice(0, -end.length)} ${NUMBER} 1 LIMITE ${code}\n`;
      }
      const lines = text.split('\n');
      const number = lines.findIndex((line) => line.trim() === NUMBER);
      lines.splice(number + 1, 0, lines[number]?.replace(NUMBER, 'LIMITE') ?? '');
      const last = lines.lastIndexOf(shape === 'layout' ? `${' '.repeat(70)}${code}` : code);
      lines[last] = shape === 'layout' ? `${' '.repeat(40)}LIMITE${' '.repeat(24)}${code}` : `LIMITE\n\n${code}`;
      return lines.join('\n');
    }
    for (const shape of ['layout', 'labels first', 'flattened'])
      for (const [language, notice] of Object.entries(notices))
        it(`${shape}: reads the ${language} notice as LIMITE, its items without the footer`, () => {
          const text = limite(SHAPES[shape]?.(notice, language) ?? '', shape, language);
          expect(text.match(/LIMITE/g)).toHaveLength(2);
          const record = expectOk(parseDocument(text, `cm-${language}.txt`));
          expect({
            limite: record.limite,
            subject: record.subject,
            planned: record.planned?.map((item) => [item.number, item.title]),
          }).toEqual({
            limite: true,
            subject: notice.subject,
            planned: notice.items.map((title, index) => [String(index + 1), title]),
          });
        });
  });

  // Plain pdftotext prints the column of labels before the column of values (`labels first`): the venue's three lines
  // and the format's one are the venue's but the last, also where the format's word is in small letters under the
  // address (`Rue de la Loi 175, 1048 Brussels` / `videoconference`, no continuation of it). A format printed as a figure
  // alone on its line under the labels' column (`1`) is read as a page number: that shape is left aside for it. The
  // word in small letters on plain pdftotext's page run into one line (`… 1048 Brussels videoconference 1. …`) is read
  // in tests/notice-format-texts.test.ts.
  const FORMAT_CASES = [
    { value: (language: string) => IN_PERSON[language] ?? '', shapes: ['labels first', 'layout', 'flattened'] },
    { value: () => '1', shapes: ['layout', 'flattened'] },
    { value: (language: string) => VIDEOCONFERENCE[language] ?? '', shapes: ['labels first', 'layout', 'flattened'] },
  ];
  describe('the meeting’s format printed under a venue over three lines, in words and as a figure', () => {
    for (const [language, notice] of Object.entries(notices)) {
      for (const { value, shapes } of FORMAT_CASES) {
        for (const shape of shapes) {
          it(`reads the ${language} notice's \`${FORMAT[language] ?? ''}: ${value(language)}\` as the meeting's format, the time and venue whole (${shape})`, () => {
            const format = { label: FORMAT[language] ?? '', value: value(language) };
            const record = expectOk(parseDocument(SHAPES[shape]?.({ ...notice, format }, language) ?? '', `cm-${language}.txt`));
            const labelled = (label: string) => record.otherHeaderLines.find((line) => line.startsWith(`${label}:`));
            // the format is the meeting's, its label as printed, and no header line of its own any more
            expect([record.meeting?.time, record.meeting?.venue, record.meeting?.format, record.printed?.labels.format, labelled(format.label)]).toEqual([
              notice.time,
              notice.venue.join(' '),
              format.value,
              `${format.label}:`,
              undefined,
            ]);
            expect(record.planned?.map((item) => item.title)).toEqual(notice.items);
          });
        }
      }
    }
  });

  /**
   * A meeting on two days in two places: a second `Time:` row (the version's hour at 14.00: `14.00 ч.`, `kl. 14.00`, `14 h
   * 00`) and a second `Venue:` row (the Justus Lipsius building, its lines as the version prints the Europa building's)
   * under the venue. Each field holds both values, in order, apart by a semicolon; no row stays a header line.
   */
  describe('a second Time: and Venue: row under the venue', () => {
    for (const [language, notice] of Object.entries(notices)) {
      const second = {
        time: notice.time.replace('10', '14'),
        venue: notice.venue.map((line) => line.replace(/EUROPA|Europa/u, 'JUSTUS LIPSIUS').replace('175', '175A')),
      };
      for (const shape of ['layout', 'labels first', 'flattened']) {
        it(`reads the ${language} notice's two hours and two venues into its meeting (${shape})`, () => {
          const record = expectOk(parseDocument(SHAPES[shape]?.({ ...notice, second }, language) ?? '', `cm-${language}.txt`));
          const { labels } = notice;
          expect({
            time: record.meeting?.time,
            venue: record.meeting?.venue,
            lines: record.otherHeaderLines.filter((line) => line.startsWith(`${labels.time}:`) || line.startsWith(`${labels.venue}:`)),
            planned: record.planned?.map((item) => item.title),
          }).toEqual({
            time: `${notice.time}; ${second.time}`,
            venue: `${notice.venue.join(' ')}; ${second.venue.join(' ')}`,
            lines: [],
            planned: notice.items,
          });
        });
      }
    }
  });

  describe('the parts of the meeting printed over the items', () => {
    for (const [language, notice] of Object.entries(notices)) {
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's joint session (\`${notice.sessions.joint}\`) over items 1 and 2 and its restricted session over item 3 (${shape})`, () => {
          // the parts printed where the headings of the items stand, as a notice prints them over its items
          const parts = { discussion: notice.sessions.joint, information: notice.sessions.restricted };
          const record = expectOk(parseDocument(print({ ...notice, headings: parts }, language), `cm-${language}.txt`));
          expect(record.planned?.map((item) => [item.number, item.title, item.day, item.section])).toEqual([
            ['1', notice.items[0], '2026-02-17', parts.discussion],
            ['2', notice.items[1], '2026-02-17', parts.discussion],
            ['3', notice.items[2], '2026-02-18', parts.information],
          ]);
        });
      }
    }
  });

  /**
   * The joint session as a version may word it with the committees' names declined (articles or prepositions before
   * them, endings joined to them, the names before the words in the languages that put the genitive first).
   */
  const DECLINED: Record<string, string> = {
    bg: 'Съвместно заседание на COSI и SCIFA',
    cs: 'Společné zasedání COSI a SCIFA',
    da: 'Fælles møde mellem COSI og SCIFA',
    de: 'Gemeinsame Sitzung des COSI und des SAEGA',
    el: 'Κοινή συνεδρίαση της COSI και της SCIFA',
    en: 'Joint session of COSI and SCIFA',
    es: 'Sesión conjunta del COSI y el CEIFA',
    et: 'COSI ja SCIFA ühisistung',
    fi: 'COSI:n ja SCIFA:n yhteinen kokous',
    fr: 'Réunion conjointe du COSI et du CSIFA',
    hr: 'Zajednička sjednica COSI-ja i SCIFA-e',
    hu: 'A COSI és a SCIFA közös ülése',
    it: 'Sessione congiunta del COSI e del CSIFA',
    lt: 'COSI ir SCIFA bendras posėdis',
    lv: 'COSI un SCIFA kopīgā sanāksme',
    mt: 'Sessjoni konġunta tal-COSI u tas-SCIFA',
    nl: 'Gezamenlijke vergadering van het COSI en het SCIFA',
    pl: 'Wspólne posiedzenie COSI i SCIFA',
    pt: 'Reunião conjunta do COSI e do CEIFA',
    ro: 'Reuniunea comună a COSI și SCIFA',
    sk: 'Spoločné zasadnutie COSI a SCIFA',
    sl: 'Skupna seja COSI in SCIFA',
    sv: 'COSI:s och SCIFA:s gemensamma möte',
  };

  /** The joint session as a version may word it with its word for "the committees" before or after their names. */
  const WITH_COMMITTEES: Record<string, string> = {
    bg: 'Съвместно заседание на комитетите COSI и SCIFA',
    cs: 'Společné zasedání výborů COSI a SCIFA',
    da: 'Fælles møde mellem udvalgene COSI og SCIFA',
    de: 'Gemeinsame Sitzung der Ausschüsse COSI und SAEGA',
    el: 'Κοινή συνεδρίαση των επιτροπών COSI και SCIFA',
    en: 'Joint session of the committees COSI and SCIFA',
    es: 'Reunión conjunta de los comités COSI y CEIFA',
    fr: 'Réunion conjointe des comités COSI et CSIFA',
    hr: 'Zajednička sjednica odbora COSI i SCIFA',
    hu: 'A COSI és a SCIFA bizottság közös ülése',
    it: 'Riunione congiunta dei comitati COSI e CSIFA',
    lt: 'COSI ir SCIFA komitetų bendras posėdis',
    lv: 'COSI un SCIFA komiteju kopīgā sanāksme',
    mt: 'Laqgħa konġunta tal-kumitati COSI u SCIFA',
    nl: 'Gezamenlijke vergadering van de comités COSI en SCIFA',
    pl: 'Wspólne posiedzenie komitetów COSI i SCIFA',
    pt: 'Reunião conjunta dos comités COSI e CEIFA',
    ro: 'Reuniunea comună a comitetelor COSI și SCIFA',
    sk: 'Spoločné zasadnutie výborov COSI a SCIFA',
    sl: 'Skupna seja odborov COSI in SCIFA',
    sv: 'Gemensamt möte mellan kommittéerna COSI och SCIFA',
  };

  describe.each([
    ['whose committees the version declines', DECLINED],
    ['with the version’s word for the committees', WITH_COMMITTEES],
  ])('a joint session %s, printed over the items', (_wording, wordings) => {
    for (const [language, notice] of Object.entries(notices)) {
      const joint = wordings[language];
      if (joint === undefined) continue;
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's \`${joint}\` over items 1 and 2 (${shape})`, () => {
          const parts = { discussion: joint, information: notice.sessions.restricted };
          const record = expectOk(parseDocument(print({ ...notice, headings: parts }, language), `cm-${language}.txt`));
          expect(record.planned?.map((item) => [item.number, item.title, item.day, item.section])).toEqual([
            ['1', notice.items[0], '2026-02-17', joint],
            ['2', notice.items[1], '2026-02-17', joint],
            ['3', notice.items[2], '2026-02-18', parts.information],
          ]);
        });
      }
    }
  });

  describe('an item marked for the note printed under the items', () => {
    Object.entries(notices).forEach(([language, notice], index) => {
      const marked = MARKS[index % MARKS.length] ?? { call: ' (*)', note: '(*)' };
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's item ${marked.call.trim()} without its mark, calling the note, the last item without the note (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, marked }, language), `cm-${language}.txt`));
          const mark = marked.note.replace(/[()]/g, '');
          expect(record.planned?.map((item) => [item.title, item.notes, item.text])).toEqual([
            [notice.items[0], [], ''],
            [notice.items[1], [{ mark, text: notice.restrictedNote }], ''],
            [notice.items[2], [], ''],
          ]);
          expect(record.items.map((item) => item.titleFootnotes)).toEqual([[], ['asterisk'.concat(mark.length > 1 ? String(mark.length) : '')], []]);
          expect(record.footnotes.map((footnote) => [footnote.mark, blocksPlain(footnote.text)])).toEqual([[mark, notice.restrictedNote]]);
          expect(record.sections.flatMap((section) => blocksPlain(section.text))).not.toContain(notice.restrictedNote);
        });
      }
    });
  });

  describe('a sub-point marked for the note printed under the items', () => {
    Object.entries(notices).forEach(([language, notice], index) => {
      const { call, note } = MARKS[index % MARKS.length] ?? { call: ' (*)', note: '(*)' };
      const point = index % 2 === 0 ? 0 : 1;
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's point ${'ab'[point]}) ${call.trim()} without its mark, calling the note (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, markedPoint: { point, call, note } }, language), `cm-${language}.txt`));
          const mark = note.replace(/[()]/g, '');
          const label = 'asterisk'.concat(mark.length > 1 ? String(mark.length) : '');
          const notes = [{ mark, text: notice.restrictedNote }];
          expect(record.planned?.map((item) => [item.title, item.notes, item.points.map((sub) => [sub.label, sub.title, sub.notes]), item.text])).toEqual([
            [notice.items[0], [], [], ''],
            [notice.items[1], [], [], ''],
            [
              notice.items[2],
              [],
              [
                ['a', notice.points[0], point === 0 ? notes : []],
                ['b', notice.points[1], point === 1 ? notes : []],
              ],
              '',
            ],
          ]);
          // the document page's item 3 prints the point without its mark, the call of the note after it
          const lines = (record.items[2]?.text ?? []).map((block) =>
            block.inline.map((part) => (part.type === 'footnote' ? `[^${part.label}]` : part.value)).join(''),
          );
          expect(lines).toEqual(['a) ', 'b) '].map((letter, at) => `${letter}${notice.points[at] ?? ''}${at === point ? `[^${label}]` : ''}`));
          expect(record.footnotes.map((footnote) => [footnote.label, footnote.mark, blocksPlain(footnote.text)])).toEqual([
            [label, mark, notice.restrictedNote],
          ]);
          expect(record.sections.flatMap((section) => blocksPlain(section.text))).not.toContain(notice.restrictedNote);
        });
      }
    });
  });

  /**
   * The mark of a possible item as versions print it before the title, whole or cut short in brackets: the words the
   * parser lists and, for the others, the shape (a word in lower case cut short, `(ewent.)`, `(ενδεχ.)`).
   */
  const POSSIBLE: Record<string, string> = {
    bg: '(евент.)',
    cs: '(příp.)',
    da: '(evt.)',
    de: '(ggf.)',
    el: '(ενδεχ.)',
    en: '(poss.)',
    es: '(posiblemente)',
    fi: '(mahd.)',
    fr: '(évent.)',
    hu: '(esetleg)',
    it: '(event.)',
    lv: '(iesp.)',
    nl: '(evt.)',
    pl: '(ewent.)',
    pt: '(event.)',
    ro: '(event.)',
    sk: '(príp.)',
    sv: '(ev.)',
  };

  /** The marks a word processor prints before a title, and before its note: bracketed, bare, two stars. */
  const MARKS_BEFORE = [
    { call: '(*) ', note: '(*)' },
    { call: '* ', note: '*' },
    { call: '(**) ', note: '(**)' },
    { call: '** ', note: '**' },
    // glued to the title, as a word processor's text may print a bracketed mark
    { call: '(*)', note: '(*)' },
    { call: '(**)', note: '(**)' },
  ];

  describe('an item and a sub-point marked before their titles for the note printed under the items', () => {
    Object.entries(notices).forEach(([language, notice], index) => {
      const { call, note } = MARKS_BEFORE[index % MARKS_BEFORE.length] ?? { call: '(*) ', note: '(*)' };
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's item 2 and point 3 b) \`${call.trim()}\` without the mark, each calling the note (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, markedBefore: { call, note, point: true } }, language), `cm-${language}.txt`));
          const mark = note.replace(/[()]/g, '');
          const label = 'asterisk'.concat(mark.length > 1 ? String(mark.length) : '');
          const notes = [{ mark, text: notice.restrictedNote }];
          expect(
            record.planned?.map((item) => [item.title, item.notes, item.references, item.points.map((sub) => [sub.label, sub.title, sub.notes]), item.text]),
          ).toEqual([
            [notice.items[0], [], [], [], ''],
            [notice.items[1], notes, [DOCUMENT], [], ''],
            [
              notice.items[2],
              [],
              [],
              [
                ['a', notice.points[0], []],
                ['b', notice.points[1], notes],
              ],
              '',
            ],
          ]);
          expect(record.items.map((item) => [item.title, item.titleFootnotes])).toEqual([
            [notice.items[0], []],
            [notice.items[1], [label]],
            [notice.items[2], []],
          ]);
          // the document page prints the point without its mark, the call of the note after it
          const lines = (record.items[2]?.text ?? []).map((block) =>
            block.inline.map((part) => (part.type === 'footnote' ? `[^${part.label}]` : part.value)).join(''),
          );
          expect(lines).toEqual([`a) ${notice.points[0]}`, `b) ${notice.points[1]}[^${label}]`]);
          expect(record.footnotes.map((footnote) => [footnote.label, footnote.mark, blocksPlain(footnote.text)])).toEqual([
            [label, mark, notice.restrictedNote],
          ]);
        });
      }
    });
  });

  /** The marks of an item listed pro memoria: `(p.m.)` before or after its title, bare, alone under the title, written out. */
  const PRO_MEMORIA: { mark: string; where: 'before' | 'after' | 'line' }[] = [
    { mark: '(p.m.)', where: 'before' },
    { mark: '(p.m.)', where: 'after' },
    { mark: 'p.m.', where: 'line' },
    { mark: 'p.m.', where: 'before' },
    { mark: '(P.M.)', where: 'after' },
    { mark: '(pro memoria)', where: 'before' },
  ];

  /**
   * The mark of an item listed pro memoria written out as a version writes the Latin phrase: in French, Italian, Spanish,
   * Portuguese and Dutch their own words, in the other versions the Latin itself; in brackets, bare, in capitals.
   */
  const WRITTEN_OUT: Record<string, string> = { fr: 'pour mémoire', it: 'per memoria', es: 'para memoria', pt: 'para memória', nl: 'pro memorie' };

  describe('an item listed pro memoria, the mark written out', () => {
    Object.entries(notices).forEach(([language, notice], index) => {
      const words = WRITTEN_OUT[language] ?? 'pro memoria';
      const forms: { mark: string; where: 'before' | 'after' | 'line' }[] = [
        { mark: `(${words})`, where: index % 2 === 0 ? 'after' : 'before' },
        { mark: `(${words.toUpperCase()})`, where: 'after' },
        { mark: words, where: 'line' },
      ];
      for (const proMemoria of forms)
        for (const [shape, print] of Object.entries(SHAPES)) {
          it(`reads the ${language} notice's item 3 \`${proMemoria.mark}\` (${proMemoria.where}) as listed pro memoria, its title without the mark (${shape})`, () => {
            const record = expectOk(parseDocument(print({ ...notice, proMemoria }, language), `cm-${language}.txt`));
            expect(record.planned?.map((item) => [item.title, item.proMemoria, item.possible, item.text])).toEqual([
              [notice.items[0], false, false, ''],
              [notice.items[1], false, false, ''],
              [notice.items[2], true, false, ''],
            ]);
          });
        }
    });
  });

  describe('an item listed pro memoria', () => {
    Object.entries(notices).forEach(([language, notice], index) => {
      const proMemoria = PRO_MEMORIA[index % PRO_MEMORIA.length] ?? { mark: '(p.m.)', where: 'before' };
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's item 3 \`${proMemoria.mark}\` (${proMemoria.where}) as listed pro memoria, its title without the mark (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, proMemoria }, language), `cm-${language}.txt`));
          expect(record.planned?.map((item) => [item.title, item.proMemoria, item.possible, item.references, item.text])).toEqual([
            [notice.items[0], false, false, [], ''],
            [notice.items[1], false, false, [DOCUMENT], ''],
            [notice.items[2], true, false, [], ''],
          ]);
        });
        // with the version's possible mark before it (`(poss.) (p.m.) …`)
        const possible = POSSIBLE[language];
        if (possible !== undefined && proMemoria.where === 'before')
          it(`reads the ${language} notice's item 3 \`${possible} ${proMemoria.mark}\` as possible and listed pro memoria (${shape})`, () => {
            const record = expectOk(parseDocument(print({ ...notice, possible, proMemoria }, language), `cm-${language}.txt`));
            expect(record.planned?.map((item) => [item.title, item.proMemoria, item.possible])).toEqual([
              [notice.items[0], false, false],
              [notice.items[1], false, false],
              [notice.items[2], true, true],
            ]);
          });
      }
    });
  });

  describe('an item whose sub-point has points of its own numbered `i.`, `ii.`', () => {
    for (const [language, notice] of Object.entries(notices)) {
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's item 3 points a), i., ii., b), each with its own title (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, subPoints: { roman: true } }, language), `cm-${language}.txt`));
          expect(record.planned?.[2]?.points.map((point) => [point.label, point.title])).toEqual([
            ['a', notice.points[0]],
            ['i', notice.items[0]],
            ['ii', notice.items[1]],
            ['b', notice.points[1]],
          ]);
          expect(record.planned?.[2]?.text).toBe('');
        });
      }
    }
  });

  describe('an item whose points a line of text follows after a blank line', () => {
    for (const [language, notice] of Object.entries(notices)) {
      // the line a notice prints under an item's points: the restricted session's note, as a sentence of its own
      const after = notice.restrictedNote;
      for (const shape of ['layout', 'labels first'] as const) {
        const print = SHAPES[shape];
        if (print === undefined) continue;
        it(`reads the ${language} notice's line under item 3's points as the item's text, no part of point b)'s title (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, subPoints: { roman: false, after } }, language), `cm-${language}.txt`));
          expect(record.planned?.[2]?.points.map((point) => [point.label, point.title])).toEqual([
            ['a', notice.points[0]],
            ['b', notice.points[1]],
          ]);
          expect(record.planned?.[2]?.text).toBe(after);
        });
      }
    }
  });

  describe('the first day heading printed right under the venue, no blank line between', () => {
    for (const [language, notice] of Object.entries(notices)) {
      const venueLast = notice.venue.at(-1) ?? '';
      for (const shape of ['layout', 'labels first'] as const) {
        for (const [blankUnder, timed] of [
          [true, false],
          [false, false],
          [false, true],
        ] as const) {
          it(`reads the ${language} notice's venue without the day heading under it, the heading the day of items 1 and 2 (${shape}${blankUnder ? ', a blank line under the heading' : ''}${timed ? `, the hour after the day: \`(${notice.time})\`` : ''})`, () => {
            const printed = SHAPES[shape]?.({ ...notice, date: notice.dateWithWeekday }, language) ?? '';
            // the heading as the version prints it, with the hour the meeting opens in brackets after it where timed (`Dienstag, 17. Februar 2026 (10.00 Uhr)`)
            const day = timed ? `${notice.dateWithWeekday} (${notice.time})` : notice.dateWithWeekday;
            // the venue's last line, then the day heading right under it (as plain pdftotext prints the header table's last row and the line after it)
            const text = printed.replace(
              new RegExp(String.raw`(${RegExp.escape(venueLast)})\n+(${RegExp.escape(notice.dateWithWeekday)})\n+`),
              `$1\n${day.replaceAll('$', '$$$$')}\n${blankUnder ? '\n' : ''}`,
            );
            expect(text).toContain(`${venueLast}\n${day}\n`);
            const record = expectOk(parseDocument(text, `cm-${language}.txt`));
            expect([record.meeting?.venue, record.planned?.map((item) => [item.title, item.day])]).toEqual([
              notice.venue.join(' '),
              [
                [notice.items[0], '2026-02-17'],
                [notice.items[1], '2026-02-17'],
                [notice.items[2], '2026-02-18'],
              ],
            ]);
          });
        }
      }
    }
  });

  /** The versions' word for the lunch a notice plans between two items. */
  const LUNCH: Record<string, string> = {
    bg: 'Обяд',
    cs: 'Oběd',
    da: 'Frokost',
    de: 'Mittagessen',
    el: 'Γεύμα',
    en: 'Lunch',
    es: 'Almuerzo',
    et: 'Lõuna',
    fi: 'Lounas',
    fr: 'Déjeuner',
    ga: 'Lón',
    hr: 'Ručak',
    hu: 'Ebéd',
    it: 'Pranzo',
    lt: 'Pietūs',
    lv: 'Pusdienas',
    mt: 'Ikla',
    nl: 'Lunch',
    pl: 'Obiad',
    pt: 'Almoço',
    ro: 'Prânz',
    sk: 'Obed',
    sl: 'Kosilo',
    sv: 'Lunch',
  };

  describe('a row without a number planned beside its time slot between two items (`13.00 – 14.30  Lunch`)', () => {
    for (const [language, notice] of Object.entries(notices)) {
      const lunch = LUNCH[language] ?? 'Lunch';
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's \`13.00 – 14.30 ${lunch}\` as a line under item 2, its documents and the items after it as they are (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, lunch }, language), `cm-${language}.txt`));
          expect(record.planned?.map((item) => [item.number, item.title, item.references, item.text, item.day])).toEqual([
            ['1', notice.items[0], [], '', '2026-02-17'],
            ['2', notice.items[1], [DOCUMENT], `13.00 – 14.30 ${lunch}`, '2026-02-17'],
            ['3', notice.items[2], [], '', '2026-02-18'],
          ]);
        });
      }
    }
  });

  describe('an item listing a revised addendum and a corrigendum with a plus (`+ ADD 1 REV 1`, `+ COR 1`)', () => {
    for (const [language, notice] of Object.entries(notices)) {
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's item 2 documents \`${DOCUMENT} + ADD 1 REV 1\` and \`5513/26 + COR 1\` (${shape})`, () => {
          const documents = `${DOCUMENT} + ADD 1 REV 1 ${notice.and} 5513/26 + COR 1`;
          const record = expectOk(parseDocument(print({ ...notice, documents }, language), `cm-${language}.txt`));
          expect(record.planned?.map((item) => [item.title, item.references, item.text])).toEqual([
            [notice.items[0], [], ''],
            [notice.items[1], [DOCUMENT, '5512/1/26 ADD 1 REV 1', '5513/26', '5513/26 COR 1'], ''],
            [notice.items[2], [], ''],
          ]);
          expect(record.references.map((reference) => reference.id)).toEqual(
            expect.arrayContaining([DOCUMENT, '5512/1/26 ADD 1 REV 1', '5513/26', '5513/26 COR 1']),
          );
        });
      }
    }
  });

  describe('an item’s documents with ranges of their addenda', () => {
    for (const [language, notice] of Object.entries(notices)) {
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's item 2 documents \`${DOCUMENT} + ADD 1-3\` and \`5513/26 ADD 1–2\` as each addendum, no text (${shape})`, () => {
          const documents = `${DOCUMENT} + ADD 1-3 ${notice.and} 5513/26 ADD 1–2`;
          const record = expectOk(parseDocument(print({ ...notice, documents }, language), `cm-${language}.txt`));
          const cited = [DOCUMENT, '5512/26 ADD 1', '5512/26 ADD 2', '5512/26 ADD 3', '5513/26 ADD 1', '5513/26 ADD 2'];
          expect(record.planned?.map((item) => [item.title, item.references, item.text])).toEqual([
            [notice.items[0], [], ''],
            [notice.items[1], cited, ''],
            [notice.items[2], [], ''],
          ]);
          expect(record.references.map((reference) => reference.id)).toEqual(cited);
        });
      }
    }
  });

  describe('an item with two documents listed under its title, joined by the version’s word for `and`', () => {
    for (const [language, notice] of Object.entries(notices)) {
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads both documents of the ${language} notice's item 2 (\`${DOCUMENT} ${notice.and} 5513/26\`, ${shape}) as its documents, no text`, () => {
          const record = expectOk(parseDocument(print({ ...notice, documents: `${DOCUMENT} ${notice.and} 5513/26` }, language), `cm-${language}.txt`));
          expect(record.planned?.map((item) => [item.title, item.references, item.text])).toEqual([
            [notice.items[0], [], ''],
            [notice.items[1], [DOCUMENT, '5513/26'], ''],
            [notice.items[2], [], ''],
          ]);
        });
      }
    }
  });

  describe('a possible item, its mark before its title', () => {
    for (const [language, possible] of Object.entries(POSSIBLE)) {
      const notice = notices[language];
      if (notice === undefined) continue;
      for (const [shape, print] of Object.entries(SHAPES)) {
        it(`reads the ${language} notice's item 3 marked \`${possible}\` as possible, its title without the mark (${shape})`, () => {
          const record = expectOk(parseDocument(print({ ...notice, possible }, language), `cm-${language}.txt`));
          expect(record.planned?.map((item) => [item.title, item.possible])).toEqual([
            [notice.items[0], false],
            [notice.items[1], false],
            [notice.items[2], true],
          ]);
        });
      }
    }
  });

  /**
   * The date lines of two whole days as notices print them: joined by the version's `and`, the first day with its
   * weekday, by a dash, by a comma (each day's hours in brackets; the second day is the 18th).
   */
  const TWO_DAYS: Record<string, (notice: Notice) => string> = {
    and: (notice) => `${notice.date} (10.00–18.00) ${notice.and} ${notice.date.replace('17', '18')} (09.30–13.00)`,
    'and, the first day with its weekday': (notice) => `${notice.dateWithWeekday} (10.00–18.00) ${notice.and} ${notice.date.replace('17', '18')} (09.30–13.00)`,
    dash: (notice) => `${notice.date} (10.00) – ${notice.date.replace('17', '18')} (13.00)`,
    comma: (notice) => `${notice.date} (10.00–18.00), ${notice.date.replace('17', '18')} (09.30–13.00)`,
  };

  describe('a meeting over two days, each day printed whole with its hours', () => {
    for (const [joined, line] of Object.entries(TWO_DAYS)) {
      for (const [language, notice] of Object.entries(notices)) {
        const date = line(notice);
        for (const [shape, print] of Object.entries(SHAPES)) {
          it(`reads both days of the ${language} notice's date line \`${date}\` (${joined}; ${shape})`, () => {
            const record = expectOk(parseDocument(print({ ...notice, date }, language), `cm-${language}.txt`));
            const read = [record.meeting?.dates, record.meeting?.time];
            expect(read).toEqual([['2026-02-17', '2026-02-18'], notice.time]);
          });
        }
      }
    }
  });

  describe('the place and date alone', () => {
    for (const [language, notice] of Object.entries(notices)) {
      it(`tell the ${language} version's language from its own words (Brüssel is German and Estonian, Brusel Czech and Slovak)`, () => {
        const text = [notice.placeDate, NUMBER, '', ...agenda(notice, ' ', agendaDays(notice, language))].join('\n');
        expect(expectOk(parseDocument(`${text}\n`, `cm-${language}.txt`)).language).toBe(language);
      });
    }
  });
});
