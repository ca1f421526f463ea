import { VIDEOCONFERENCE_WORD } from '../text/vocabulary.ts';

/**
 * Whether a notice of meeting says its meeting is cancelled, in any of the 24 official languages: a sentence of its
 * text outside the items (under the header, before item 1, or the whole text of a notice that lists none; a header
 * value) naming the meeting and its cancellation (`Delegations are informed that the above meeting has been
 * cancelled.`, `La réunion du COSI du 17 février 2026 est annulée.`, `Die Sitzung … wird abgesagt.`, `Posiedzenie …
 * zostało odwołane.`), or a short line that is the word alone (`CANCELLED`, `ANNULÉE`, `MEETING CANCELLED`), or the
 * `Date:` value with the word (`17 February 2026 – CANCELLED`). A sentence that cancels something else (an item, a
 * coffee break) names no meeting and says nothing of the meeting; one that says the meeting would be cancelled (`Should
 * the meeting be cancelled, …`) says it is not yet; one whose cancelled meeting a videoconference or another format
 * replaces (`The meeting is cancelled and replaced by an informal videoconference`, `… annulée et remplacée par une
 * vidéoconférence`, or a next sentence saying so) changes the meeting's format: the meeting takes place.
 */

/**
 * A word for the meeting, by its stem at a word's start, in each official language (`meeting`, `videoconference`,
 * `réunion`, `Sitzung`, `reunión`, `riunione`, `reunião`, `vergadering`, `posiedzenie`, `zasedání`, `zasadnutie`,
 * `seja`, `sastanak`, `ülés`, `reuniunea`, `заседание`, `συνεδρίαση`, `posėdis`, `sanāksme`, `koosolek`, `kokous`,
 * `mötet`, `mødet`, `cruinniú`, `laqgħa`). A session is a part of a meeting: cancelling one is not cancelling the meeting.
 */
const MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:meeting|${VIDEOCONFERENCE_WORD}|réunion|sitzung|reuni[oóãu]|riunion|vergadering|bijeenkomst|posiedzeni|spotkani|zasedání|schůz|zasadnuti|schôdz|sej[aeio](?![\p{L}])|sastan|sjednic|ülés|заседани|среща|συνεδρίασ|σύσκεψ|posėd|sanāksm|koosolek|kokous|möte|sammanträd|møde|cruinni|laqgħa)`,
  'iu',
);

/**
 * A word or phrase saying that something is cancelled or will not take place, by its stem at a word's start, in each
 * official language (`cancelled`, `annulée`, `abgesagt`, `findet nicht statt`, `cancelada`, `anulada`, `annullata`,
 * `geannuleerd`, `afgelast`, `odwołane`, `zrušeno`, `odpovedana`, `otkazan`, `elmarad`, `anulată`, `отменено`,
 * `ακυρώνεται`, `atšauktas`, `atcelta`, `tühistatud`, `peruttu`, `inställt`, `aflyst`, `ar ceal`, `ikkanċellata` …).
 */
const CANCELLED =
  /(?<![\p{L}])(?:cancel|called off|will not take place|annul|n['’]aura pas lieu|abgesagt|absage(?![\p{L}])|findet nicht statt|entfällt|anulad|anulaci|no se celebrar|no tendrá lugar|non avrà luogo|non si terrà|não se realiza|não terá lugar|geannuleerd|afgelast|gaat niet door|vindt niet plaats|odwołan|nie odbędzie|zrušen|neuskuteční|nekoná|nebude konat|odpovedan|preklican|otkazan|neće održati|elmarad|törölv|anulat|anulare|nu va avea loc|отмен|няма да се проведе|ακυρ|ακύρ|δεν θα πραγματοποιηθ|δεν θα διεξαχθ|atšauk|neįvyks|atcelt|atcelš|nenotiks|tühist|jääb ära|ära jäetud|ei toimu|perut|peruu|peruttu|ei pidetä|inställ(?:t|d|da|des|das)(?![\p{L}])|ställs in|ställts in|ställdes in|äger inte rum|aflys|finder ikke sted|cealaithe|ar ceal|cealú|kanċellat|ikkanċellat|kanċellazzjoni|mhux se ssir|mhix se ssir)/iu;

/**
 * A word saying that the meeting is held in another form instead, by its stem at a word's start, in each official
 * language (`replaced by`, `instead`, `remplacée`, `ersetzt`, `stattdessen`, `sustituida`, `sostituita`, `substituída`,
 * `vervangen`, `zastąpione`, `nahrazeno`, `nahradené`, `nadomeščena`, `zamijenjen`, `helyett`, `înlocuită`, `заменено`,
 * `αντικαθίσταται`, `pakeistas`, `aizstāta`, `asendatakse`, `korvataan`, `ersätts`, `erstattes`, `in ionad`,
 * `minflok`).
 */
const REPLACED =
  /(?<![\p{L}])(?:replaced|instead|in its place|remplac|à la place|ersetzt|stattdessen|statt dessen|sustitu|reemplaz|en su lugar|sostitu|al suo posto|substitu|em sua substituição|vervang|in plaats|zastąp|zamiast|nahrazen|nahradí|namísto|nahraden|namiesto|nadomešč|nadomest|namesto|zamijen|zamjenjuj|umjesto|helyett|váltja fel|helyébe|înlocui|în locul|замен|вместо|αντικα|αντί(?![\p{L}])|pakeist|pakeičia|vietoj|aizstā|aizvieto|vietā|asenda|asemel|korva|sijaan|ersätt|ersatt|i stället|istället|erstat|i stedet|in ionad|ina hionad|ina ionad|minflok|mibdul|sostitwit)/iu;

/** A word for a videoconference, by its stem at a word's start, in each official language (text/vocabulary.ts VIDEOCONFERENCE_WORD: `videoconference`, `videoconferência`, `fhíschomhdháil` …). */
const VIDEOCONFERENCE = new RegExp(String.raw`(?<![\p{L}])${VIDEOCONFERENCE_WORD}`, 'iu');

/**
 * A word opening a condition (`if`, `should the`, `in case`, `si la`, `falls`, `sollte`, `qualora`, `caso`, `indien`,
 * `mocht`, `jeśli`, `pokud`, `ak`, `če`, `ukoliko`, `amennyiben`, `dacă`, `ако`, `εάν`, `jei`, `kui`, `jos`, `om` but
 * `om att`, `ifall`, `hvis`, `jekk`; not words other versions use otherwise, as Hungarian `ha` beside Spanish `ha sido`):
 * a cancellation it opens is one that may come, not one made.
 */
const CONDITIONAL =
  /(?<![\p{L}])(?:if|should (?:the|this|it)|in case|in the event|si (?:la|le|el|los|las)|au cas|en cas|falls|sollte|en caso|qualora|nel caso|caso|indien|mocht|jeśli|jeżeli|w przypadku|pokud|v případě|ak|v prípade|če|ukoliko|u slučaju|amennyiben|dacă|în cazul|ако|в случай|εάν|αν|σε περίπτωση|jei|jeigu|kui|jos|om(?!,? att?(?![\p{L}]))|ifall|hvis|såfremt|jekk|f['’]każ)(?![\p{L}])/iu;

/** A line that is a word or two alone, heading-like (`CANCELLED`, `*** ANNULÉE ***`, `MEETING CANCELLED`). */
const SHORT_LINE = /^[\p{L}\s*()!–-]{1,40}$/u;

/** Where a line's sentences end: after `.`, `!`, `?` or `;` and a space. */
const SENTENCE_END = /(?<=[.!?;])\s+/u;

/**
 * Whether the notice's text outside its items says the meeting is cancelled: `texts` are its header's values and its
 * paragraphs (plain text, a paragraph's lines joined with a line break, so that a sentence is read over its wraps),
 * `day` the `Date:` value as printed, null where none.
 */
export function saysCancelled(texts: readonly string[], day: string | null): boolean {
  if (day !== null && CANCELLED.test(day)) return true;
  for (const text of texts) {
    if (!CANCELLED.test(text)) continue;
    if (text.split('\n').some((line) => SHORT_LINE.test(line.trim()) && line.trim().split(/\s+/u).length <= 3)) return true;
    const sentences = text.split(SENTENCE_END);
    if (sentences.some((sentence, index) => cancelsMeeting(sentence, sentences[index + 1] ?? ''))) return true;
  }
  return false;
}

/**
 * Whether a sentence says the meeting is cancelled: it names the meeting and its cancellation, no condition opens it
 * before the cancellation, and neither the rest of it (a replacing word or a videoconference) nor the `next` sentence (a
 * replacing word: a next meeting may well be a videoconference) names what replaces the meeting.
 */
function cancelsMeeting(sentence: string, next: string): boolean {
  const cancel = CANCELLED.exec(sentence);
  if (cancel === null || !MEETING.test(sentence)) return false;
  if (CONDITIONAL.test(sentence.slice(0, cancel.index))) return false;
  const rest = sentence.slice(cancel.index + cancel[0].length);
  return !REPLACED.test(rest) && !VIDEOCONFERENCE.test(rest) && !REPLACED.test(next);
}
