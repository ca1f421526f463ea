import {
  HEADER_LABELS,
  LABELS_AFTER_OWN_LANGUAGE,
  LABELS_WITHOUT_COLON,
  WORDS_AS_LABELS,
  type HeaderField,
  type HeaderLabel,
} from '../text/label-vocabulary.ts';
import { wordAlternation } from '../text/word-trie.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';
import { parseDates } from '../text/date-expressions.ts';
import { KINDS } from '../text/header-vocabulary.ts';
import { correspondentLength } from '../../../../src/shared/correspondents.ts';

/** A label found in the text of a header, wherever the line breaks fall: where it stands and what it fills. */
export interface FoundLabel {
  /** Offset of the label's first character. */
  start: number;
  /** Offset just after the label and its colon: where its value may begin. */
  end: number;
  field: HeaderField;
  language: string | null;
  /** The label as printed, colon included. */
  printed: string;
}

const SPELLINGS = [...HEADER_LABELS.keys()];

/** The labels by their spelling without spaces, for copies that lost them (`interinstitutionalfile`). */
const BY_SQUEEZED_SPELLING: ReadonlyMap<string, HeaderLabel> = new Map([...HEADER_LABELS].map(([spelling, label]) => [spelling.replace(/ /g, ''), label]));

/**
 * Every label spelling, not glued to a letter on its left, then its colon (a space may stand before it: `from :`); a
 * spelling's spaces are any run of spaces or tabs, or none (`InterinstitutionalFile:` of a copy that lost its spaces).
 * Labels of previous and Commission documents may lack the colon when a number follows. The spellings are one
 * alternation grouped by their beginnings, longest first where one begins another (`wordAlternation`): the engine
 * tries one branch per letter at a word start instead of 280 spellings.
 */
const LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}°])(${wordAlternation(SPELLINGS).replaceAll(' ', String.raw`[ \t]{0,3}`)})(?:[ \t]{0,5}:|(?=[ \t]{1,5}(?:ST[ \t])?\d{3,6}/))`,
  'giu',
);

/**
 * A word an older header prints instead of a label (WORDS_AS_LABELS), alone on its line with a line below it, or at
 * its line's start with its value after the label column's gap (`des                   Vorsitzes` of `pdftotext -layout`).
 */
const WORD_AS_LABEL = new RegExp(
  String.raw`(?<=^|\n)[ \t]*(${wordAlternation([...WORDS_AS_LABELS.keys()]).replaceAll(' ', String.raw`[ \t]{1,3}`)})(?:[ \t]*(?=\n[ \t]*\S)|[ \t]{3,}(?=\S))`,
  'gu',
);

/** A word an older header prints instead of a label (WORDS_AS_LABELS), anywhere as a whole word. */
const WORD_ANYWHERE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${wordAlternation([...WORDS_AS_LABELS.keys()]).replaceAll(' ', String.raw`[ \t]{1,3}`)})(?=\s)`,
  'gu',
);

/**
 * The words that stand for labels in a column of labels run into one line with the others (a page flattened:
 * `VERMERK des für den Nr. Vordok.: Betr.: Vorsitzes …`): each followed by nothing but space up to another such word or
 * a label.
 */
function wordsInLabelColumn(text: string, labels: readonly RegExpExecArray[]): RegExpExecArray[] {
  const candidates = allMatches(WORD_ANYWHERE, text);
  const kept: RegExpExecArray[] = [];
  let next = Number.POSITIVE_INFINITY;
  // the first label at or after the word's end, found walking back with the words (labels are in order)
  let after = labels.length;
  for (let index = candidates.length - 1; index >= 0; index -= 1) {
    const word = candidates[index];
    if (word === undefined) continue;
    const end = word.index + word[0].length;
    while (after > 0 && (labels[after - 1]?.index ?? -1) >= end) after -= 1;
    const following = Math.min(next, labels[after]?.index ?? Number.POSITIVE_INFINITY);
    if (following !== Number.POSITIVE_INFINITY && text.slice(end, following).trim() === '') {
      kept.unshift(word);
      next = word.index;
    }
  }
  return kept;
}

/** The words standing for a field's label (WORDS_AS_LABELS), as one alternation. */
function wordsFor(field: HeaderField): string {
  return wordAlternation([...WORDS_AS_LABELS].filter(([, label]) => label.field === field).map(([word]) => word)).replaceAll(' ', String.raw`[ \t]{1,3}`);
}

