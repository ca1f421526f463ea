/**
 * The language versions a corrigendum concerns alone, as its body says it over its text where its number does not
 * (`concerns the English language version only`, `concerne uniquement la version française`, `betrifft nur die deutsche
 * Sprachfassung`): the sentence's shape — a word for "version" and a word for "only", short, among the first lines —
 * and the languages it names, any of the 24 by its name in any of them (`Concerne uniquement la version anglaise`,
 * `Betrifft nur die englische Fassung`, `Dotyczy wyłącznie angielskiej wersji językowej`, `Týká se pouze anglického
 * znění`: `language-names.ts`). `concerns all language versions` names none.
 */
import { namedLanguages } from './language-names.ts';
import type { SourceLine } from '../normalise.ts';

/** The body lines the sentence may stand on: it is printed over the corrigendum's text, under the header. */
const FIRST_LINES = 3;

/** The longest line the sentence is: a heading-like line, not a paragraph that mentions a version. */
const LONGEST = 120;

/**
 * A word for a language version, in each official language, by its stem inside a word (`version`, `Sprachfassung`,
 * `taalversie`, `sprogudgave`, `språkversionen`, `wersji`, `verzi`, `znění`, `znenie`, `različico`, `változat`, `verżjoni`,
 * `leagan`, `έκδοση`, `версия`).
 */
const VERSION_STEMS = 'versi|versión|versão|versõ|fassung|udgave|wersj|verz|zněn|znen|različic|változat|verżjoni|leagan|έκδοσ|εκδόσ|απόδοσ|αποδόσ|верси';
const VERSION_WORD = new RegExp(String.raw`(?<![\p{L}])\p{L}{0,12}(?:${VERSION_STEMS})\p{L}{0,12}(?![\p{L}])`, 'iu');

/**
 * One of those stems anywhere, as a cheap test before VERSION_WORD: a line without one holds no word for "version".
 * VERSION_WORD reaches back over up to 12 letters at every word's start and tries each stem after each of them; this
 * reads each position once, and most lines it is asked about (every line opening in lower case, in `normalise`) hold none.
 */
const VERSION_STEM = new RegExp(VERSION_STEMS, 'iu');

/** A word for "only", in each official language (`only`, `uniquement`, `ne … que`, `nur`, `solo`, `alleen`, `wyłącznie`, `ainoastaan` …). */
const ONLY_WORD =
  /(?<![\p{L}])(?:only|uniquement|seulement|ne\s+concerne\s+que|nur|ausschließlich|solo|soltanto|unicamente|únicamente|sólo|exclusivamente|esclusivamente|apenas|somente|alleen|uitsluitend|enkel|wyłącznie|tylko|pouze|jen|len|iba|samo|ainult|tik|tikai|csak|kizárólag|biss|amháin|vain|ainoastaan|endast|bara|kun|μόνο|само|doar|numai)(?![\p{L}])/iu;

/**
 * The words for "all" before the version word (`all language versions`, `toutes les versions`, `alle Sprachfassungen`,
 * `visām valodu versijām`, `visoms kalbinėms versijoms`, `valamennyi nyelvi változatot`): no language alone.
 */
const ALL_VERSIONS =
  /(?<![\p{L}])(?:all|toutes|alle|tutte|todas|wszystkich|všech|všetky|všetkých|vse|kõiki|visas|visām|visu|visų|visoms|összes|valamennyi|kollha|gach|kaikkia|alla|όλες|всички|toate|sve)(?![\p{L}])/iu;

/**
 * Whether a line has the shape of the sentence that says which versions a corrigendum concerns (`concerns the English
 * language version only`, `concerne toutes les versions linguistiques`): short, a word for "version" and one for
 * "only" or "all". It is a line of its own, never the end of the subject above it, whatever its case.
 */
export function isVersionsLine(text: string): boolean {
  const line = text.trim();
  return line.length <= LONGEST && VERSION_STEM.test(line) && VERSION_WORD.test(line) && (ONLY_WORD.test(line) || ALL_VERSIONS.test(line));
}

/**
 * The languages (codes, in order of appearance, each once) that the sentence over a corrigendum's text names as the
 * versions it concerns alone, for a document in `language`; empty where no such sentence stands among the first lines.
 */
export function concernedVersions(body: readonly SourceLine[], language: string | null): string[] {
  const lines = body.filter(({ text }) => text.trim() !== '').slice(0, FIRST_LINES);
  for (const { text } of lines) {
    // a page run into one line goes on after the versions line it opens with
    const line = opensWithVerb(text.replace(/[*_]/g, '').trim());
    if (!isVersionsLine(line) || ALL_VERSIONS.test(line)) continue;
    const named = namedLanguages(line, language);
    if (named.length > 0) return named;
  }
  return [];
}

