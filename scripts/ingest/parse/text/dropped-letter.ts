/**
 * A text whose PDF's font dropped one capital letter in extraction, as some register PDFs of 2010–2014 do with their
 * capital N (`COUC IL OF` / `THE EUROPEA U IO`, ` OTE`, `E FOPOL 188`, a footer's `LIMITE E`): the letter is told by the
 * Council's name the header prints without it, and put back in the words of capitals the header vocabulary knows.
 */
import { BARE_CODES, INSTITUTION_PATTERN, INSTITUTIONS, KINDS, LANGUAGE_MARKS } from './header-vocabulary.ts';
import { ANNEX_WORDS, TABLE_OF_CONTENTS_HEADING_WORDS } from './vocabulary.ts';
import { COMMITTEE_NAMES } from '../../../../src/shared/committee-names.ts';

/** How far into a text the Council's name is looked for: its first lines, also a first page run into one line. */
const HEAD_CHARACTERS = 800;

/** The Council's names in capitals, one per version (`COUNCIL OF THE EUROPEAN UNION`, `CONSEIL DE L'UNION EUROPÉENNE` …). */
const NAMES: readonly string[] = INSTITUTIONS.filter(({ pattern }) => !pattern.includes('(?'))
  .map(({ pattern }) => pattern.replaceAll(String.raw`\s?['’]\s?`, "'").replaceAll(String.raw`\s+`, ' '))
  .map((name) => name.toLocaleUpperCase('und'));

/** `text` escaped for a regular expression. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * The Council's names as letters only (`COUNCILOFTHEEUROPEANUNION`), each with the capital letters it holds and the
 * name without each of them (`OUCILOFTHEEUROPEAUIO` without `N`), made once rather than for every text.
 */
const NAME_LETTERS: readonly { letters: string; withouts: readonly { letter: string; without: string }[] }[] = NAMES.map((name) => {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return { letters, withouts: [...new Set(letters)].map((letter) => ({ letter, without: letters.replaceAll(letter, '') })) };
});

/** The capital letter a text's font dropped, and the Council's name as its header prints it without it. */
export interface DroppedLetter {
  letter: string;
  printed: string;
}

/** Any of the Council's names as printed (INSTITUTION_PATTERN without its global flag, so that no search shares its place). */
const ANY_NAME = new RegExp(INSTITUTION_PATTERN.source, 'iu');

