/**
 * Where a question opens after the title it runs on from (`Questions to delegations Do Member States agree …?`, a
 * Presidency note's heading over its first question, on a page run into one line): a question's first word, or the
 * words a question opens with, in the versions whose questions open so.
 */
import { isTitleWord } from '../header/body-start.ts';

/**
 * The words a question opens with: its verb set first, an auxiliary or modal (`Do`, `Should`, `Sind`, `Sollte`, `Είναι`,
 * `Συμφωνούν`), or a question's word (`Which`, `How`, `Welche`, `Quels`, `Ποια`, `Πώς`, `Какви`, `Кои`); the Bulgarian
 * verb before its particle (`Подкрепят ли …`, `Съгласни ли са …`); the French subject before its verb and the pronoun
 * repeating it (`Les États membres estiment-ils …`, `La présidence devrait-elle …`), a determiner first; the Spanish
 * question's opening mark (`¿Están de acuerdo …?`).
 */
const QUESTION_OPENER = new RegExp(
  String.raw`(?:` +
    [
      String.raw`(?:Do|Does|Did|Are|Is|Should|Could|Can|Would|Will|Shall|Has|Have|What|Which|How|Why|Where|When|Who|To what extent|In what way)`,
      String.raw`(?:Sind|Ist|Haben|Hat|Sollte|Sollten|Soll|Sollen|Können|Kann|Könnten|Würden|Wären|Gibt|Halten|Teilen|Unterstützen|Welche|Welcher|Welches|Welchen|Welchem|Wie|Was|Warum|Wo|Inwieweit|Inwiefern)`,
      String.raw`(?:Est-ce|Faut-il|Y a-t-il|Quels?|Quelles?|Comment|Pourquoi|Dans quelle|(?:Les|La|Le|Ces|Cette|Ce)[ \t]+(?:[\p{L}'’]+[ \t]+){0,4}?\p{Ll}+-(?:t-)?(?:ils|elles|il|elle|on))`,
      String.raw`(?:Είναι|Συμφωνούν|Συμφωνείτε|Θα|Ποια|Ποιες|Ποιοι|Ποιο|Ποιος|Ποιον|Πώς|Γιατί|Υπάρχουν|Υπάρχει|Έχουν|Πρέπει|Μπορούν|Μπορεί|Κατά πόσο)`,
      String.raw`(?:\p{Lu}\p{Ll}*[ \t]+ли|Какви|Каква|Какво|Какъв|Как|Кои|Кой|Коя|Кое|Защо|Доколко|Дали)`,
    ].join('|') +
    String.raw`)(?![\p{L}'’-])|¿`,
  'u',
);

/** A question's first word after a space, where it may open (tried at each word's start). */
const WORD_START = /(?<=[ \t])["“(]?(?=[\p{Lu}¿])/gu;

/** A sentence's end: a full stop, or a question or exclamation mark, the Greek question mark among them. */
const SENTENCE_END = /[.!?;;]/u;

/** A Greek letter before a `;`, the Greek question mark (elsewhere a clause's end). */
const GREEK_BEFORE = /\p{Script=Greek}$/u;

/** How far a title runs before its first question (a heading of a few words). */
const TITLE_REACH = 160;

/**
 * Where, in `text` (a numbered piece's words after its number), the question a title runs on into opens: the first of
 * QUESTION_OPENER's words after the title's first word, before the first sentence ends, the title's last word one a
 * title ends on (not `to`, `of`, `die`, `τις`), the question ending in its question mark (`?`, the Greek `;`); null
 * where no question opens so. A question opening the text is none (`Has your Member State …?` is one sentence).
 */
export function questionAfterTitle(text: string): number | null {
  const end = SENTENCE_END.exec(text);
  if (end === null || !(end[0] === '?' || GREEK_BEFORE.test(text.slice(Math.max(0, end.index - 1), end.index)))) return null;
  const reach = Math.min(end.index, TITLE_REACH);
  for (const start of text.slice(0, reach).matchAll(WORD_START)) {
    const at = start.index;
    const before = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
    if (before === '' || isTitleWord(before) || /[,;:–—-]$/u.test(before)) continue;
    const opener = QUESTION_OPENER.exec(text.slice(at, at + 80));
    if (opener?.index === 0) return at;
  }
  return null;
}