/** The kind lines, in capitals as printed, of the languages whose older headers print words as labels (`VERMERK`, `I/A-PUNKT-VERMERK`). */
const KINDS_OF_WORD_LANGUAGES = [...KINDS]
  .filter(([, kind]) => [...WORDS_AS_LABELS.values()].some((label) => label.language === kind.language))
  .map(([printed]) => printed.toUpperCase());

/** The sender's word right after the kind line's word, before its value's capital (`VERMERK des Vorsitzes`). */
const SENDER_AFTER_KIND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${wordsFor('from')})(?<=(?<![\p{L}\p{N}])(?:${wordAlternation(KINDS_OF_WORD_LANGUAGES)})[ \t]{1,3}\1)[ \t]+(?=\p{Lu})`,
  'gu',
);

/** The recipient's word before its value's capital (`für den Ständigen Ausschuss`). */
const RECIPIENT_BEFORE_VALUE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${wordsFor('to')})[ \t]+(?=\p{Lu})`, 'gu');

/**
 * The words that stand for the sender's and the recipient's labels where a page was run into one line with each word
 * before its value (`VERMERK des Vorsitzes für den Ständigen Ausschuss … (COSI) Nr. Vordok.: …`, as a `-layout` copy of
 * the older German header flattened prints it): the sender's right after the kind line's word, the recipient's the
 * first after it before the next label; only where no label of those fields is printed.
 */
function wordsAfterKind(text: string, labels: readonly RegExpExecArray[]): RegExpExecArray[] {
  const fields = labels.map((match) => HEADER_LABELS.get((match[1] ?? '').toLowerCase().replace(/[ \t]+/g, ' '))?.field);
  if (fields.includes('from')) return [];
  SENDER_AFTER_KIND.lastIndex = 0;
  const sender = SENDER_AFTER_KIND.exec(text);
  // `FREIGABE des Dokuments:` opens a label of its own (a declassification's note of the document it names)
  if (sender === null || labels.some((match) => match.index === sender.index)) return [];
  const end = sender.index + sender[0].length;
  const next = labels.find((match) => match.index >= end)?.index ?? text.length;
  if (fields.includes('to')) return [sender];
  RECIPIENT_BEFORE_VALUE.lastIndex = end;
  const recipient = RECIPIENT_BEFORE_VALUE.exec(text);
  return recipient !== null && recipient.index < next ? [sender, recipient] : [sender];
}

/**
 * The matches of LABEL in `text`, as a search over the whole text finds them, searched only on the lines that hold a
 * colon or a slash: a match stays on its line (the spellings and the spaces in them hold no line break) and ends at its
 * colon or before a number with its slash (`Ref. 13908/20`), and the character before a line's start, a line break or
 * none, is no letter, digit or `°`, as the look-behind wants. Most lines of a header window hold neither, and a line is
 * searched only up to its last colon or slash: every match, and every look-ahead the search makes to find it, ends there.
 */
function labelMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let colon = text.indexOf(':');
  let slash = text.indexOf('/');
  for (let start = 0; start <= text.length;) {
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (colon >= 0 && colon < start) colon = text.indexOf(':', start);
    if (slash >= 0 && slash < start) slash = text.indexOf('/', start);
    if ((colon >= 0 && colon < end) || (slash >= 0 && slash < end)) {
      // a match ends at a colon or looks ahead to a slash: what follows the line's last one can hold no part of one
      const last = Math.max(text.lastIndexOf(':', end - 1), text.lastIndexOf('/', end - 1));
      for (const match of allMatches(LABEL, text.slice(start, last + 1))) {
        match.index += start;
        found.push(match);
      }
    }
    if (colon < 0 && slash < 0) break;
    start = end + 1;
  }
  return found;
}

/**
 * Every label of `text`, in order; a colon-less label counts only for the fields that are printed so, and for the words
 * alone on their line that stand for a label (unless a label of another language stands before them).
 */
