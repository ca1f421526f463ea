import { CITY_PARTICLES, FORMAT_TOOLS, SEAT_CITIES } from '../text/header-vocabulary.ts';
import { formatWordLength, timeRowLength } from './value-shapes.ts';

/*
 * Where a notice's venue ends: its address's postcode and city (a seat of the Council's or a city a Presidency meets
 * in), a meeting room under it, and what follows it on a line run together (a sentence, the day's hours, a format's
 * word).
 */

/**
 * A postcode's figures in the shapes of the Member States' cities a Presidency holds a meeting in: four or five
 * (`1048`, `10117`), three and two (`110 00 Praha`), two and three (`00-901 Warszawa`), four and three (`1000-001
 * Lisboa`), four and two capitals (`2517 JW Den Haag`).
 */
const POSTCODE = String.raw`(?:[A-Z]{1,2}-)?(?:\d{4}-\d{3}|\d{4}[ \t]?[A-Z]{2}(?![\p{L}\d])|\d{4,5}|\d{2}-\d{3}|\d{3} \d{2})`;

/**
 * A postcode printed after its city (`Dublin 2, D02 X285`, the Irish Eircode; `Valletta VLT 1645`, `La Valletta VLT
 * 1645`, the Maltese), after the city's last word or its district's number: the address's last words.
 */
