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

/** The words one of the phrases holds, checked first: most objects name no procedure and skip the pattern. */
const PROCEDURE_WORD = /procedur|procédure|procedimento|procedimiento|verfahren|postup|eljárás|förfarande/i;

/** One procedure phrase between word boundaries. */
const PROCEDURE = new RegExp(String.raw`(?<![\p{L}])(?:${PROCEDURE_PHRASES.join('|')})(?![\p{L}])`, 'u');

/** Punctuation and spaces left where a procedure phrase was cut off. */
const EDGE = /^[\s,;]+|[\s,;]+$/g;

/** An object without the procedure that ends or opens it, and the procedure as printed (null where it names none). */
export function withoutProcedure(object: string): { object: string; procedure: string | null } {
  if (!PROCEDURE_WORD.test(object)) return { object, procedure: null };
  const found = PROCEDURE.exec(object);
  if (found === null) return { object, procedure: null };
  const before = object.slice(0, found.index).replace(EDGE, '');
  const after = object.slice(found.index + found[0].length).replace(EDGE, '');
  // what was decided is what stands beside the procedure, on one side only; a procedure inside it is part of it
  const rest = after === '' ? before : before === '' ? after : null;
  return rest === null || rest === '' ? { object, procedure: null } : { object: rest, procedure: found[0].replace(/\s+/g, ' ') };
}
