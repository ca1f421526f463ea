/** A run of text that both versions share, or that only the old or only the new version has. */
export interface DiffPart {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/**
 * Above this many cells of the longest-common-subsequence table (changed middle of the old text ×
 * changed middle of the new one) the diff gives up on detail and shows the middle as replaced: a
 * bound on memory (2 bytes a cell) for unrelated texts.
 */
const MAX_TABLE_CELLS = 4_000_000;

/** A word and the white space after it, as one token; words are compared without their spacing. */
interface Token {
  readonly word: string;
  readonly text: string;
}

/**
 * The tokens of a text: each run of non-space characters with the spaces that follow it (one space
 * after the last word), so that runs taken from either version never glue two words together.
 */
function tokenize(text: string): Token[] {
  return [...text.matchAll(/(\S+)(\s*)/g)].map((match) => ({ word: match[1] ?? '', text: match[2] === '' ? `${match[1] ?? ''} ` : match[0] }));
}

/** Appends text to the parts, merging it into the last part when the operation is the same. */
function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts.at(-1);
  if (last !== undefined && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
  else if (text !== '') parts.push({ op, text });
}

/** The diff of the changed middles: a longest common subsequence of words, by dynamic programming. */
function diffMiddle(parts: DiffPart[], a: readonly Token[], b: readonly Token[]): void {
  const rows = a.length + 1;
  const columns = b.length + 1;
  if (rows * columns > MAX_TABLE_CELLS) {
    push(parts, 'delete', a.map((token) => token.text).join(''));
    push(parts, 'insert', b.map((token) => token.text).join(''));
    return;
  }
  // Words as numbers, so that the table's inner loop compares integers, not strings.
  const ids = new Map<string, number>();
  const idOf = (token: Token) => ids.get(token.word) ?? ids.set(token.word, ids.size).size - 1;
  const aIds = Int32Array.from(a, idOf);
  const bIds = Int32Array.from(b, idOf);
  // lcs[i * columns + j]: length of a longest common subsequence of a[i..] and b[j..]; at most the shorter side's
  // length, which the cap on cells keeps below 2,001, so 16 bits a cell.
  const lcs = new Uint16Array(rows * columns);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const word = aIds[i];
    const row = i * columns;
    const below = row + columns;
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[row + j] = word === bIds[j] ? (lcs[below + j + 1] ?? 0) + 1 : Math.max(lcs[below + j] ?? 0, lcs[row + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const old = a[i];
    const next = b[j];
    if (old !== undefined && next !== undefined && old.word === next.word) {
      push(parts, 'equal', next.text);
      i += 1;
      j += 1;
    } else if (next === undefined || (old !== undefined && (lcs[(i + 1) * columns + j] ?? 0) >= (lcs[i * columns + j + 1] ?? 0))) {
      push(parts, 'delete', old?.text ?? '');
      i += 1;
    } else {
      push(parts, 'insert', next.text);
      j += 1;
    }
  }
}

/**
 * The word-level difference between two versions of a text. Words are compared exactly, spacing
 * ignored; equal and inserted runs keep the new version's spacing, deleted runs the old one's.
 * Joining the `equal` and `insert` parts gives the words of the new version, joining `equal` and
 * `delete` parts the words of the old one.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start]?.word === b[start]?.word) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end]?.word === b[b.length - 1 - end]?.word) end += 1;
  const parts: DiffPart[] = [];
  push(
    parts,
    'equal',
    b
      .slice(0, start)
      .map((token) => token.text)
      .join(''),
  );
  diffMiddle(parts, a.slice(start, a.length - end), b.slice(start, b.length - end));
  push(
    parts,
    'equal',
    b
      .slice(b.length - end)
      .map((token) => token.text)
      .join(''),
  );
  return parts;
}

/** How many passages changed: runs of deleted or inserted words between equal ones (a replacement is one). */
export function changedPassages(parts: readonly DiffPart[]): number {
  return parts.filter((part, index) => part.op !== 'equal' && (index === 0 || parts[index - 1]?.op === 'equal')).length;
}