const TRAILING_POSTCODE =
  /(?<![\p{L}\d'’-])(?:\p{Lu}[\p{L}'’-]*|\d{1,2}),?[ \t]+(?:(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[\dAC-FHKNPRTV-Y]{4}|[A-Z]{3}[ \t]?\d{4})(?![\p{L}\d])/u;

/** The small words a city's name holds between its capitalised words (CITY_PARTICLES: `de`, `am`, `an der`, `aan den`), one or two. */
const PARTICLES = String.raw`(?:${CITY_PARTICLES.join('|')})(?:[ \t]+(?:${CITY_PARTICLES.join('|')}))?(?![\p{L}])`;

/** A capitalised word of a city's name (`Brussels`, `Bruxelles-Ville`, `An Bhruiséil`), also one of the Dutch `'s-` (`'s-Gravenhage`). */
const CITY_CAPITAL = String.raw`(?:['’]s-)?\p{Lu}[\p{L}'’-]*`;

/** A city's name after its postcode: its first capitalised word, up to three more, district's number or the small words before one (`Santa Cruz de Tenerife`, `Praha 1`). */
const CITY_NAME = String.raw`${CITY_CAPITAL}(?:[ \t]+(?:${PARTICLES}[ \t]+)?(?:${CITY_CAPITAL}|\d{1,2}(?![\d.,:])))${'{0,3}'}`;

/**
 * A venue's postcode after its street's comma, as a notice prints its address (`Rue de la Loi 175, 1048 Brussels`, `…,
 * B-1048 Bruxelles`, `…, L-2929 Luxembourg`, `Slovanský ostrov 226, 110 00 Praha 1`), or right after the street's number
 * without one (`Rue de la Loi 175 1048 Brussels`), the city's first word after it.
 */
const VENUE_POSTCODE = new RegExp(String.raw`(?:,\s+|(?<=\d)\s+)${POSTCODE}[ \t]+(?=\p{Lu}|['’]s-\p{Lu})`, 'gu');

/**
 * The words a notice prints before its meeting room's number under its address, in the 24 versions (`Meeting room 50.7`,
 * `Salle 50.7`, `Sitzungssaal 50.7`, `Зала 50.7`, `Zasedací místnost 50.7`, `Αίθουσα συνεδριάσεων 50.7`, `Sala de
 * reuniones 50.7`, `Seomra cruinnithe 50.7`, `Kamra tal-laqgħat 50.7`, `Posėdžių salė 50.7`), each a room's first words.
 */
const ROOM_WORDS = [
  'meeting room',
  'room',
  'salle',
  'sitzungssaal',
  'saal',
  'raum',
  'зала',
  'zasedací místnost',
  'místnost',
  'mødelokale',
  'lokale',
  'αίθουσα',
  'sala',
  'koosolekuruum',
  'ruum',
  'kokoushuone',
  'huone',
  'seomra',
  'dvorana',
  'sejna soba',
  'soba',
  'tárgyaló',
  'terem',
  'posėdžių salė',
  'salė',
  'sanāksmju telpa',
  'telpa',
  'kamra',
  'vergaderzaal',
  'zaal',
  'rokovacia miestnosť',
  'miestnosť',
  'mötesrum',
  'rum',
];

/**
 * A meeting room after the venue's city: its words (ROOM_WORDS), up to two more (`de reuniones`, `tal-laqgħat`), and its
 * number (`50.7`, `2`), then the spaces after it: the venue's, not the body's.
 */
const ROOM = new RegExp(String.raw`(?:${ROOM_WORDS.join('|')})(?![\p{L}])(?:[ \t]+[\p{L}'’-]+){0,2}?[ \t]+\d{1,3}(?:\.\d{1,2})?(?![\d.]?\d)\s*`, 'iuy');

/**
 * A word of a city's name: a capital first (`Brussels`, `BRUXELLES`, `An Bhruiséil`, `Bruxelles-Ville`, `'s-Gravenhage`),
 * the small words before it that a name holds (`de Tenerife`, `am Main`), or its district's number after it (`Praha 1`),
 * no item's (`1.`) nor hour's (`10.00`).
 */
const CITY_WORD = new RegExp(String.raw`(?:${PARTICLES}[ \t]+(?=\p{Lu}))?${CITY_CAPITAL}|\d{1,2}(?![\d.,:])`, 'uy');

/**
 * A capitalised word's first letter after the city: no bracket, comma, figure or word in small letters that may go on
 * with the venue's own words (`1048 Brussels (room 50.4)`, `… and by videoconference`).
 */
const WORD_AFTER_CITY = /^\p{Lu}/u;

/** The spaces after a word of the city's name (a copy out of a PDF viewer may break the line there). */
const AFTER_CITY_WORD = /\s+/y;

/**
 * A sentence opening: a capitalised word and a lower-case one after it (`Delegations are informed …`, `Výše uvedené
 * zasedání …`, `Tá an cruinniú …`, `Il-laqgħa msemmija …`), or in German an article, its noun and a lower-case word
 * (`Den Delegationen wird …`); no city's name going on after its small words (`Cruz de Tenerife`, `Frankfurt am Main`).
 */
const OPENS_SENTENCE = new RegExp(
  String.raw`["“(]?(?:\p{Lu}[\p{L}'’-]*|(?:Der|Die|Das|Den|Dem)[ \t]+\p{Lu}\p{Ll}[\p{L}-]*)[ \t]+(?!${PARTICLES}[ \t]+\p{Lu})\p{Ll}`,
  'uy',
);

/**
 * Whether a sentence opens at `at` (OPENS_SENTENCE), its word in small letters no meeting's format (formatLengthAt):
 * a city's last word before the format the venue's cell prints under it opens none (`… 13001 Ciudad Real
 * videoconference`, `… 2517 JW Den Haag hybrid`, `… 1048 An Bhruiséil físchomhdháil`).
 */
function opensSentence(text: string, at: number): boolean {
  OPENS_SENTENCE.lastIndex = at;
  return OPENS_SENTENCE.test(text) && formatLengthAt(text, OPENS_SENTENCE.lastIndex - 1) === 0;
}

/** How far into a venue's value its postcode is looked for (a building, a street and its number). */
const VENUE_REACH = 240;

/** The most words a city's name has after its postcode (`An Bhruiséil`). */
const CITY_WORDS = 3;

/**
 * A line that ends in a venue's postcode and city (`Rue de la Loi 155, 1048 BRUSSELS`, `… 175 1048 Brussels`, `…, 1048
 * An Bhruiséil`, `…, 110 00 Praha 1`, `…, 38001 Santa Cruz de Tenerife`, `…, 2517 JW 's-Gravenhage`): the address, a
 * venue's last line before its room or the next cell.
 */
const ADDRESS_END = new RegExp(String.raw`(?:,[ \t]*|\d[ \t]+)${POSTCODE}[ \t]+${CITY_NAME}[ \t]*$`, 'u');

/** A line that ends in a postcode printed after its city (TRAILING_POSTCODE: `Dame Street, Dublin 2, D02 X285`). */
const TRAILING_ADDRESS_END = new RegExp(String.raw`${TRAILING_POSTCODE.source}[ \t]*$`, 'u');

/**
 * Whether `line` ends in a venue's postcode and city (ADDRESS_END), or its city and postcode (TRAILING_ADDRESS_END):
 * the line under it is no continuation of it (label-column.ts).
 */
export function endsAddress(line: string): boolean {
  return ADDRESS_END.test(line) || TRAILING_ADDRESS_END.test(line);
}

/** Whether the spaces of `text` from `from` to `at` hold a line break and a capital opens the text at `at`. */
function opensLineBelow(text: string, from: number, at: number): boolean {
  return text.slice(from, at).includes('\n') && /^["“(]?\p{Lu}/u.test(text.slice(at, at + 2));
}

/**
 * Where the venue ends after a meeting room at `at` (ROOM: `Meeting room 50.7`), a sentence or a line opening with a
 * capital right after it: after the room; null where something else follows it; undefined where no room stands there.
 */
function afterRoom(text: string, at: number): number | null | undefined {
  ROOM.lastIndex = at;
  if (!ROOM.test(text)) return undefined;
  const after = ROOM.lastIndex;
  return opensSentence(text, after) || opensLineBelow(text, at, after) ? after : null;
}

/**
 * Where a venue whose postcode follows its city (TRAILING_POSTCODE: `Dame Street, Dublin 2, D02 X285`, `Old Hospital
 * Street, Valletta VLT 1645`) ends in `text`: after the postcode, where anything follows it (after a meeting room under
 * it, as afterRoom reads one); null where nothing does or no such postcode stands in its first VENUE_REACH characters.
 */
function afterTrailingPostcode(text: string): number | null {
  const postcode = TRAILING_POSTCODE.exec(text.slice(0, VENUE_REACH));
  if (postcode === null) return null;
  const end = postcode.index + postcode[0].length;
  const at = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
  if (at === text.length) return null;
  const room = afterRoom(text, at);
  return room === undefined ? at : room;
}

/**
 * Where a notice's venue ends in `text` (its value, the body run on after it, as on a page run into one line): after the
 * city that follows its postcode, where a sentence opens right after the city's name (`RADA BUDOVA EUROPA Rue de la Loi
 * 175, 1048 Brusel Výše uvedené zasedání bylo zrušeno …`, `СЪВЕТ СГРАДА „ЕВРОПА“ Rue de la Loi 175, 1048 Брюксел
 * Горепосоченото заседание …`, `… 1048 An Bhruiséil Tá an cruinniú …`): the offset of the sentence's first character;
 * after a city where the Council meets (SEAT_CITIES) before any capitalised word (`… 1048 Brüsszel A COSI tagjainak
 * …`, `… 1048 Brussels Webex`). Null where the venue prints no postcode and city in its first VENUE_REACH characters, or
 * neither follows them (the venue's own words, `1048 Brussels (room 50.4)`, or nothing).
 */
export function venueEnd(text: string): number | null {
  VENUE_POSTCODE.lastIndex = 0;
  const postcode = VENUE_POSTCODE.exec(text.slice(0, VENUE_REACH));
  if (postcode === null) return afterTrailingPostcode(text);
  let at = postcode.index + postcode[0].length;
  const city: string[] = [];
  for (let words = 0; words < CITY_WORDS; words += 1) {
    CITY_WORD.lastIndex = at;
    const word = CITY_WORD.exec(text);
    if (word === null) return null;
    city.push(word[0]);
    AFTER_CITY_WORD.lastIndex = at + word[0].length;
    const space = AFTER_CITY_WORD.exec(text);
    if (space === null) return null;
    at = AFTER_CITY_WORD.lastIndex;
    // a meeting room after the city is the venue's (`… 1048 Brussels Meeting room 50.7`): the body may open after it
    const room = afterRoom(text, at);
    if (room !== undefined) return room;
    // the address's line ends the venue: a line under it that opens with a capital is the body's (a copy without blank
    // lines: `… 1048 Brüssel` / `Arutelupunktid`, the heading of the items, a word alone)
    if (opensLineBelow(text, at - space[0].length, at)) return at;
    if (opensSentence(text, at)) return at;
    // a city where the Council meets ends the address, whatever word follows it on the line (a sentence opening with
    // an article or a word in capitals, `… 1048 Brüsszel A COSI tagjainak …`, `… 1048 Briuselis Neoficiali COSI …`;
    // a format's word no reader knows, `… 1048 Brussels Webex`)
    // and the day's hours after it (`… 1048 Bryssel kl. 10.00 – 13.00 1. …`, `… 1048 Brusel` / `10:00 – 13:00`), or a
    // line under it opening with a figure (the day's heading, `2026. gada 17. februārī`), are the body's
    if (
      SEAT_CITIES.has(city.join(' ').toLowerCase()) &&
      (WORD_AFTER_CITY.test(text.slice(at, at + 1)) || timeRowLength(text, at) > 0 || (space[0].includes('\n') && /^\d/.test(text.slice(at, at + 1))))
    )
      return at;
  }
  return null;
}

/** A videoconference tool's name (FORMAT_TOOLS: `Webex`, `MS Teams`, `Zoom`) ending a line, the space before it. */
const TOOL_AT_END = new RegExp(String.raw`[ \t](?:${[...FORMAT_TOOLS].sort((a, b) => b.length - a.length).join('|')})[ \t]*$`, 'u');

/**
 * The offset of the space before a videoconference tool's name that ends `values` with the venue's words before it
 * (TOOL_AT_END: a page run into one line under `Venue:` / `Format:`, `… 1000 København Webex`, `… 38001 Santa Cruz de
 * Tenerife Webex`, `… 2517 JW Den Haag MS Teams`, `… Justus Lipsius building, room 50.4 Webex`): the format's, whatever
 * city or room comes before it; or null. A word no vocabulary knows after a city the Council does not meet in is told
 * apart from none (`… 38001 Santa Cruz Foobar` may be the city `Santa Cruz` or `Santa`): no value beats a wrong one.
 */
export function toolAtEnd(values: string): number | null {
  const from = Math.max(0, values.length - VENUE_REACH);
  const tool = TOOL_AT_END.exec(values.slice(from));
  return tool === null || values.slice(0, from + tool.index).trim() === '' ? null : from + tool.index;
}

/**
 * The offset of the space before what follows a venue's address on its line, where it ends in a city the Council meets
 * in and words follow (`… Rue de la Loi 175, 1048 Brussels Webex`: the space before `Webex`), or in a postcode after its
 * city (`… Dublin 2, D02 X285 Webex`), or where a videoconference tool's name ends the line (toolAtEnd), or null.
 */
export function formatAfterAddress(values: string): number | null {
  const end = venueEnd(values);
  if (end === null) return toolAtEnd(values);
  return values.slice(end).trim() === '' ? null : values.slice(0, end).trimEnd().length;
}

/** A videoconference tool's name (FORMAT_TOOLS: `Webex`, `MS Teams`, `Zoom`) at a word's start, whole, the longest first. */
const TOOL = new RegExp(String.raw`(?:${[...FORMAT_TOOLS].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}\d])`, 'uy');

/** What may follow a format's words: the line's end, or spaces and no word in small letters (a page run into one line: `… videoconference 1. …`). */
const AFTER_FORMAT = /(?:[ \t]*(?:\n|$)|\s+(?!\p{Ll}))/uy;

/**
 * The length of a meeting's format at `at` in a venue's text, its words alone on their line or, on a line run together,
 * before no word in small letters: a format's words (value-shapes.ts formatWordLength: `videoconference`, `In person`,
 * `hybride`, `Με φυσική παρουσία`) or a videoconference tool's name (FORMAT_TOOLS: `Webex`, `MS Teams`); 0 where none.
 */
export function formatLengthAt(text: string, at: number): number {
  TOOL.lastIndex = at;
  const length = formatWordLength(text, at) || (TOOL.exec(text)?.[0].length ?? 0);
  AFTER_FORMAT.lastIndex = at + length;
  return length > 0 && AFTER_FORMAT.test(text) ? length : 0;
}

/** How far from a venue's end its format's first word is looked for (the longest format's words). */
const FORMAT_REACH = 60;

/**
 * The offset of the meeting's format that ends a venue's value (its lines joined) right after its address's end, where
 * the notice prints no `Format:` row and the format is the venue cell's last line (`COUNCIL EUROPA BUILDING Rue de la
 * Loi 175, 1048 Brussels videoconference`, `… Nørregade 1, 1000 København Webex`, `… 2517 JW Den Haag In person`, `…
 * Dublin 2, D02 X285 MS Teams`): formatLengthAt's words to the value's end, an address's postcode and city before
 * them (endsAddress); null where none. A word no vocabulary knows stays the venue's.
 */
export function formatEndingVenue(value: string): number | null {
  const text = value.trimEnd();
  for (let at = Math.max(1, text.length - FORMAT_REACH); at < text.length; at += 1) {
    if (!/\s/.test(text.charAt(at - 1)) || /\s/.test(text.charAt(at))) continue;
    if (formatLengthAt(text, at) === text.length - at && endsAddress(text.slice(0, at).trimEnd())) return at;
  }
  return null;
}
