/**
 * The Council's other bodies as the outcomes' versions name them deciding, beside COSI, its Support Group, the
 * Presidency, the Commission and the delegations (decision-languages.ts): the Council, Coreper, a working party by its
 * name, quoted (`le groupe "Terrorisme"`, `die Gruppe „Terrorismus“`, `el Grupo «Terrorismo»`) or not (`de Groep
 * terrorisme`), and a committee or group by its acronym (`le CATS`, `der AStV`, `el SCIFA`). Each pattern names the
 * body after its article, as the subject (`Le Conseil a approuvé …`, `Der Rat hat … gebilligt`, `De Raad heeft …
 * goedgekeurd`) and as a passive's agent (`par le groupe "Terrorisme"`, `dal gruppo "Terrorismo"`) print it. Every
 * pattern is bounded.
 */
import { END } from './decision-grammar.ts';

/** A working party's name in the quotation marks the versions print it in: `"Terrorisme"`, `„Terrorismus“`, `« Terrorisme »`. */
const QUOTED_NAME = String.raw`[«"„“]\s?[^"”“»«„\n]{1,60}?\s?[»"”“]`;

/**
 * A body by its acronym alone (`CATS`, `SCIFA`, `LEWP`, `CSIFA`, `JAI`, `AStV`): three capitals or more (never `UE`,
 * `EU`), or Coreper's German acronym, with a second body after a slash (`AStV/COSI`).
 */
const ACRONYM = String.raw`(?:AStV|\p{Lu}{3,})(?:\/\p{Lu}[\p{L}]{1,5})?${END}`;

/** A working party's name after its word: quoted, or its words in capitals (`Terrorisme`, `Application de la loi`), at most four. */
const PARTY_NAME = String.raw`(?:${QUOTED_NAME}|\p{Lu}[\p{L}-]{2,}(?:\s+(?:de|du|des|la|del|de\s+la|do|da|della|dei|sur\s+le|on)?\s*\p{Lu}[\p{L}-]{2,}){0,3}${END})`;

/**
 * The other bodies in each version, without the article the subject or agent prints before them: masculine (`le`,
 * `der`, `el`, `il`, `o`), feminine (`la`, `die`, `a`), and the Dutch `de` and `het`.
 */
export const COUNCIL_BODIES = {
  fr: { masculine: String.raw`Conseil(?:\s+JAI)?${END}|Coreper${END}|COREPER${END}|${ACRONYM}|[Gg]roupe\s+(?:de\s+travail\s+)?${PARTY_NAME}` },
  de: {
    masculine: String.raw`Rat${END}|AStV(?:\/COSI)?${END}|Coreper${END}|COREPER${END}|${ACRONYM}`,
    feminine: String.raw`(?:Arbeits)?[Gg]ruppe\s+${PARTY_NAME}`,
  },
  es: { masculine: String.raw`Consejo${END}|Coreper${END}|COREPER${END}|${ACRONYM}|[Gg]rupo\s+(?:de\s+[Tt]rabajo\s+)?${PARTY_NAME}` },
  it: { masculine: String.raw`Consiglio${END}|Coreper${END}|COREPER${END}|${ACRONYM}|[Gg]ruppo\s+(?:di\s+lavoro\s+)?${PARTY_NAME}` },
  nl: {
    de: String.raw`Raad${END}|[Gg]roep\s+(?:${QUOTED_NAME}|\p{L}[\p{L}-]{2,}${END})|${ACRONYM}`,
    het: String.raw`Coreper${END}|COREPER${END}|${ACRONYM}`,
  },
  pt: { masculine: String.raw`Conselho${END}|Coreper${END}|COREPER${END}|${ACRONYM}|[Gg]rupo\s+(?:de\s+[Tt]rabalho\s+)?(?:d[oa]\s+)?${PARTY_NAME}` },
} as const;

/** Coreper by its acronym, as every version prints it. */
const COREPER = String.raw`(?:Coreper|COREPER)${END}`;

/**
 * The Council and Coreper as the subject of a decision in the versions that print no separate article, or their own
 * (`Rada schválila …`, `Съветът одобри …`, `Το Συμβούλιο ενέκρινε …`, `A Tanács jóváhagyta …`, `Rådet godkendte …`,
 * `Neuvosto hyväksyi …`, `Il-Kunsill approva …`), in the subject's case; the Finnish and Estonian Council in small
 * letters too, as those versions print it inside a sentence (`…, ja neuvosto hyväksyi …`, `… ja nõukogu kiitis heaks …`).
 */
export const COUNCIL_SUBJECTS = {
  pl: String.raw`Rada${END}|${COREPER}`,
  bg: String.raw`Съветът${END}|Корепер${END}|${COREPER}`,
  cs: String.raw`Rada${END}|${COREPER}`,
  sk: String.raw`Rada${END}|${COREPER}`,
  sl: String.raw`Svet${END}|${COREPER}`,
  hr: String.raw`Vijeće${END}|${COREPER}`,
  ro: String.raw`Consiliul${END}|${COREPER}`,
  el: String.raw`[Ττ]ο\s+Συμβούλιο${END}|(?:[Ηη]\s+)?${COREPER}`,
  hu: String.raw`[Aa]\s+Tanács${END}|(?:[Aa]\s+)?${COREPER}`,
  da: String.raw`Rådet${END}|${COREPER}`,
  sv: String.raw`Rådet${END}|${COREPER}`,
  fi: String.raw`[Nn]euvosto${END}|${COREPER}`,
  et: String.raw`[Nn]õukogu${END}|${COREPER}`,
  lv: String.raw`Padome${END}|${COREPER}`,
  lt: String.raw`Taryba${END}|${COREPER}`,
  mt: String.raw`[Ii]l-Kunsill${END}|(?:[Ii]l-)?${COREPER}`,
} as const;

/**
 * The Council and Coreper as a passive's agent in the versions whose agent pattern names its bodies (`Доклада беше
 * одобрен от Съвета`, `Zpráva byla schválena Radou`, `Správa bola schválená Radou`, `odobreno s strani Sveta`,
 * `Rapporten blev godkendt af Rådet`, `Rapporten godkändes av rådet`, `odobreno od strane Vijeća`, `aprobat de
 * Consiliu`, `de către Consiliul UE`, `approvat mill-Kunsill`), in the case the preposition or the version takes
 * (the Czech and Slovak instrumental, no preposition; the Finnish passive's body in the inessive, `hyväksyttiin
 * neuvostossa`, approved in the Council, as Finnish names who took a passive's decision).
 */
export const COUNCIL_AGENTS = {
  bg: String.raw`(?:Съвета|Корепер|${COREPER})${END}`,
  cs: String.raw`(?:Radou|Coreperem|COREPERem|Výborem\s+stálých\s+zástupců)${END}`,
  sk: String.raw`(?:Radou|Coreperom|COREPERom|Výborom\s+stálych\s+predstaviteľov)${END}`,
  sl: String.raw`(?:Sveta|Coreperja|COREPER(?:-ja)?)${END}`,
  sv: String.raw`(?:[Rr]ådet|${COREPER})${END}`,
  fi: String.raw`(?:neuvostossa|Coreperissa|COREPERissa|pysyvien\s+edustajien\s+komiteassa)${END}`,
  da: String.raw`(?:Rådet|${COREPER})${END}`,
  hr: String.raw`(?:Vijeća|${COREPER})`,
  ro: String.raw`(?:Consiliu(?:l(?:ui)?)?(?:\s+UE)?|${COREPER})${END}`,
  mt: String.raw`Kunsill`,
} as const;
