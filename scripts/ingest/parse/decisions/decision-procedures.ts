/**
 * How a decision was taken where the outcome says so, apart from what was decided: a written or silence procedure
 * (`The report was approved by silence procedure.`, `Le rapport a été approuvé par procédure écrite.`, `Der Bericht
 * wurde im schriftlichen Verfahren gebilligt.`) is the way the body approved the document, not part of the document.
 * The procedure is cut off the object's end (or its start, `approved, by written procedure, the conclusions`) and kept
 * as printed; a procedure inside the object (`the report on the written procedure of 2024`) is left where it stands.
 */

/**
 * The written and silence procedures as the versions name the way a decision was taken, after the preposition that
 * joins them to the verb: English, French, German, Spanish, Italian, Dutch, Portuguese, Polish, Czech, Slovak,
 * Romanian, Danish, Swedish and Hungarian.
 */
const PROCEDURE_PHRASES: readonly string[] = [
  // English: `by silence procedure`, `through the written procedure`, `via a silence procedure`
  String.raw`(?:by|through|via|under|using)\s+(?:the\s+|a\s+)?(?:simplified\s+)?(?:written|silence)\s+procedure`,
  // French: `par procédure écrite`, `par la procédure de silence`, `selon la procédure d'approbation tacite`
  String.raw`(?:par|selon|via|au\s+moyen\s+d['’]une|dans\s+le\s+cadre\s+d['’]une)\s+(?:la\s+|une\s+)?procédure\s+(?:écrite|(?:de\s+)?silence|d['’]approbation\s+tacite)`,
  // German: `im schriftlichen Verfahren`, `im Wege des schriftlichen Verfahrens`, `im Schweigeverfahren`
  String.raw`(?:im\s+Wege\s+des|im|in\s+einem|durch\s+ein|per)\s+(?:schriftlichen?\s+Verfahrens?|Schweigeverfahrens?|stillschweigenden\s+Verfahrens?)`,
  // Spanish: `por procedimiento escrito`, `mediante el procedimiento de silencio`
  String.raw`(?:por|mediante|a\s+través\s+de)\s+(?:el\s+|un\s+)?procedimiento\s+(?:escrito|de\s+silencio|de\s+acuerdo\s+tácito)`,
  // Italian: `mediante procedura scritta`, `con la procedura del silenzio`
  String.raw`(?:mediante|tramite|con|per)\s+(?:la\s+|una\s+)?procedura\s+(?:scritta|del\s+silenzio|di\s+silenzio(?:[\s-]assenso)?)`,
  // Dutch: `via de schriftelijke procedure`, `bij stilzwijgende procedure`
  String.raw`(?:via|bij|volgens|door\s+middel\s+van)\s+(?:de\s+|een\s+)?(?:schriftelijke|stilzwijgende)\s+procedure`,
  // Portuguese: `por procedimento escrito`, `através do procedimento de silêncio`
  String.raw`(?:por|mediante|através\s+d[eo]|pelo)\s+(?:o\s+|um\s+)?procedimento\s+(?:escrito|de\s+silêncio|tácito)`,
  // Polish: `w drodze procedury pisemnej`, `w trybie procedury milczącej zgody`
  String.raw`w\s+(?:drodze|trybie)\s+procedury\s+(?:pisemnej|milczącej\s+zgody)`,
  // Czech and Slovak: `písemným postupem`, `písomným postupom`
  String.raw`(?:písemným\s+postupem|písomným\s+postupom)`,
  // Romanian: `prin procedură scrisă`, `prin procedura tacită`
  String.raw`prin\s+procedur[aă]\s+(?:scris[aă]|tacit[aă]|de\s+t[aă]cere)`,
  // Danish and Swedish: `ved skriftlig procedure`, `genom skriftligt förfarande`
  String.raw`(?:ved|efter)\s+skriftlig\s+procedure|genom\s+(?:ett\s+)?skriftligt\s+förfarande`,
  // Hungarian: `írásbeli eljárás keretében`, `írásbeli eljárásban`
  String.raw`írásbeli\s+eljárás(?:\s+keretében|ban|sal)`,
];