export function findLabels(text: string): FoundLabel[] {
  const found: FoundLabel[] = [];
  const labels = labelMatches(text);
  const alone = allMatches(WORD_AS_LABEL, text);
  const aloneAt = new Set(alone.map((word) => word.index));
  const inColumn = wordsInLabelColumn(text, labels).filter((match) => !aloneAt.has(match.index));
  const beforeValues = alone.length + inColumn.length === 0 ? wordsAfterKind(text, labels) : [];
  const words = [...alone, ...inColumn, ...beforeValues];
  const isWord = new Set(words);
  const naming = namingLabels(labels);
  // what the labels found so far say, kept as they are found rather than searched for at each label: a run of
  // thousands of labels on one line would otherwise be read in time that grows with the square of its length
  const languages = new Set<string | null>();
  let lastNamed: FoundLabel | undefined;
  const add = (label: FoundLabel): void => {
    found.push(label);
    languages.add(label.language);
    if (label.field !== 'on' && label.field !== 'other') lastNamed = label;
  };
  for (const match of [...labels, ...words].sort((a, b) => a.index - b.index)) {
    const word = isWord.has(match) ? WORDS_AS_LABELS.get((match[1] ?? '').replace(/[ \t]+/g, ' ')) : undefined;
    if (word !== undefined) {
      // `des` ending a wrapped line of a French header (`… services répressifs` / `des` / `États membres`) is a word of its value
      if ([...languages].some((language) => language !== null && language !== word.language)) continue;
      add({ start: match.index, end: match.index + match[0].length, field: word.field, language: word.language, printed: match[0].trim() });
      continue;
    }
    const spelling = (match[1] ?? '').toLowerCase().replace(/[ \t]+/g, ' ');
    const label = HEADER_LABELS.get(spelling) ?? BY_SQUEEZED_SPELLING.get(spelling.replace(/ /g, ''));
    if (label === undefined) continue;
    const printed = match[0];
    if (!printed.trimEnd().endsWith(':') && !LABELS_WITHOUT_COLON.has(label.field)) continue;
    // a one-letter recipient's label (the Spanish `A:`) is one only right after the sender's label, or the date's or
    // date of receipt's labels after it (`De:` / `Fecha:` / `A:` of an outcome, `De:` / `Fecha de recepción:` / `A:` of a
    // cover note), not the `A:` of `Part A:`; the Irish sender's `Ó:` is a letter no word of another language stands alone as
    // — or, in a header that prints its recipient first, right before the sender's label (`A:` / `De:`), outside a
    // subject's value (`Asunto: Parte A: …` / `De:`)
    const before = lastNamed;
    const following = labelAfter(naming, match);
    const beforeSender = following?.field === 'from' && before?.field !== 'subject';
    const afterSubject = before?.field === 'subject' && isRecipientAfterSubject(text, match.index, match.index + printed.length, before);
    if (spelling.length === 1 && label.field !== 'from' && before?.field !== 'from' && !beforeSender && !afterSubject) continue;
    // a label of its language after it counts as one before it: the labels are printed in any order (`Asia:` /
    // `Lähettäjä:` / `Vastaanottaja:`); so does the subject's `Asia:` as the header's only label (a Presidency note whose
    // kind line names its recipient, `PUHEENJOHTAJAVALTION MUISTIO COSI:LLE`, prints no sender's or recipient's row)
    const onlyLabel = label.field === 'subject' && found.length === 0 && following === undefined;
    if (LABELS_AFTER_OWN_LANGUAGE.has(spelling) && !onlyLabel && !languages.has(label.language) && following?.language !== label.language) continue;
    // the date label right after a note's label (`du document:` / `en date du:`, `des Dokuments:` / `vom:`) dates the
    // document the note names: it is the note's, no meeting's day
    const field = label.field === 'on' && found[found.length - 1]?.field === 'note' ? 'note' : label.field;
    add({ start: match.index, end: match.index + printed.length, field, language: label.language, printed: printed.trim() });
  }
  return withUnknownDateLabels(text, found);
}

/** How much of the line before a one-letter label is read for the word it follows. */
const WORD_BEFORE = 40;

/**
 * The Spanish words a letter names a part of (`Parte A:`, `Anexo A:`, `Punto A:`, `Opción A:`, `Lista A:`), Spanish being
 * the version that prints its recipient's label `A:`: after one, the `A:` is the word's letter, no label. Any other word
 * before it, capitalised or not, is a subject's last (`… Comité … en materia de Seguridad Interior A: Delegaciones`).
 */
const LETTERED_WORDS = [
  'Parte',
  'Partes',
  'Anexo',
  'Apéndice',
  'Punto',
  'Puntos',
  'Lista',
  'Sección',
  'Capítulo',
  'Título',
  'Opción',
  'Variante',
  'Grupo',
  'Categoría',
  'Tipo',
  'Nivel',
  'Fase',
  'Cuadro',
  'Tabla',
  'Figura',
  'Modelo',
  'Formulario',
  'Escenario',
  'Letra',
];

