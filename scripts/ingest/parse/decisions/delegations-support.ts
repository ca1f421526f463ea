/**
 * The support the delegations as a whole gave to what was put to them, as an outcome records it beside the committee's
 * decisions: `Delegations generally supported the idea of …`, `They broadly supported the concept of …` (after a sentence
 * whose subject is the delegations), `Les délégations ont soutenu dans l'ensemble …`, `Die Delegationen unterstützten
 * weitgehend …`, `Las delegaciones apoyaron en general …`, `Delegacje zasadniczo poparły …`. A position of the
 * delegations, not a decision of the committee: what they supported was neither approved nor endorsed by COSI, and
 * the outcome says so by naming the delegations and a verb of support, not the committee and a verb of decision. The
 * delegations' agreement (`Delegations agreed on …`) and what they endorsed or approved (`Delegations endorsed the
 * draft conclusions`) stay decisions, as before (decisions.ts).
 */
import { allMatches } from '../../../../src/shared/all-matches.ts';
import { decisionMaker } from '../../../../src/shared/decision-makers.ts';

/**
 * The Slovene and Croatian auxiliary a clause sets right after its conjunction, before the group it belongs to (`…,
 * medtem ko je ena delegacija (HU) vložila …`, `…, dok je jedno izaslanstvo (HU) uložilo …`, `…, dok su dva izaslanstva
 * …`).
 */
const AUXILIARY = String.raw`(?:je|so|sta|su)`;

/**
 * Where a group may stand as a subject: the sentence's start, after an opening phrase and its comma (`However, several
 * delegations …`, `En outre, plusieurs délégations …`), or after a clause's comma or semicolon and its conjunction (`…,
 * while one delegation entered …`, `…, tandis qu'une délégation …`, `…, während eine Delegation …`).
 */
export const OPENING = String.raw`(?<=^(?:[^,;.]{1,60},\s+)?|[,;]\s+(?:(?:while|whereas|and|but|although|tandis\s+que|alors\s+que|et|mais|während|und|aber|wobei|mientras\s+que|y|pero|mentre|e|ma|terwijl|en|maar|enquanto|mas|zaś|a|ale|natomiast|medan|och|men|mens|og|kun\s+taas|kun|ja|mutta|zatímco|zatiaľ\s+čo|medtem\s+ko|in|vendar|dok|ali|i|în\s+timp\s+ce|iar|și|dar|докато|а|и|но|ενώ|και|αλλά|míg|és|de|ugyanakkor|samas\s+kui|kusjuures|kuid|savukārt|bet|un|o|tačiau|ir|filwaqt\s+li|u|iżda)\s+(?:${AUXILIARY}\s+)?|(?:tandis|alors)\s+qu['’])?)`;

/**
 * A word between the subject and its verb: an auxiliary or an adverb in small letters, a comma around it (`have`, `ont,
 * dans l'ensemble,`, `hanno in linea di massima`); never a relative pronoun, an article or a preposition that opens an
 * object or an agent, after which the verb is a participle of another clause (`Delegations that supported …`,
 * `Delegations took note of the report supported by Europol`).
 */
const GAP_WORD = String.raw`,?\s+(?!(?:that|which|who|whose|qui|que|dont|welche|che|cui|dat|som|jotka|které|ktoré|ki|koja|koje|care|които|που|amelyek|mis|kas|kurios|li|the|an|of|by|to|for|from|with|le|la|les|du|des|un|une|par|pour|der|die|das|den|dem|von|durch|el|los|las|por|para|il|lo|gli|dal|dalla|dai|door|van|pelo|pela|przez)(?![\p{L}'’-]))[\p{Ll}'’-]+`;