/**
 * The verb the line opens with, in each official language (`concerns`, `concerne`, `betrifft`, `riguarda`, `afecta`,
 * `betreft`, `dotyczy`, `se týká`, `se nanaša`, `se odnosi`, `privește`, `засяга`, `αφορά`, `attiecas`, `puudutab`,
 * `koskee`, `gäller`, `vedrører`, `baineann`, `jikkonċerna` …).
 */
const CONCERNS =
  /(?<![\p{L}])(?:concerns?|concerne(?:nt)?|betrifft|betreffen|riguarda(?:no)?|afecta|concierne|se refiere|diz respeito|respeita|betreft|heeft betrekking|dotyczy|týká|týka|zadeva|nanaša|odnosi|privește|privesc|se referă|засяга|се отнася|αφορά|taikoma|taikomas|attiecas|puudutab|koskee|gäller|avser|vedrører|berører|baineann|jikkonċerna|jolqot)(?![\p{L}])/giu;

/** How far before its version word the line's verb may stand (`concerns only the Bulgarian and the Romanian language versions`). */
const VERB_BEFORE = 60;

/**
 * Where the line that says which versions a corrigendum concerns opens inside the first line of `text`, after the
 * subject it ran into on a page run into one line (`Subject: Draft Council conclusions on … borders concerns all
 * language versions Page 3, …`): at its verb, before a word for "version" with a word for "only" or "all" near it
 * (where the verb comes last, at the word for "only": `… ülésének eredménye csak az angol nyelvi változatot érinti`);
 * null where the line holds none, or opens with it (its start is no subject's end).
 */
export function versionsPhraseAt(text: string): number | null {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  const version = VERSION_STEM.test(line) ? line.search(VERSION_WORD) : -1;
  if (version <= 0) return null;
  let start: number | null = null;
  CONCERNS.lastIndex = Math.max(0, version - VERB_BEFORE);
  for (let match = CONCERNS.exec(line); match !== null && match.index < version; match = CONCERNS.exec(line)) start = match.index;
  // a language that puts its verb last opens the line with its word for "only" (`csak az angol nyelvi változatot érinti`)
  start ??= onlyBefore(line, version) ?? allBeforeLastVerb(line, version);
  if (start === null || start === 0) return null;
  return isVersionsLine(opening(line.slice(start))) ? start : null;
}

/** Where the last word for "only" at most VERB_BEFORE characters before the version word stands; null where none does. */
function onlyBefore(line: string, version: number): number | null {
  const from = Math.max(0, version - VERB_BEFORE);
  const only = new RegExp(ONLY_WORD.source, 'giu');
  let start: number | null = null;
  for (const match of line.slice(from, version).matchAll(only)) start = from + match.index;
  return start;
}

/**
 * The verb that closes a versions line in a language that puts it last (Hungarian `valamennyi nyelvi változatot
 * érinti`, `… változatra vonatkozik`).
 */
const VERB_LAST = /(?<![\p{L}])(?:érinti|érintik|vonatkozik|vonatkoznak)(?![\p{L}])/u;

/** How far after its version word a last verb may stand (`változatot érinti`). */
const VERB_AFTER = 20;

/**
 * Where a versions line for all versions whose verb is last opens before the version word at `version`: at the first
 * word for "all" at most VERB_BEFORE characters before it, where the verb follows the version word closely (a word for
 * "all" alone may well be a subject's); null where not.
 */
function allBeforeLastVerb(line: string, version: number): number | null {
  const after = line.slice(version).search(/\s/u);
  if (after < 0 || !VERB_LAST.test(line.slice(version + after, version + after + VERB_AFTER))) return null;
  const from = Math.max(0, version - VERB_BEFORE);
  const all = ALL_VERSIONS.exec(line.slice(from, version));
  return all === null ? null : from + all.index;
}

/** A line that opens with the verb of a versions line, cut as opening() cuts it; any other line as it is. */
function opensWithVerb(line: string): string {
  CONCERNS.lastIndex = 0;
  const first = CONCERNS.exec(line);
  return first?.index === 0 ? opening(line) : line;
}

/** A line's opening as a versions line may be (a page run into one line goes on after it): the line up to LONGEST characters, cut at a space. */
function opening(line: string): string {
  if (line.length <= LONGEST) return line;
  const cut = line.lastIndexOf(' ', LONGEST);
  return line.slice(0, cut < 0 ? LONGEST : cut);
}
