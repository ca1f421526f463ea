import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlockWithCalls } from './support/block-text.ts';
import { paperPage, type PaperHead } from './support/discussion-paper.ts';
import { NOTE_HEADS } from './support/note-heads.ts';
import { expectOk, project } from './support/projection.ts';
import { inShape, TEXT_SHAPES_AND_PLAIN_COPY, wrapWords } from './support/text-shapes.ts';

/**
 * A Presidency note to COSI (6789/26) in the shape of the Polish note tests/fixtures/real-register-lo/
 * presidency-note-questions-pl: two parts with Roman numbers and headings in capitals, paragraphs 1 to 3 on one list
 * over the parts, paragraph 2 leading in to two questions numbered afresh from `1.`, paragraph 3 after them opening with
 * the Presidency as its subject before the Council's capitalised name; footnote 1 called one space after the word a
 * date ends on, as the register's texts print a superscript call after a full stop: the Polish `28 stycznia 2026 r. 1
 * prezydencja …`, the Lithuanian `2026 m. sausio 28 d. 1 pirmininkaujančioji …`, the Bulgarian `28 януари 2026 г. 1
 * председателството …`, the Croatian year's own full stop, `28. siječnja 2026. 1 predsjedništvo …`. The first
 * sentence holds the same number as a reference's (`art. 1 ust. 1`, `pkt 1`, `точка 1`, `točke 1`) and a day
 * (`1 lipca`, `liepos 1 d.`, `1 юли`, `1. srpnja`), which are no calls. Written by hand in the four versions, as plain
 * `pdftotext` and `-layout` print it, a viewer's copy of each and each page run into one line: each shape must read
 * the two parts and no other section, footnote 1 with its text, and its one call after the date.
 */
interface Version extends PaperHead {
  parts: [string, string];
  /** Paragraph 1, its call written `¹`; the lead-in of paragraph 2; the questions; paragraph 3. */
  first: string;
  leadIn: string;
  questions: [string, string];
  last: string;
  note: string;
  /** The words around the call as the text keeps them (`r. ^1 prezydencja`). */
  called: string;
  /** The numbers of the first sentence that stay numbers. */
  numbers: string[];
}

const versions: Record<string, Version> = {
  pl: {
    ...NOTE_HEADS.pl,
    values: [
      'Prezydencja',
      'Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI)',
      ['Ochrona infrastruktury krytycznej przed zagrożeniami hybrydowymi', '– Dyskusja orientacyjna'],
    ],
    parts: ['WPROWADZENIE', 'PYTANIA DO DYSKUSJI'],
    first:
      'Zgodnie z art. 1 ust. 1 zalecenia Rady państwa członkowskie wzmacniają od 1 lipca 2025 r. współpracę operacyjną. W dokumencie przedstawionym COSI na posiedzeniu w dniu 28 stycznia 2026 r.¹ prezydencja przedstawiła w pkt 1 porządku obrad stan realizacji zalecenia.',
    leadIn: 'W związku z powyższym prezydencja zwraca się do delegacji o udzielenie odpowiedzi na następujące pytania:',
    questions: [
      'Jakie są główne przeszkody w wymianie informacji między organami ścigania a operatorami infrastruktury?',
      'Czy sieć ekspertów Europolu powinna zostać wzmocniona?',
    ],
    last: 'Prezydencja przedstawi wyniki dyskusji Radzie ds. Wymiaru Sprawiedliwości i Spraw Wewnętrznych na posiedzeniu w dniach 11 i 12 czerwca 2026 r.',
    note: 'Dokument 5873/26.',
    called: 'w dniu 28 stycznia 2026 r. ^1 prezydencja',
    numbers: ['art. 1 ust. 1 zalecenia', 'od 1 lipca', 'w pkt 1 porządku'],
  },
  lt: {
    ...NOTE_HEADS.lt,
    values: [
      'Pirmininkaujančioji valstybė narė',
      'Vidaus saugumo operatyvinio bendradarbiavimo nuolatinis komitetas',
      ['Ypatingos svarbos infrastruktūros apsauga nuo hibridinių grėsmių', '– orientacinės diskusijos'],
    ],
    parts: ['ĮVADAS', 'KLAUSIMAI DISKUSIJAI'],
    first:
      'Pagal rekomendacijos 1 punktą valstybės narės nuo 2025 m. liepos 1 d. stiprina operatyvinį bendradarbiavimą. Dokumente, kuris buvo pateiktas COSI posėdyje 2026 m. sausio 28 d.¹ pirmininkaujančioji valstybė narė apžvelgė rekomendacijos įgyvendinimą.',
    leadIn: 'Atsižvelgdama į tai, pirmininkaujančioji valstybė narė prašo delegacijų atsakyti į šiuos klausimus:',
    questions: [
      'Kokios yra pagrindinės informacijos mainų tarp teisėsaugos institucijų ir infrastruktūros operatorių kliūtys?',
      'Ar reikėtų stiprinti Europolo ekspertų tinklą?',
    ],
    last: 'Pirmininkaujančioji valstybė narė diskusijos rezultatus pristatys Teisingumo ir vidaus reikalų tarybai 2026 m. birželio 11–12 d. posėdyje.',
    note: 'Dokumentas 5873/26.',
    called: '2026 m. sausio 28 d. ^1 pirmininkaujančioji',
    numbers: ['rekomendacijos 1 punktą', 'liepos 1 d.'],
  },
  bg: {
    ...NOTE_HEADS.bg,
    values: [
      'Председателството',
      'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност',
      ['Защита на критичната инфраструктура от хибридни заплахи', '– ориентационен дебат'],
    ],
    parts: ['ВЪВЕДЕНИЕ', 'ВЪПРОСИ ЗА ОБСЪЖДАНЕ'],
    first:
      'Съгласно точка 1 от препоръката държавите членки засилват оперативното сътрудничество от 1 юли 2025 г. насам. В документа, представен на заседанието на COSI на 28 януари 2026 г.¹ председателството представи изпълнението на препоръката.',
    leadIn: 'С оглед на гореизложеното председателството приканва делегациите да отговорят на следните въпроси:',
    questions: [
      'Кои са основните пречки пред обмена на информация между правоприлагащите органи и операторите на инфраструктура?',
      'Следва ли да бъде укрепена експертната мрежа на Европол?',
    ],
    last: 'Председателството ще представи резултатите от обсъждането на Съвета по правосъдие и вътрешни работи на 11 и 12 юни 2026 г.',
    note: 'Документ 5873/26.',
    called: 'на 28 януари 2026 г. ^1 председателството',
    numbers: ['точка 1 от', 'от 1 юли'],
  },
  hr: {
    ...NOTE_HEADS.hr,
    values: [
      'Predsjedništvo',
      'Stalni odbor za operativnu suradnju u području unutarnje sigurnosti',
      ['Zaštita kritične infrastrukture od hibridnih prijetnji', '– orijentacijska rasprava'],
    ],
    parts: ['UVOD', 'PITANJA ZA RASPRAVU'],
    first:
      'Na temelju točke 1 preporuke države članice od 1. srpnja 2025. jačaju operativnu suradnju. U dokumentu predstavljenom na sastanku COSI-ja održanom 28. siječnja 2026.¹ predsjedništvo je predstavilo provedbu preporuke.',
    leadIn: 'S obzirom na navedeno, predsjedništvo poziva delegacije da odgovore na sljedeća pitanja:',
    questions: [
      'Koje su glavne prepreke razmjeni informacija između tijela kaznenog progona i operatora infrastrukture?',
      'Treba li ojačati Europolovu mrežu stručnjaka?',
    ],
    last: 'Predsjedništvo će rezultate rasprave predstaviti Vijeću za pravosuđe i unutarnje poslove na sastanku 11. i 12. lipnja 2026.',
    note: 'Dokument 5873/26.',
    called: 'održanom 28. siječnja 2026. ^1 predsjedništvo',
    numbers: ['točke 1 preporuke', 'od 1. srpnja'],
  },
};