/** Each version's subject for the delegations or the Member States as a whole, and its verbs of support (past, finite or participle). */
const SUPPORT: ReadonlyArray<{ subject: string; verb: string; gap?: string }> = [
  {
    subject: String.raw`(?:[Tt]he\s+)?(?:[Dd]elegations|Member\s+States)|They`,
    verb: String.raw`supported|(?:expressed|voiced|gave|reiterated|confirmed|reaffirmed|renewed|indicated)(?:\s+\p{Ll}+){0,3}?\s+support|were\s+(?:\p{Ll}+\s+)?(?:supportive|in\s+favour)`,
  },
  {
    subject: String.raw`[Ll]es\s+(?:délégations|États\s+membres)|Elles`,
    verb: String.raw`soutenu|appuyé|soutinrent|appuyèrent|(?:exprimé|apporté|réitéré|confirmé|manifesté)(?:\s+\p{Ll}+){0,3}?\s+soutien|(?:montrées|déclarées)\s+(?:\p{Ll}+\s+)?favorables`,
  },
  {
    subject: String.raw`[Dd]ie\s+(?:Delegationen|Mitgliedstaaten)`,
    verb: String.raw`unterstützten|befürworteten|(?:äußerten|bekundeten|bekräftigten|sprachen)\s+(?:\p{Ll}+\s+){0,3}Unterstützung`,
    // the German adverbs before the verb (`Die Delegationen unterstützten weitgehend …` has none; `im Allgemeinen`)
    gap: String.raw`(?:\s+(?:im\s+Allgemeinen|grundsätzlich|weitgehend|generell|überwiegend|allgemein|mehrheitlich|auch|ebenfalls|insgesamt)){0,2}`,
  },
  {
    subject: String.raw`[Ll]as\s+delegaciones|[Ll]os\s+Estados\s+miembros`,
    verb: String.raw`apoyaron|respaldaron|apoyado|respaldado|(?:expresaron|manifestaron|mostraron|dieron|reiteraron)(?:\s+\p{Ll}+){0,3}?\s+(?:apoyo|respaldo)`,
  },
  {
    subject: String.raw`[Ll]e\s+delegazioni|[Gg]li\s+Stati\s+membri`,
    verb: String.raw`sostenuto|appoggiato|sostennero|appoggiarono|(?:espresso|manifestato|ribadito)(?:\s+\p{Ll}+){0,3}?\s+(?:sostegno|appoggio)`,
  },
  { subject: String.raw`[Dd]e\s+(?:delegaties|lidstaten)`, verb: String.raw`steunden|gesteund|(?:spraken|betuigden)(?:\s+\p{Ll}+){0,3}?\s+steun` },
  {
    subject: String.raw`[Aa]s\s+delegações|[Oo]s\s+Estados-Membros`,
    verb: String.raw`apoiaram|apoiado|(?:manifestaram|expressaram|deram|reiteraram)(?:\s+\p{Ll}+){0,3}?\s+apoio`,
  },
  {
    subject: String.raw`[Dd]elegacje|[Pp]aństwa\s+członkowskie`,
    verb: String.raw`poparły|popierały|(?:wyraziły|udzieliły)(?:\s+\p{Ll}+){0,3}?\s+poparcia?|opowiedziały\s+się\s+za`,
  },
  {
    subject: String.raw`[Dd]elegationerna|[Mm]edlemsstaterna`,
    verb: String.raw`stödde|stött|(?:uttryckte|gav)(?:\s+\p{Ll}+){0,3}?\s+stöd|ställde\s+sig\s+bakom`,
  },
  { subject: String.raw`[Dd]elegationerne|[Mm]edlemsstaterne`, verb: String.raw`støttede|støttet|(?:udtrykte|gav)(?:\s+\p{Ll}+){0,3}?\s+støtte|bakkede\s+op` },
  { subject: String.raw`[Vv]altuuskunnat|[Jj]äsenvaltiot`, verb: String.raw`tukivat|kannattivat|ilmaisivat(?:\s+\p{Ll}+){0,3}?\s+tukensa` },
  { subject: String.raw`[Dd]elegace|[Čč]lenské\s+státy`, verb: String.raw`podpořily|podporovaly|vyjádřily(?:\s+\p{Ll}+){0,3}?\s+podporu` },
  { subject: String.raw`[Dd]elegácie|[Čč]lenské\s+štáty`, verb: String.raw`podporili|podporovali|vyjadrili(?:\s+\p{Ll}+){0,3}?\s+podporu` },
  { subject: String.raw`[Dd]elegacije|[Dd]ržave\s+članice`, verb: String.raw`podprle|podpirale|podprli|izrazile(?:\s+\p{Ll}+){0,3}?\s+podporo` },
  { subject: String.raw`[Ii]zaslanstva|[Dd]ržave\s+članice`, verb: String.raw`podržala|poduprla|podržale|izrazila(?:\s+\p{Ll}+){0,3}?\s+potporu` },
  {
    subject: String.raw`[Dd]elega[țţ]iile|[Ss]tatele\s+membre`,
    verb: String.raw`sprijinit|sus[țţ]inut|(?:exprimat|reafirmat)(?:\s+\p{Ll}+){0,3}?\s+sprijinul`,
  },
  { subject: String.raw`[Дд]елегациите|[Дд]ържавите\s+членки`, verb: String.raw`подкрепиха|(?:изразиха|изказаха)(?:\s+\p{Ll}+){0,3}?\s+подкрепа` },
  {
    subject: String.raw`[Οο]ι\s+αντιπροσωπίες|[Ττ]α\s+κράτη\s+μέλη`,
    verb: String.raw`υποστήριξαν|στήριξαν|εξέφρασαν(?:\s+\p{Ll}+){0,3}?\s+(?:την\s+)?υποστήριξή`,
  },
  // Hungarian sets the object before its verb (`A delegációk az elnökség által javasolt megközelítést támogatták.`)
  { subject: String.raw`[Aa]\s+(?:delegációk|tagállamok)`, verb: String.raw`támogatták`, gap: String.raw`(?:${GAP_WORD}){0,6}?` },
  { subject: String.raw`[Dd]elegatsioonid|[Ll]iikmesriigid`, verb: String.raw`toetasid|väljendasid(?:\s+\p{Ll}+){0,3}?\s+toetust` },
  { subject: String.raw`[Dd]elegācijas|[Dd]alībvalstis`, verb: String.raw`atbalstīja|pauda(?:\s+\p{Ll}+){0,3}?\s+atbalstu` },
  { subject: String.raw`[Dd]elegacijos|[Vv]alstybės\s+narės`, verb: String.raw`pritarė|palaikė|išreiškė(?:\s+\p{Ll}+){0,3}?\s+paramą` },
  {
    subject: String.raw`[Ii]d-delegazzjonijiet|[Ll]-Istati\s+Membri`,
    verb: String.raw`appoġġaw|taw\s+(?:l-)?appoġġ|esprimew(?:\s+\p{Ll}+){0,3}?\s+(?:l-)?appoġġ`,
  },
];

