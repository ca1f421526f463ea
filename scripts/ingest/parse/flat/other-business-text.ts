/** Where the text of a numbered "any other business" begins when a page run into one line prints it after the title. */
import { OTHER_BUSINESS_AMBIGUOUS_PRINTED, OTHER_BUSINESS_PRINTED } from '../text/agenda-headings.ts';
import { opensWithOpener } from '../header/body-start.ts';

/**
 * The words an outcome's sentence opens with to say that nothing was raised under "any other business", in the official
 * languages (`No items were raised.`, `None.`, `Aucun point n'a été soulevé.`, `Keine Wortmeldungen.`, `No se planteó
 * ningún punto.`, `Non sono stati sollevati punti.`, `Nessun punto …`, `Não foram levantadas …`, `Geen …`, `Nie poruszono
 * …`, `Inga frågor …`, `Δεν τέθηκαν …`, `Не бяха повдигнати …`, `Nu au fost …`, `Níor ardaíodh …`): read only after a
 * title of "any other business", where no title goes on.
 */
const NOTHING_RAISED_OPENERS: ReadonlySet<string> = new Set([
  ...['No', 'None', 'Nothing', 'Aucun', 'Aucune', 'Keine', 'Kein', 'Ningún', 'Ninguna', 'Ninguno', 'Non', 'Nessun', 'Nessuna', 'Nessuno'],
  ...['Não', 'Nenhum', 'Nenhuma', 'Geen', 'Er', 'Nie', 'Brak', 'Żadne', 'Żadnych', 'Inga', 'Inget', 'Ingen', 'Intet', 'Der', 'Ei', 'Muita', 'Muid'],
  ...['Nebyly', 'Nebyl', 'Žádné', 'Neboli', 'Žiadne', 'Ni', 'Nobena', 'Nobene', 'Nije', 'Nisu', 'Nema', 'Nem', 'Egyéb', 'Nu', 'Niciun', 'Nicio'],
  ...['Не', 'Няма', 'Δεν', 'Κανένα', 'Nebuvo', 'Jokių', 'Netika', 'Nav', 'Ma', 'Níor', 'Ní'],
]);

/**
 * A title of "any other business" opening the text after an item's number, maybe closed by a colon (`Any other
 * business:`, `Divers :`), a word with a capital after it. Groups: the title no sentence opens with, the one a sentence
 * may open with (`Divers`, `Varios`).
 */
const OTHER_BUSINESS_THEN_WORD = new RegExp(
  String.raw`^(?:(${OTHER_BUSINESS_PRINTED})|(${OTHER_BUSINESS_AMBIGUOUS_PRINTED}))(?:[ \t]?:)?[ \t]+(?=["“]?\p{Lu})`,
  'u',
);

/** A sentence's end after a word in small letters (`… soulevé.`, `None.`): the text after the title is a sentence. */
const ENDS_SENTENCE = /\p{Ll}[.!?]["'”’)\]]{0,2}(?:[ \t]|$)/u;

/** The first word of a text, as printed (`Aucun`, `L'ordre`). */
const FIRST_WORD = /^["“]?([\p{L}'’-]+)/u;

/**
 * Where the text of a numbered "any other business" begins after its title, both run into one line (`Divers Aucun
 * point n'a été soulevé.`, `AOB None.`, `Varios No se planteó ningún punto.`, `Rondvraag Er werden geen punten …`): after
 * the title, where a sentence follows it; after a title a sentence may also open with (`Divers États membres …`) only
 * where the next word opens a sentence (`Le`, `Il`) or says that nothing was raised (`Aucun`, `No`, `Non`). Null for
 * any other text (a point of the item, `AOB – Information from …`, or `AOB Information from the Presidency` without a
 * sentence's end).
 */
export function otherBusinessTextAt(rest: string): number | null {
  const found = OTHER_BUSINESS_THEN_WORD.exec(rest);
  if (found === null) return null;
  const after = rest.slice(found[0].length);
  if (!ENDS_SENTENCE.test(after.slice(0, 400))) return null;
  if (found[1] !== undefined) return found[0].length;
  const word = FIRST_WORD.exec(after)?.[1] ?? '';
  return NOTHING_RAISED_OPENERS.has(word) || opensWithOpener(after) ? found[0].length : null;
}