/** A word in capitals (`COU`, `EUROPEA`, `L'U`), the pieces a name printed without a letter is left in. */
const CAPITALS_WORD = /(?<![\p{L}\p{N}])[\p{Lu}'’]+(?![\p{L}\p{N}])/gu;

/**
 * The capital letter `text`'s font dropped, where its first lines print no Council's name the vocabulary knows but its
 * words in capitals spell one of them without every instance of one letter, the spaces left aside (`COUC IL OF` / `THE
 * EUROPEA U IO`: the extraction leaves a space near where the letter stood), whatever stands beside them in small
 * letters (the place and date `-layout` prints to the right, a viewer's copy runs on); null otherwise (the usual case,
 * told by one search for the names as printed, or by the words in capitals spelling a name whole).
 */
export function droppedLetter(text: string): DroppedLetter | null {
  const head = text.slice(0, HEAD_CHARACTERS);
  if (ANY_NAME.test(head)) return null;
  const words = [...head.matchAll(CAPITALS_WORD)].map((found) => found[0]);
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  // a name spelt whole, over two lines with the place and date between its halves (`CONSEIL DE` … `L'UNION EUROPÉENNE`): no letter dropped
  if (NAME_LETTERS.some((name) => letters.includes(name.letters))) return null;
  for (const name of NAME_LETTERS) {
    for (const { letter, without } of name.withouts) {
      const at = letters.indexOf(without);
      if (at < 0) continue;
      // the words that spell it, as printed (`COUC IL OF THE EUROPEA U IO`)
      let reached = 0;
      const printed = words.filter((word) => {
        const start = reached;
        reached += word.replace(/[^\p{L}]/gu, '').length;
        return reached > at && start < at + without.length;
      });
      return { letter, printed: printed.join(' ') };
    }
  }
  return null;
}

/** The fewest letters a word printed without the dropped one keeps to be put right (`OTE` for `NOTE`; not `AD` for `AND`). */
const LEAST_LETTERS = 3;

/** The words of capitals of a header the vocabulary knows: the Council's names', kind lines', codes and annexes' words. */
const HEADER_WORDS: readonly string[] = [
  ...new Set(
    [...NAMES, ...[...KINDS.keys()].map((kind) => kind.toLocaleUpperCase('und')), ...BARE_CODES, ...ANNEX_WORDS]
      .flatMap((words) => words.split(/[ /]+/u))
      .filter((word) => /^\p{Lu}+$/u.test(word)),
  ),
];

/** A word printed without `letter`: its other letters, a space or two maybe between them where the letter's glyph stood. */
function droppedSource(word: string, letter: string): string {
  return [...word.replaceAll(letter, '')].map(escaped).join('[ \\t]{0,2}');
}

/** A footer's language mark ending its line (`LIMITE     E`, `E` alone on its line, `… LIMITE 1 E` run into one line) with the letter dropped from it. */
function languageMarks(letter: string): Map<string, string> {
  return new Map([...LANGUAGE_MARKS].filter((mark) => mark.includes(letter)).map((mark) => [mark.replace(letter, ''), mark]));
}

/**
 * `text` with `letter` put back in the words of capitals the header vocabulary knows where it prints them without it
 * (`COUC IL` → `COUNCIL`, ` OTE` → `NOTE`, `E FOPOL 188` → `ENFOPOL 188`, a footer's `LIMITE E` → `LIMITE EN`), the
 * spaces left where the glyph stood taken out of the word; every other character as printed, no line added or taken away.
 */
export function restoreLetter(text: string, letter: string): string {
  const words = HEADER_WORDS.filter((word) => word.includes(letter) && word.replaceAll(letter, '').length >= LEAST_LETTERS).sort((a, b) => b.length - a.length);
  let restored = text;
  if (words.length > 0) {
    const byForm = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((word) => `(${droppedSource(word, letter)})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    restored = restored.replace(byForm, (found: string, ...groups: unknown[]) => words[groups.findIndex((group) => typeof group === 'string')] ?? found);
  }
  const marks = languageMarks(letter);
  if (marks.size === 0) return restored;
  // the two languages of a bilingual record's footer, one without the letter (`DQPG E/FR`, `E /FR`, `FR/E`), wherever the line goes on
  const dropped = [...marks.keys()].map(escaped).join('|');
  const whole = [...LANGUAGE_MARKS].join('|');
  const pair = new RegExp(`(?<=[ \\t])(?:(${dropped})[ \\t]?/(${whole})|(${whole})/(${dropped}))(?=[ \\t]|\\n|$)`, 'gu');
  restored = restored.replace(pair, (_found: string, first?: string, second?: string, other?: string, last?: string) =>
    first !== undefined && second !== undefined
      ? `${marks.get(first) ?? first}/${second}`
      : `${other ?? ''}/${last === undefined ? '' : (marks.get(last) ?? last)}`,
  );
  const markLine = new RegExp(
    `(^|\\n|LIMITE[ \\t]+(?:\\d{1,3}[ \\t]+)?|[ \\t]\\d{1,3}[ \\t]+)(${[...marks.keys()].map(escaped).join('|')})(?=[ \\t]*(?:\\n|$))`,
    'gu',
  );
  return restored.replace(markLine, (_found: string, before: string, mark: string) => `${before}${marks.get(mark) ?? mark}`);
}

/** The warning of a text whose font dropped a letter: which, how the header prints the Council's name, what was put back. */
export function droppedLetterWarning(dropped: DroppedLetter): string {
  return `the PDF's font dropped the capital ${dropped.letter} from its text (its header prints "${dropped.printed}"): it was put back where the extraction printed U+FFFD for it, in the Council's name, the words of capitals the header vocabulary knows (kind, codes, a footer's language), those of the body's headings and words in capitals the text spells whole elsewhere, and at the start of a month's or a delegation's name; other words may still lack it`;
}

/**
 * The words the Council's notes and reports print in capitals as their body's headings, in the versions of the years
 * whose fonts dropped a letter (2010–2014), and a table of contents' heading in each version: a heading's words are often spelt nowhere else in the text, so that the
 * document's own words cannot tell them. Lower case.
 */
const BODY_HEADING_WORDS: readonly string[] = [
  ...['introduction', 'background', 'context', 'conclusion', 'conclusions', 'next', 'steps', 'state', 'play', 'and', 'annex', 'general', 'main', 'findings'],
  ...['contexte', 'prochaines', 'étapes', 'état', 'des', 'lieux', 'travaux', 'et', 'suite', 'donner', 'orientations'],
  ...['einleitung', 'hintergrund', 'schlussfolgerungen', 'weiteres', 'vorgehen', 'sachstand', 'stand', 'der', 'dinge', 'und'],
  ...['introducción', 'contexto', 'conclusiones', 'próximos', 'pasos', 'situación', 'actual', 'antecedentes'],
  ...['introduzione', 'contesto', 'conclusioni', 'prossime', 'tappe', 'situazione'],
  ...['inleiding', 'achtergrond', 'conclusies', 'volgende', 'stappen', 'stand', 'van', 'zaken', 'en'],
  ...['wprowadzenie', 'kontekst', 'wnioski', 'kolejne', 'kroki', 'stan', 'prac'],
  ...['introdução', 'contexto', 'conclusões', 'próximas', 'etapas', 'ponto', 'da', 'situação'],
  // the heading over a summary record's contents (`I HALT` → `INHALT`, `ÍDICE` → `ÍNDICE`)
  ...TABLE_OF_CONTENTS_HEADING_WORDS,
];

/**
 * The words of the committees' names older headers print in capitals in their subjects (`2385th meeting of the
 * PERMANENT REPRESENTATIVES COMMITTEE`, `COMITÉ DES REPRÉSENTANTS PERMANENTS`, `AUSSCHUSSES DER STÄNDIGEN VERTRETER`):
 * COSI's name in each version (COMMITTEE_NAMES) and Coreper's in the versions of those years. Lower case.
 */
const COMMITTEE_WORDS: readonly string[] = [
  ...Object.values(COMMITTEE_NAMES).flatMap((names: readonly string[]) => names.flatMap((name) => name.toLowerCase().split(' '))),
  ...['permanent', 'representatives', 'committee', 'coreper', 'comité', 'représentants', 'permanents'],
  ...['ausschuss', 'ausschusses', 'ständigen', 'vertreter', 'representantes', 'permanentes', 'comitato', 'rappresentanti', 'permanenti'],
];

/**
 * Coreper's name as the subjects of those years print it in capitals, in the case they print it (`… meeting of the
 * PERMANENT REPRESENTATIVES COMMITTEE`, `Tagung des AUSSCHUSSES DER STÄNDIGEN VERTRETER`), lower case.
 */
const COREPER_NAMES: readonly string[] = [
  'permanent representatives committee',
  'comité des représentants permanents',
  'ausschusses der ständigen vertreter',
  'ausschuss der ständigen vertreter',
  'comité de representantes permanentes',
  'comitato dei rappresentanti permanenti',
];

/**
 * Two words that follow each other in a committee's name (`der ständigen`, `ständigen vertreter`), lower case: where a
 * word printed without the letter gives two words of the document, one with the letter at its end too (`STÄDIGE`:
 * `STÄNDIGE`, `STÄNDIGEN`), the one the name goes on with is read (`DER STÄNDIGEN VERTRETER`).
 */
const COMMITTEE_PAIRS: ReadonlySet<string> = new Set(
  [...Object.values(COMMITTEE_NAMES).flat(), ...COREPER_NAMES].flatMap((name: string) => {
    const words = name.toLowerCase().split(' ');
    return words.slice(1).map((word, at) => `${words[at] ?? ''} ${word}`);
  }),
);

/**
 * A run of words in capitals apart by spaces on one line (`I TRODUCTIO`, `STATE OF PLAY A D  EXT STEPS`), and the one
 * space after it that ends its line or stands before another (where a glyph dropped at the run's end may have stood).
 */
const CAPITALS_RUN = /(?<![\p{L}\p{N}])[\p{Lu}'’]+(?:[ \t]{1,3}[\p{Lu}'’]+)*(?![\p{L}\p{N}])(?:[ \t](?=[ \t\r\n]|$))?/gu;

/** A word in capitals of a run, and where it stands in the run. */
const RUN_WORD = /[\p{Lu}'’]+/gu;

/** A word of the document printed with a small letter (`introduction`, `Steps`): its capitals kept whole by the font. */
const SMALL_LETTER_WORD = /(?<![\p{L}])\p{L}*\p{Ll}\p{L}*/gu;

/** The words (lower case) a text spells with a small letter in them, which a font that dropped a capital left whole. */
function wholeWords(text: string): Set<string> {
  const words = new Set<string>([...BODY_HEADING_WORDS, ...COMMITTEE_WORDS]);
  for (const found of text.matchAll(SMALL_LETTER_WORD)) words.add(found[0].toLowerCase());
  return words;
}

/** One way to read a run's words from `from` to `to`: the word it gives, and whether the letter was put back in it. */
interface Piece {
  from: number;
  to: number;
  word: string;
  restored: boolean;
}

/** `word` with `letter` put in at one place or two (`PERMAET` → `PERMANET` … `PERMANENT`), each once. */
function insertions(word: string, letter: string): string[] {
  const once = Array.from({ length: word.length + 1 }, (_, at) => `${word.slice(0, at)}${letter}${word.slice(at)}`);
  return [...new Set([...once, ...once.flatMap((one) => Array.from({ length: one.length + 1 }, (_, at) => `${one.slice(0, at)}${letter}${one.slice(at)}`))])];
}

/**
 * The pieces a run of capitals is read in with the fewest words left unknown: consecutive words joined by the letter
 * where the glyph's space stood, or one word given the letter at its start or end, wherever that gives a word the
 * document spells whole or a heading's word (`I` + `TRODUCTIO` → `INTRODUCTION`, `A` + `D` → `AND`, `EXT` → `NEXT`); a
 * word known as printed is never changed, and words joined only where one of them is no word (`STATE OF PLAY` stays).
 * Between readings as good, the one whose words go on as a committee's name does is read (`DER STÄDIGE VERTRETER` →
 * `DER STÄNDIGEN VERTRETER`, not `STÄNDIGE`), then the one that puts the letter back in fewer words.
 */
function readRun(words: readonly string[], letter: string, known: ReadonlySet<string>): Piece[] {
  const isWord = (word: string) => known.has(word.toLowerCase());
  // a committee's name going on through the piece: from the word printed before it, or into the word printed after it
  const inName = (piece: Piece) =>
    (COMMITTEE_PAIRS.has(`${words[piece.from - 1] ?? ''} ${piece.word}`.toLowerCase()) ? 1 : 0) +
    (COMMITTEE_PAIRS.has(`${piece.word} ${words[piece.to] ?? ''}`.toLowerCase()) ? 1 : 0);
  // the best reading of the first `to` words: its unknown words, its pairs of a name, its words given the letter, and its last piece
  const best: ({ cost: number; named: number; restored: number; piece: Piece | null } | undefined)[] = [{ cost: 0, named: 0, restored: 0, piece: null }];
  for (let to = 1; to <= words.length; to++) {
    let choice: { cost: number; named: number; restored: number; piece: Piece } | undefined;
    const consider = (piece: Piece, cost: number) => {
      const before = best[piece.from];
      if (before === undefined) return;
      const next = { cost: before.cost + cost, named: before.named + inName(piece), restored: before.restored + (piece.restored ? 1 : 0), piece };
      if (
        choice === undefined ||
        next.cost < choice.cost ||
        (next.cost === choice.cost && (next.named > choice.named || (next.named === choice.named && next.restored < choice.restored)))
      )
        choice = next;
    };
    const single = words[to - 1] ?? '';
    consider({ from: to - 1, to, word: single, restored: false }, isWord(single) ? 0 : 1);
    for (let from = Math.max(0, to - 4); from < to; from++) {
      const parts = words.slice(from, to);
      // joined words: one of them no word of the document (a real space between two words is left alone)
      if (parts.length > 1 && parts.every((part) => isWord(part) && part.length > 1)) continue;
      if (parts.length === 1 && isWord(single)) continue;
      const middle = parts.join(letter);
      // one word printed without a space where the glyph stood (`PERMAET`, `REPRESETATIVES`): the letter anywhere in it, once or twice
      const inside = parts.length === 1 ? insertions(middle, letter) : [];
      for (const candidate of [middle, `${letter}${middle}`, `${middle}${letter}`, `${letter}${middle}${letter}`, ...inside]) {
        if (candidate === single) continue;
        if (candidate.replaceAll(letter, '').length < (parts.length > 1 ? 2 : LEAST_LETTERS)) continue;
        if (isWord(candidate)) consider({ from, to, word: candidate, restored: true }, 0);
      }
    }
    best[to] = choice;
  }
  const pieces: Piece[] = [];
  for (let at = best[words.length]?.piece ?? null; at !== null; at = best[at.from]?.piece ?? null) pieces.push(at);
  return pieces.reverse();
}

/**
 * `text` with `letter` put back in its other words of capitals, as a body's headings print them (`I TRODUCTIO` →
 * `INTRODUCTION`, `STATE OF PLAY A D  EXT STEPS` → `STATE OF PLAY AND NEXT STEPS`, `EI LEITU G` → `EINLEITUNG`): where
 * the word the letter gives is one the document spells whole with small letters, or a heading's word of the versions
 * (BODY_HEADING_WORDS); the space the glyph left taken out, at a word's end too, every other character as printed.
 */
export function restoreLetterInCapitals(text: string, letter: string): string {
  const known = wholeWords(text);
  return text.replace(CAPITALS_RUN, (matched: string) => {
    const run = matched.trimEnd();
    const tail = matched.slice(run.length);
    const found = [...run.matchAll(RUN_WORD)];
    const words = found.map((match) => match[0]);
    const pieces = readRun(words, letter, known);
    if (!pieces.some((piece) => piece.restored)) return matched;
    let out = '';
    pieces.forEach((piece, index) => {
      if (index > 0) {
        const previous = pieces[index - 1];
        const endOfLast = (found[piece.from - 1]?.index ?? 0) + (words[piece.from - 1]?.length ?? 0);
        let gap = run.slice(endOfLast, found[piece.from]?.index ?? endOfLast);
        // the letter put back at a word's edge stood in one of the gap's spaces
        const edge = (previous?.restored === true && previous.word.endsWith(letter)) || (piece.restored && piece.word.startsWith(letter));
        if (edge && gap.length > 1) gap = gap.slice(1);
        out += gap;
      }
      out += piece.word;
    });
    // the letter put back at the run's end stood in the space after it (`I TRODUCTIO ` → `INTRODUCTION`)
    return pieces[pieces.length - 1]?.word.endsWith(letter) === true && pieces[pieces.length - 1]?.restored === true ? out : `${out}${tail}`;
  });
}