/** The words between a subject and its verb where a version sets none of its own: up to five (`ont dans l'ensemble`, `hanno in linea di massima`). */
const DEFAULT_GAP = String.raw`(?:${GAP_WORD}){0,5}?`;

/**
 * A subject of SUPPORT opening its clause, then its verb of support (the subject captured). OPENING, a lookbehind, is
 * asked once a place, before the versions' subjects (asked before each version's, it cost the ingest ~5 % of its parse).
 */
const WHOLE_SUPPORT = new RegExp(
  String.raw`${OPENING}(?:${SUPPORT.map(({ subject, verb, gap }) => String.raw`(${subject})(?![\p{L}\p{N}])${gap ?? DEFAULT_GAP},?\s+(?:${verb})(?![\p{L}\p{N}])`).join('|')})`,
  'gu',
);

/** The conjunctions that join a second verb to its clause's subject (`and`, `et`, `und`, `y`, `e`, `en`, `i`, `och`, `és` …). */
const AND = String.raw`(?:and|et|und|y|e|ed|en|i|in|oraz|och|og|ja|sekä|a|és|și|и|και|un|ir|u)`;

/**
 * An auxiliary or an adverb a version may set between that conjunction and the verb of support (`and have supported`,
 * `et ont soutenu`, `und auch unterstützten`, `și au sprijinit`, `in so podprle`).
 */
const BETWEEN = String.raw`(?:have|also|broadly|generally|largely|widely|ont|aussi|également|largement|haben|auch|weitgehend|han|también|hanno|anche|hebben|ook|têm|também|także|też|au|so|su)`;

/**
 * A subject of SUPPORT opening its clause whose first verb is another (`Delegations welcomed the report`) and whose
 * second, joined to it by a conjunction in the same clause (no comma but one before the conjunction, no `;` or `.`), is a
 * verb of support: `Delegations welcomed the report and supported the proposed way forward.`, `Les délégations ont salué
 * le rapport et soutenu …`, `Die Delegationen begrüßten den Bericht und unterstützten …`. The subject captured; the
 * clause looked ahead over at most 200 characters.
 */
const COORDINATED_SUPPORT = new RegExp(
  String.raw`${OPENING}(?:${SUPPORT.map(
    ({ subject, verb }) => String.raw`(${subject})(?![\p{L}\p{N}])(?=[^;.:,]{1,200}?,?\s${AND}\s+(?:${BETWEEN}\s+){0,2}(?:${verb})(?![\p{L}\p{N}]))`,
  ).join('|')})`,
  'gu',
);

