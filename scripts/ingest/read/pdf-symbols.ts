/**
 * Symbol fonts in a PDF's text layer. Word sets its list bullets, arrows and check marks in the Symbol and
 * Wingdings fonts, whose characters a PDF's text layer gives as private-use code points (U+F0B7 for Symbol's
 * bullet, U+F0A7 for Wingdings' small square): here they become the characters they print, so that a list is read
 * as a list and a check mark in a table is a check mark on the page.
 */

/** Private-use code points a symbol font's characters stand at (U+F020–U+F0FF: the font's code + 0xF000). */
const SYMBOL_AREA = /[\uF020-\uF0FF]/u;

/** What Symbol's characters print, for the list glyphs, arrows and signs Word documents set in it. */
const SYMBOL: Readonly<Record<string, string>> = {
  '\uF0B7': '•',
  '\uF02D': '−',
  '\uF0AE': '→',
  '\uF0A8': '♦',
  '\uF0E0': '◊',
  '\uF0B0': '°',
  '\uF0B1': '±',
  '\uF0A3': '≤',
  '\uF0B3': '≥',
  '\uF0B4': '×',
};

/** What Wingdings' characters print, for the list glyphs and check boxes Word offers from it. */
const WINGDINGS: Readonly<Record<string, string>> = {
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF076': '❖',
  '\uF06E': '■',
  '\uF06C': '●',
  '\uF071': '❑',
  '\uF0FC': '✔',
  '\uF0FD': '☒',
  '\uF0FE': '☑',
};

/** Wingdings' check boxes: in a font of another name their code points are not read as Word's (see LONE_GLYPHS). */
const CHECK_BOXES: readonly string[] = ['\uF0FD', '\uF0FE'];

/**
 * A glyph drawn alone in a font of another name (a word processor's stand-in for Symbol or Wingdings, such as
 * LibreOffice's OpenSymbol, keeps the code points): Word's list glyphs and check mark, whichever font they came from —
 * Symbol's bullet and Wingdings' glyphs but its check boxes.
 */
const LONE_GLYPHS: Readonly<Record<string, string>> = Object.fromEntries([
  ['\uF0B7', '•'],
  ...Object.entries(WINGDINGS).filter(([code]) => !CHECK_BOXES.includes(code)),
]);

/**
 * Glyphs a list item opens with: the word processors' bullets, dashes and arrows, those of symbol fonts included.
 * Not the check mark: one opening a table's row is the cell's value, and a list glyph is not written out.
 */
export const LIST_GLYPHS: readonly string[] = ['–', '-', '−', '•', '▪', '◦', '○', '·', 'o', '➢', '❖', '■', '●', '❑', '♦', '◊', '→'];

/** The font's family without the subset tag a PDF puts before an embedded font's name (`ABCDEF+Wingdings-Regular`). */
function family(fontName: string): string {
  return fontName.replace(/^[A-Z]{6}\+/, '');
}

/** The characters' table for a font: Symbol's or Wingdings' by its name, Word's lone glyphs for any other. */
function tableOf(fontName: string, text: string): Readonly<Record<string, string>> | null {
  const name = family(fontName);
  if (/wingdings/i.test(name)) return WINGDINGS;
  if (/^symbol/i.test(name)) return SYMBOL;
  return [...text.trim()].length === 1 ? LONE_GLYPHS : null;
}

/**
 * A text run's characters as printed: a symbol font's private-use code points replaced by the characters they
 * show (by the font's name; in a font of another name only a glyph drawn alone). Guarantees: other characters,
 * and code points no table knows, are kept as they are.
 */
export function symbolText(text: string, fontName: string): string {
  if (!SYMBOL_AREA.test(text)) return text;
  const table = tableOf(fontName, text);
  return table === null ? text : [...text].map((c) => table[c] ?? c).join('');
}
