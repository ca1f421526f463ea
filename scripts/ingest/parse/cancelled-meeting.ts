/**
 * Whether a notice of meeting says its meeting is cancelled, in any of the 24 official languages: a sentence of its
 * text outside the items (under the header, before item 1, or the whole text of a notice that lists none; a header
 * value) naming the meeting and its cancellation (`Delegations are informed that the above meeting has been
 * cancelled.`, `La réunion du COSI du 17 février 2026 est annulée.`, `Die Sitzung … wird abgesagt.`, `Posiedzenie …
 * zostało odwołane.`), or a short line that is the word alone (`CANCELLED`, `ANNULÉE`, `MEETING CANCELLED`), or the
 * `Date:` value with the word (`17 February 2026 – CANCELLED`). A sentence that cancels something else (an item, a
 * coffee break) names no meeting and says nothing of the meeting.
 */

/**
 * A word for the meeting, by its stem at a word's start, in each official language (`meeting`, `videoconference`,
 * `réunion`, `Sitzung`, `reunión`, `riunione`, `reunião`, `vergadering`, `posiedzenie`, `zasedání`, `zasadnutie`,
 * `seja`, `sastanak`, `ülés`, `reuniunea`, `заседание`, `συνεδρίαση`, `posėdis`, `sanāksme`, `koosolek`, `kokous`,
 * `mötet`, `mødet`, `cruinniú`, `laqgħa`). A session is a part of a meeting: cancelling one is not cancelling the meeting.
 */
const MEETING =
  /(?<![\p{L}])(?:meeting|video ?conferenc|réunion|vidéoconférence|visioconférence|sitzung|videokonferen|reuni[oóãu]|videoconferen|riunion|videoconferenz|vergadering|bijeenkomst|videoconferentie|posiedzeni|spotkani|wideokonferencj|zasedání|schůz|zasadnuti|schôdz|sej[aeio](?![\p{L}])|sastan|sjednic|ülés|videoconferinț|заседани|среща|видеоконферен|συνεδρίασ|σύσκεψ|τηλεδιάσκεψ|βιντεοδιάσκεψ|posėd|sanāksm|videokonferenc|koosolek|videokonverents|kokous|videoneuvottel|möte|sammanträd|møde|cruinni|físchomhdháil|laqgħa|vidjokonferenz)/iu;

/**
 * A word or phrase saying that something is cancelled or will not take place, by its stem at a word's start, in each
 * official language (`cancelled`, `annulée`, `abgesagt`, `findet nicht statt`, `cancelada`, `anulada`, `annullata`,
 * `geannuleerd`, `afgelast`, `odwołane`, `zrušeno`, `odpovedana`, `otkazan`, `elmarad`, `anulată`, `отменено`,
 * `ακυρώνεται`, `atšauktas`, `atcelta`, `tühistatud`, `peruttu`, `inställt`, `aflyst`, `ar ceal`, `ikkanċellata` …).
 */
const CANCELLED =
  /(?<![\p{L}])(?:cancel|called off|will not take place|annul|n['’]aura pas lieu|abgesagt|absage(?![\p{L}])|findet nicht statt|entfällt|anulad|anulaci|no se celebrar|no tendrá lugar|non avrà luogo|non si terrà|não se realiza|não terá lugar|geannuleerd|afgelast|gaat niet door|vindt niet plaats|odwołan|nie odbędzie|zrušen|neuskuteční|nekoná|nebude konat|odpovedan|preklican|otkazan|neće održati|elmarad|törölv|anulat|anulare|nu va avea loc|отмен|няма да се проведе|ακυρ|ακύρ|δεν θα πραγματοποιηθ|δεν θα διεξαχθ|atšauk|neįvyks|atcelt|atcelš|nenotiks|tühist|jääb ära|ära jäetud|ei toimu|perut|peruu|peruttu|ei pidetä|inställ(?:t|d|da|des|das)(?![\p{L}])|ställs in|ställts in|ställdes in|äger inte rum|aflys|finder ikke sted|cealaithe|ar ceal|cealú|kanċellat|ikkanċellat|kanċellazzjoni|mhux se ssir|mhix se ssir)/iu;

/** A line that is a word or two alone, heading-like (`CANCELLED`, `*** ANNULÉE ***`, `MEETING CANCELLED`). */
const SHORT_LINE = /^[\p{L}\s*()!–-]{1,40}$/u;

/** Where a line's sentences end: after `.`, `!`, `?` or `;` and a space. */
const SENTENCE_END = /(?<=[.!?;])\s+/u;

/**
 * Whether the notice's text outside its items says the meeting is cancelled: `texts` are its lines (plain text), `day`
 * the `Date:` value as printed, null where none.
 */
export function saysCancelled(texts: readonly string[], day: string | null): boolean {
  if (day !== null && CANCELLED.test(day)) return true;
  for (const text of texts) {
    if (!CANCELLED.test(text)) continue;
    if (SHORT_LINE.test(text.trim()) && text.trim().split(/\s+/u).length <= 3) return true;
    if (text.split(SENTENCE_END).some((sentence) => MEETING.test(sentence) && CANCELLED.test(sentence))) return true;
  }
  return false;
}