/**
 * The day a procedure ended, printed after it (`by silence procedure on 24 November 2025`, `par procédure écrite le 24
 * novembre 2025`, `im schriftlichen Verfahren am 24. November 2025`, `mediante procedimiento escrito el 24 de noviembre de
 * 2025`, `w drodze procedury pisemnej w dniu 24 listopada 2025 r.`), or before it where a verb-last version puts it
 * (`am 24. November 2025 im schriftlichen Verfahren gebilligt`): part of how, kept with the procedure.
 */
const DAY = String.raw`(?:on|le|am|el|il|op|em|w\s+dniu|dnia)\s+\d{1,2}\.?(?:er)?\s+(?:de\s+)?\p{L}+\.?(?:\s+de)?\s+\d{4}(?:\s+r\.)?`;

/**
 * A decision taken as printed, with no change to what was put to the body: how, like the procedure (`approved without
 * amendment`, `approuvé sans modification`, `ohne Änderungen gebilligt`, `aprobado sin modificaciones`, `approvato senza
 * modifiche`, `zonder wijzigingen goedgekeurd`, `aprovado sem alterações`, `zatwierdzony bez zmian`).
 */
const UNCHANGED_PHRASES: readonly string[] = [
  String.raw`without\s+(?:any\s+)?(?:amendments?|changes?)`,
  String.raw`sans\s+(?:aucune\s+)?(?:modifications?|changements?)`,
  String.raw`ohne\s+Änderungen?|unverändert`,
  String.raw`sin\s+(?:modificaciones|modificación|cambios)`,
  String.raw`senza\s+modific(?:he|a)`,
  String.raw`zonder\s+wijzigingen?`,
  String.raw`sem\s+(?:alterações|modificações)`,
  String.raw`bez\s+zmian|beze\s+změn|bez\s+zmien|brez\s+sprememb|bez\s+izmjena`,
  String.raw`utan\s+ändringar|uden\s+ændringer|ilman\s+muutoksia`,
];

/**
 * The codes of the Member States whose delegations entered a reservation, as the outcomes print them after it (`NL`,
 * `NL and SE`, `AT, DE et FR`), in brackets (`(NL)`) or after `by`, `de`, `von` … and the delegation's noun.
 */
const CODES = String.raw`\p{Lu}{2}(?:(?:\s*,\s*|\s+(?:and|et|und|y|e|en|i|oraz|och|og|ja|a|és|și)\s+)\p{Lu}{2}){0,26}`;
const WHO = String.raw`(?:\s+(?:(?:entered\s+)?by|from|of|zgłoszonym\s+przez|ze\s+strony|de\s+la\s+part\s+de|de|des|du|von|seitens|di|da\s+parte\s+d[ie]|van|door|por\s+parte\s+de)\s+(?:(?:the|la|le|les|der|las|los|la|delle?|de)\s+)?(?:(?:delegations?|délégations?|Delegation(?:en)?|delegaci(?:ón|ones)|delegazion[ei]|delegaties?)\s+)?${CODES}|\s+\(${CODES}\))?`;

/**
 * A decision taken subject to a reservation some delegations entered, mostly a parliamentary scrutiny reservation:
 * how, like the procedure (`subject to a parliamentary scrutiny reservation by NL`, `with a scrutiny reservation from AT
 * and DE`, `sous réserve d'une réserve d'examen parlementaire de NL`, `vorbehaltlich eines Parlamentsvorbehalts von NL`,
 * `con una reserva de estudio parlamentario de NL`, `con una riserva di esame parlamentare di NL`, `onder voorbehoud
 * van een parlementair behandelingsvoorbehoud van NL`, `com uma reserva de análise parlamentar de NL`, `z zastrzeżeniem
 * parlamentarnym NL`), with the delegations that entered it.
 */