/** A verb of support coordinated after another verb (COORDINATED_SUPPORT), its conjunction and the comma before it opening the match. */
const COORDINATED_VERB = new RegExp(String.raw`,?\s+${AND}\s+(?:${BETWEEN}\s+){0,2}(?:${SUPPORT.map(({ verb }) => verb).join('|')})(?![\p{L}\p{N}])`, 'u');

/**
 * An object of a decision without the verb of support coordinated after it and what that verb's clause supports (`le
 * rapport et soutenu l'approche proposée` → `le rapport`): the support is the delegations' position, not part of what
 * they welcomed. The object as it stands where no such verb follows, or the verb opens it.
 */
export function withoutCoordinatedSupport(object: string): string {
  if (!SUPPORT_HINT.test(object)) return object;
  const found = COORDINATED_VERB.exec(object);
  return found === null || found.index === 0 ? object : object.slice(0, found.index);
}

/** Irish, whose verb comes first: `Thacaigh na toscaireachtaí go ginearálta leis …`, `…, agus thacaigh na Ballstáit le …`. */
const IRISH_SUPPORT = /(?<=(?:^|[,;]\s+(?:agus|ach)\s+)[Tt]hacaigh\s+)(na\s+(?:toscaireachtaí|Ballstáit))(?![\p{L}\p{N}])/gu;

/**
 * Irish, the delegations as the subject of a sentence's first verb (after it: `Chuir na toscaireachtaí fáilte roimh an
 * tuarascáil …`) and a verb of support joined after it with a pronoun for them (`… agus thacaigh siad leis an gcur chuige
 * …`), in the same clause: the subject captured where it stands.
 */
