/**
 * The committee's members as one subject, as each version names them deciding (`Les membres du COSI ont soutenu …`,
 * `Die Mitglieder des COSI unterstützten …`, `Los miembros del COSI apoyaron …`, `Členové výboru COSI schválili …`,
 * `Medlemmarna i COSI godkände …`, `COSI:n jäsenet hyväksyivät …`, `Τα μέλη της COSI υποστήριξαν …`, `A COSI tagjai
 * támogatták …`, `Членовете на КОСИ подкрепиха …`, `COSI liikmed toetasid …`, `COSI locekļi atbalstīja …`, `COSI nariai
 * pritarė …`, `Il-membri tal-COSI appoġġaw …`, `Thacaigh comhaltaí COSI le …`): the committee acting, written `COSI` by
 * `decisionMaker` (src/shared/decision-makers.ts), as the English `The members of COSI` is. Each pattern is bounded and
 * opens with its own words, so it is tried only where they stand.
 */
import { END } from './decision-grammar.ts';

/** The members of COSI, by the committee's acronym or its word (`du Comité`, `des Ausschusses`, `výboru`), in each version read so. */
export const MEMBERS_OF = {
  fr: String.raw`[Ll]es\s+membres\s+du\s+(?:COSI|[Cc]omité(?:\s+permanent)?)${END}`,
  de: String.raw`[Dd]ie\s+Mitglieder\s+des\s+(?:COSI|(?:Ständigen\s+)?Ausschusses)${END}`,
  es: String.raw`[Ll]os\s+miembros\s+del\s+(?:COSI|[Cc]omité(?:\s+[Pp]ermanente)?)${END}`,
  it: String.raw`[Ii]\s+membri\s+del\s+(?:COSI|[Cc]omitato(?:\s+permanente)?)${END}`,
  nl: String.raw`[Dd]e\s+leden\s+van\s+het\s+(?:COSI|(?:[Pp]ermanent\s+)?[Cc]omité)${END}`,
  pt: String.raw`[Oo]s\s+membros\s+do\s+(?:COSI|[Cc]omité(?:\s+[Pp]ermanente)?)${END}`,
  cs: String.raw`[Čč]lenové\s+(?:výboru(?:\s+COSI)?|COSI)${END}`,
  sk: String.raw`[Čč]lenovia\s+(?:výboru(?:\s+COSI)?|COSI)${END}`,
  sl: String.raw`[Čč]lani\s+(?:odbora(?:\s+COSI)?|COSI)${END}`,
  hr: String.raw`[Čč]lanovi\s+(?:[Oo]dbora(?:\s+COSI)?|COSI)${END}`,
  ro: String.raw`[Mm]embrii\s+(?:[Cc]omitetului(?:\s+COSI)?|COSI)${END}`,
  da: String.raw`[Mm]edlemmerne\s+af\s+(?:COSI|[Uu]dvalget|[Kk]omitéen)${END}|COSI's\s+medlemmer${END}`,
  sv: String.raw`[Mm]edlemmarna\s+i\s+(?:COSI|[Kk]ommittén)${END}|COSI:s\s+medlemmar${END}`,
  fi: String.raw`(?:COSI:n|[Kk]omitean)\s+jäsenet${END}`,
  el: String.raw`[Ττ]α\s+μέλη\s+της\s+(?:COSI|ΜΕΕΕΣ|(?:Μόνιμης\s+)?[Εε]πιτροπής)${END}`,
  hu: String.raw`[Aa]\s+(?:COSI|bizottság)\s+tagjai${END}`,
  bg: String.raw`[Чч]леновете\s+на\s+(?:COSI|КОСИ|[Кк]омитета|Постоянния\s+комитет)${END}`,
  et: String.raw`(?:COSI|[Kk]omitee)\s+liikmed${END}`,
  lv: String.raw`(?:COSI|[Kk]omitejas)\s+locekļi${END}`,
  lt: String.raw`(?:COSI|[Kk]omiteto)\s+nariai${END}`,
  mt: String.raw`[Ii]l-membri\s+tal-(?:COSI|Kumitat)${END}`,
  ga: String.raw`[Cc]omhaltaí\s+(?:COSI|an\s+Choiste)${END}`,
} as const;