/** A word a letter names a part of right before the label (LETTERED_WORDS), in any case: the `A:` is that word's letter, no label. */
const PART_WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${LETTERED_WORDS.join('|')})[ \t]+$`, 'iu');

/**
 * Whether a one-letter recipient's label printed after the subject's (`De:` / `Asunto:` / `A:`) is one by its shape: its
 * value opens with a recipient of the Council's vocabulary (`A:  Delegaciones`), the label opening its line or, on a
 * page run into one line, after the subject's last word (`… de 2025 A: Delegaciones Se remite …`, `… Seguridad Interior
 * A: Delegaciones`), never after a word whose letter it is (`Parte A: Delegaciones`: LETTERED_WORDS); or, in a column of labels printed before their values,
 * it stands alone on its line right under the subject's label, itself alone on its line. A subject's line opening `A:`
 * goes on with no recipient.
 */
function isRecipientAfterSubject(text: string, start: number, end: number, subject: FoundLabel): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const value = text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim();
  const before = text.slice(Math.max(lineStart, start - WORD_BEFORE), start);
  if (before.trim() !== '') return value !== '' && !PART_WORD_BEFORE.test(before) && correspondentLength(value, 0) > 0;
  if (value !== '') return correspondentLength(value, 0) > 0;
  const subjectLineEnd = text.indexOf('\n', subject.end);
  return text.slice(subject.end, start).trim() === '' && subjectLineEnd >= 0 && subjectLineEnd < start;
}

/** The labels of `labels` (in the order of the text) that name a label to those before them, each with the label it names. */
function namingLabels(labels: readonly RegExpExecArray[]): { index: number; label: HeaderLabel }[] {
  const naming: { index: number; label: HeaderLabel }[] = [];
  for (const later of labels) {
    if (!later[0].trimEnd().endsWith(':')) continue;
    const spelling = (later[1] ?? '').toLowerCase().replace(/[ \t]+/g, ' ');
    const label = HEADER_LABELS.get(spelling);
    if (label !== undefined && !LABELS_AFTER_OWN_LANGUAGE.has(spelling) && spelling.length > 1) naming.push({ index: later.index, label });
  }
  return naming;
}

/** The label the vocabulary knows that the labels hold first after `match` (its spelling printed as a label, with its colon), if any. */
function labelAfter(naming: readonly { index: number; label: HeaderLabel }[], match: RegExpExecArray): HeaderLabel | undefined {
  let low = 0;
  let high = naming.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((naming[middle]?.index ?? Infinity) <= match.index) low = middle + 1;
    else high = middle;
  }
  return naming[low]?.label;
}

/**
 * A line opening with a label the vocabulary does not know — one to four words, the first capitalised, then a colon —
 * whose value is a day (`Inkom den: 11 mars 2025`, a cover note's date of receipt in a version whose word the
 * vocabulary lacks), or nothing where the labels are printed before their values, standing between two labels it
 * knows: a label of its own (`other`: kept as printed), so that the line does not run into the value above it.
 */
const UNKNOWN_LABEL_LINE = /(?<=^|\n)[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]\p{L}[\p{L}.]*){0,3})[ \t]?:(?:[ \t]+([^\n]{1,60}))?[ \t]*(?=\n|$)/gu;

function withUnknownDateLabels(text: string, found: readonly FoundLabel[]): FoundLabel[] {
  const first = found[0];
  const last = found[found.length - 1];
  if (first === undefined || last === undefined || first === last) return [...found];
  const added: FoundLabel[] = [];
  UNKNOWN_LABEL_LINE.lastIndex = first.end;
  for (let match = UNKNOWN_LABEL_LINE.exec(text); match !== null && match.index < last.start; match = UNKNOWN_LABEL_LINE.exec(text)) {
    const label = match[1] ?? '';
    const start = match.index + match[0].indexOf(label);
    if (found.some((known) => known.start <= start && start < Math.max(known.end, known.start + 1))) continue;
    const value = match[2];
    if (value !== undefined && parseDates(value).length === 0) continue;
    const printed = text.slice(start, text.indexOf(':', start) + 1);
    added.push({ start, end: start + printed.length, field: 'other', language: null, printed });
  }
  return added.length === 0 ? [...found] : [...found, ...added].sort((a, b) => a.start - b.start);
}