const RESERVATION_PHRASES: readonly string[] = [
  String.raw`(?:subject\s+to|with)\s+(?:(?:a|an|the)\s+)?(?:(?:general|parliamentary|linguistic|scrutiny)\s+){0,2}reservations?`,
  String.raw`(?:sous\s+réserve\s+(?:d['’](?:une|un)\s+réserve\s+)?|avec\s+une\s+réserve\s+)(?:générale\s+)?d['’]examen(?:\s+parlementaire)?`,
  String.raw`(?:vorbehaltlich\s+(?:eines|des)|mit\s+einem|unter\s+einem)\s+(?:Parlamentsvorbehalts?|Prüfungsvorbehalts?|parlamentarischen\s+Prüfungsvorbehalts?)`,
  String.raw`(?:con\s+una|a\s+reserva\s+de\s+una|sin\s+perjuicio\s+de\s+una)\s+reserva\s+(?:general\s+)?de\s+estudio(?:\s+parlamentario)?`,
  String.raw`(?:con\s+una|fatta\s+salva\s+una)\s+riserva\s+(?:generale\s+)?(?:di\s+esame|d['’]esame)(?:\s+parlamentare)?`,
  String.raw`(?:onder\s+voorbehoud\s+van\s+een|met\s+een)\s+(?:parlementair\s+)?(?:behandelings)?voorbehoud`,
  // Dutch, the scrutiny named without the noun `voorbehoud` after it: `onder voorbehoud van parlementaire behandeling door NL`
  String.raw`onder\s+voorbehoud\s+van\s+(?:een\s+)?parlementaire\s+behandeling`,
  String.raw`(?:com\s+uma|sob\s+reserva\s+de\s+uma)\s+reserva\s+(?:geral\s+)?de\s+análise(?:\s+parlamentar)?`,
  String.raw`z\s+zastrzeżeniem\s+(?:parlamentarnym|dotyczącym\s+rozpatrzenia\s+przez\s+parlament)`,
];

/** The words one of the phrases holds, checked first: most objects name no procedure and skip the pattern. */
const PROCEDURE_WORD = /procedur|procédure|procedimento|procedimiento|verfahren|postup|eljárás|förfarande/i;

/** The words an unchanged decision's phrase holds, checked first. */
const UNCHANGED_WORD = /without|sans|ohne|unverändert|sin |senza|zonder|sem |bez|brez|utan|uden|ilman/i;

/** One procedure phrase between word boundaries, with the day it ended if printed after it. */
const PROCEDURE = new RegExp(String.raw`(?<![\p{L}])(?:${DAY}\s+)?(?:${PROCEDURE_PHRASES.join('|')})(?:\s+${DAY})?(?![\p{L}])`, 'u');

/** One reservation phrase between word boundaries, with the delegations that entered it. */
const RESERVATION = new RegExp(String.raw`(?<![\p{L}])(?:${RESERVATION_PHRASES.join('|')})${WHO}(?![\p{L}])`, 'u');

/** The words a reservation's phrase holds, checked first. */
const RESERVATION_WORD = /reserv|réserve|vorbehalt|voorbehoud|riserv|zastrzeżen/i;

/** One phrase of a decision taken unchanged between word boundaries. */
const UNCHANGED = new RegExp(String.raw`(?<![\p{L}])(?:${UNCHANGED_PHRASES.join('|')})(?![\p{L}])`, 'u');

/** The three kinds of how, each with the cheap test of its words. */
const HOW: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [PROCEDURE_WORD, PROCEDURE],
  [UNCHANGED_WORD, UNCHANGED],
  [RESERVATION_WORD, RESERVATION],
];

/**
 * Whether `text` (what stands before a day) ends with a procedure and the word dating it (`… approved by silence
 * procedure on `): the day is then the day the procedure ended, which the outcome records, not an earlier meeting's.
 */
export function endsWithProcedure(text: string): boolean {
  return PROCEDURE_WORD.test(text) && PROCEDURE_BEFORE_DAY.test(text);
}

/** A procedure phrase and the word dating it at the end of a text. */
const PROCEDURE_BEFORE_DAY = new RegExp(String.raw`(?<![\p{L}])(?:${PROCEDURE_PHRASES.join('|')})\s+(?:on|le|am|el|il|op|em|w\s+dniu|dnia)\s+$`, 'u');