const IRISH_PRONOUN_SUPPORT =
  /(?<=^[\p{L}'’-]+\s+)(na\s+(?:toscaireachtaí|Ballstáit))(?![\p{L}\p{N}])(?=[^;.:]{1,200}?,?\s+agus\s+thacaigh\s+siad(?![\p{L}\p{N}]))/u;

/** A cheap test before WHOLE_SUPPORT: a stem of each version's verbs and nouns of support. */
const SUPPORT_HINT =
  /support|favour|soutenu|appuy|soutien|soutinrent|favorables|unterstütz|befürwort|apoy|respald|sosten|sostegno|appoggi|steun|gesteund|apoi|popar|popier|poparci|opowiedział|stöd|stött|ställde|støt|bakkede|tuki|tukensa|kannatti|podpoř|podporu|podporo|podpor|podprl|podpir|podrža|poduprl|potporu|sprijin|sus[țţ]inut|подкреп|υποστήρι|στήριξ|támogat|toetas|toetust|atbalst|pritarė|palaikė|paramą|appoġġ|thacaigh/iu;

/** Whether a text may hold the delegations' support (a cheap test: a stem of a verb or noun of support). */
export function mayHoldSupport(text: string): boolean {
  return SUPPORT_HINT.test(text);
}

/**
 * Whether a decision read in a sentence is only the delegations' support (`Delegations generally supported the idea of
 * …` read as their endorsement), as a test of who decided (`by`, the body as decisionMaker names it): the sentence holds
 * a subject of support that names the same body, or a pronoun for the delegations that open the sentence before
 * (`previous`). With where the decision's object starts in the sentence (`object`: null where that is not known), also
 * that the verb of support itself was read as the decision: the object stands right after that verb (`Delegacijos pritarė
 * dokumente 13802/25 …`), a few words apart at most (`expressed support for the approach`), or between the subject and
 * the verb where a version sets it first (`A delegációk az … megközelítést támogatták.`); an approval joined after the
 * support with its own verb (`Delegations supported the approach set out in 13802/25 and approved the report.`) is
 * theirs. The sentence is read once, however many decisions it records; each object's support is found by a binary
 * search over the supports, in text order.
 */
export function supportOnly(sentence: string, previous: string | null): (by: string | null, object?: number | null) => boolean {
  const supports = supportSubjects(sentence).flatMap(({ at, subject, end }) => {
    const body = PRONOUN_SUBJECT.test(subject) ? (at === 0 && previous !== null ? decisionMaker(previous) : null) : decisionMaker(subject);
    return body === null ? [] : [{ body, at, end }];
  });
  const bodies = new Set(supports.map(({ body }) => body));
  return (by, object) => {
    if (by === null || !bodies.has(by)) return false;
    if (object === undefined || object === null) return true;
    // the last support whose subject stands before the object: the verb the object may be read after
    let low = 0;
    let high = supports.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((supports[middle]?.at ?? 0) <= object) low = middle + 1;
      else high = middle;
    }
    const support = supports[low - 1];
    return support !== undefined && support.body === by && readAsSupport(sentence, support.end, object);
  };
}

/** The words a version may set between its verb of support and what it supports (`for`, `to`, `in general,`): three at most. */
const SUPPORT_GAP = /^[\s,]*(?:[^\s,;:.]+[\s,]+){0,3}$/u;

/** The longest such gap. */
const MAX_SUPPORT_GAP = 60;

/**
 * A gap that is a conjunction and a second verb of the clause, an auxiliary or adverb between (BETWEEN): the decision
 * read is that verb's, joined after the support (`… and approved the report`, `… et approuvé le rapport`, `… ir
 * patvirtino ataskaitą`), not the support's; never an adverbial a version opens with the same word as its conjunction
 * (`apoyaron en general el enfoque`, `soutenu en principe`, `supported in general the approach`).
 */
const JOINED_VERB = new RegExp(
  String.raw`^[\s,]*(?!(?:in|en)\s+(?:general|général|generale|principle|principe|principio|particular|particulier|substance|gran\s+medida)[\s,]*$)${AND}\s+(?:${BETWEEN}\s+){0,2}[\p{L}'’-]+\s*$`,
  'u',
);

/**
 * Whether a decision's object, starting at `object`, stands where the verb of support ending at `end` sets its own
 * (SUPPORT_GAP), or before that end, between its subject and its verb: that verb was read as the decision.
 */
function readAsSupport(sentence: string, end: number, object: number): boolean {
  if (object < end) return true;
  if (object - end > MAX_SUPPORT_GAP) return false;
  const gap = sentence.slice(end, object);
  return SUPPORT_GAP.test(gap) && !JOINED_VERB.test(gap);
}

/** A subject that is a pronoun: it stands for the delegations only where the sentence before named them. */
export const PRONOUN_SUBJECT = /^(?:They|Elles)$/;

/**
 * The subjects, as printed and in order, of the clauses of a sentence in which the delegations or the Member States as a
 * whole support something (`Delegations`, `Les délégations`, `They`), with where each stands and where its verb of
 * support ends.
 */
export function supportSubjects(sentence: string): { at: number; subject: string; end: number }[] {
  if (!SUPPORT_HINT.test(sentence)) return [];
  const found: { at: number; subject: string; end: number }[] = [];
  for (const match of allMatches(WHOLE_SUPPORT, sentence)) {
    const subject = match.slice(1).find((group) => group !== undefined);
    if (subject !== undefined) found.push({ at: match.index, subject, end: match.index + match[0].length });
  }
  // a second verb of support after a conjunction first: most sentences have none, and skip the subjects' pattern
  for (const match of COORDINATED_VERB.test(sentence) ? allMatches(COORDINATED_SUPPORT, sentence) : []) {
    const subject = match.slice(1).find((group) => group !== undefined);
    const verb = COORDINATED_VERB.exec(sentence.slice(match.index));
    const end = verb === null ? match.index + match[0].length : match.index + verb.index + verb[0].length;
    if (subject !== undefined && !found.some(({ at }) => at === match.index)) found.push({ at: match.index, subject, end });
  }
  for (const match of allMatches(IRISH_SUPPORT, sentence)) found.push({ at: match.index, subject: match[0], end: match.index + match[0].length });
  const pronoun = IRISH_PRONOUN_SUPPORT.exec(sentence);
  if (pronoun !== null && !found.some(({ at }) => at === pronoun.index))
    found.push({ at: pronoun.index, subject: pronoun[0], end: pronoun.index + pronoun[0].length });
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The delegations or the Member States as a whole opening a sentence as its subject, any verb after them (`Delegations
 * agreed on …`, `Les délégations ont …`): the group a pronoun of the next sentence stands for.
 */
const WHOLE_SUBJECT = new RegExp(String.raw`^(?:${SUPPORT.map(({ subject }) => subject).join('|')})(?![\p{L}\p{N}])(?=,?\s+\p{Ll})`, 'u');

/** The delegations as a whole opening a sentence, as printed, or null (`Delegations agreed on the region's strategic importance.` → `Delegations`). */
export function wholeSubject(sentence: string): string | null {
  const subject = WHOLE_SUBJECT.exec(sentence)?.[0] ?? null;
  return subject === null || PRONOUN_SUBJECT.test(subject) ? null : subject;
}