/** How wide the body's lines run, as the register's notes wrap them. */
const WIDTH = 84;

/**
 * The note's body as plain `pdftotext` prints it (`layout` false: each number apart from its text, a blank line
 * between) or as `-layout` does (the number before its text, the wrapped lines under it indented, the questions
 * indented under their lead-in), its call printed one space after its word, its footnote at the page's foot.
 */
function body(version: Version, layout: boolean): string[] {
  const call = (text: string): string => text.replace('¹', ' 1');
  const paragraph = (number: string, text: string, indent: number): string[] => {
    const lines = wrapWords(call(text), WIDTH - indent - 6);
    if (!layout) return [`${number}.`, '', ...lines, ''];
    const [head = '', ...rest] = lines;
    return [`${' '.repeat(indent)}${`${number}.`.padEnd(6)}${head}`, ...rest.map((line) => `${' '.repeat(indent + 6)}${line}`), ''];
  };
  const part = (number: string, title: string): string[] => (layout ? [`${`${number}.`.padEnd(6)}${title}`, ''] : [`${number}.`, '', title, '']);
  return [
    '',
    ...part('I', version.parts[0]),
    ...paragraph('1', version.first, 0),
    ...part('II', version.parts[1]),
    ...paragraph('2', version.leadIn, 0),
    ...paragraph('1', version.questions[0], 6),
    ...paragraph('2', version.questions[1], 6),
    ...paragraph('3', version.last, 0),
    '',
    `1 ${version.note}`,
  ];
}

describe.each(Object.entries(versions))('a note calling its footnote after the word a date ends on (%s)', (_language, version) => {
  it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads the parts, the footnote and its one call after the date (%s)', (_shape, layout, flat) => {
    const text = inShape(paperPage(version, layout, body(version, layout)), flat);
    const record = expectOk(parseDocument(text, 'content/sources/date-abbreviation-calls.txt'));
    expect(record.sections.map(({ number, title }) => [number, title])).toEqual([
      ['I', version.parts[0]],
      ['II', version.parts[1]],
    ]);
    expect(project(record).footnotes).toEqual([{ mark: '1', text: version.note }]);
    const written = record.sections.flatMap((section) => section.text.map(plainBlockWithCalls)).join(' ');
    expect(written.match(/\^\d+/gu)).toEqual(['^1']);
    expect(written).toContain(version.called);
    for (const number of version.numbers) expect(written).toContain(number);
  });
});