/** The words of any kind of how, checked first. */
const HOW_WORD = new RegExp(HOW.map(([word]) => word.source).join('|'), 'i');

/** One or two phrases of how after the comma that opens them, up to a sentence's or clause's end. */
const HOW_AFTER_COMMA = new RegExp(
  String.raw`^,\s*(?:${HOW.map(([, pattern]) => pattern.source).join('|')})(?:,?\s+(?:${HOW.map(([, pattern]) => pattern.source).join('|')}))?(?=\s*(?:[.;!?]|$))`,
  'u',
);

/** How far a phrase of how is looked for: the longest phrase with its 27 delegations' codes is shorter. */
const HOW_WINDOW = 400;

/**
 * How long a phrase of how is that opens `text` at `from` after its comma and ends its clause (`, onder voorbehoud van …
 * van NL.`); 0 where none does. Reads a window of the text only, so a caller may ask at every clause of a long text.
 */
export function howAfterComma(text: string, from = 0): number {
  if (text.charAt(from) !== ',') return 0;
  const window = text.slice(from, from + HOW_WINDOW);
  if (!HOW_WORD.test(window)) return 0;
  const length = HOW_AFTER_COMMA.exec(window)?.[0].length ?? 0;
  // a phrase that runs to the window's end may go on past it: not read as ending its clause
  return length === window.length && from + HOW_WINDOW < text.length ? 0 : length;
}

/**
 * Where a phrase of how after a comma starts that ends `text` (a verb-last clause's participle or particle before it:
 * `… gebilligt, vorbehaltlich eines Parlamentsvorbehalts von NL`, `keurde … goed, onder voorbehoud van …`); the text's
 * length where none does. Only the text's last two commas are tried.
 */
export function trailingHowAt(text: string): number {
  let comma = text.lastIndexOf(',');
  for (let tries = 0; tries < 2 && comma >= 0; tries++) {
    const length = howAfterComma(text, comma);
    if (length > 0 && comma + length === text.length) return comma;
    comma = text.lastIndexOf(',', comma - 1);
  }
  return text.length;
}

/** Punctuation and spaces left where a procedure phrase was cut off. */
const EDGE = /^[\s,;]+|[\s,;]+$/g;

/** An object without the phrase of `pattern` that ends or opens it, and the phrase as printed (null where none does). */
function cutAtEdge(object: string, word: RegExp, pattern: RegExp): { object: string; procedure: string | null } {
  if (!word.test(object)) return { object, procedure: null };
  const found = pattern.exec(object);
  if (found === null) return { object, procedure: null };
  const before = object.slice(0, found.index).replace(EDGE, '');
  const after = object.slice(found.index + found[0].length).replace(EDGE, '');
  // what was decided is what stands beside the procedure, on one side only; a procedure inside it is part of it
  const rest = after === '' ? before : before === '' ? after : null;
  return rest === null || rest === '' ? { object, procedure: null } : { object: rest, procedure: found[0].replace(/\s+/g, ' ') };
}

/**
 * An object without how it was decided where that ends or opens it — the procedure (with the day it ended, if printed)
 * and the words saying it was taken unchanged, in either order — and how, as printed, both joined by a comma in the
 * order printed (`without amendment, by written procedure`); null where it names neither.
 */
export function withoutProcedure(object: string): { object: string; procedure: string | null } {
  let rest = object;
  const parts: string[] = [];
  // either may stand at the edge only once the other is cut (`by written procedure without amendment`, `without amendment by written procedure`)
  for (const [word, pattern] of [...HOW, ...HOW]) {
    const cut = cutAtEdge(rest, word, pattern);
    if (cut.procedure === null || parts.includes(cut.procedure)) continue;
    rest = cut.object;
    parts.push(cut.procedure);
  }
  parts.sort((a, b) => object.indexOf(a) - object.indexOf(b));
  return { object: rest, procedure: parts.length === 0 ? null : parts.join(', ') };
}
