import { excerptAt, excerptSource, preferredMention, type ExcerptSource } from './mentions.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { presidencyOn } from './presidency.ts';

/** The kinds of actor, in the order the actors index lists them. */
export const ACTOR_GROUPS = ['presidency', 'delegation', 'eu-body', 'partner'] as const;

/** One kind of actor. */
export type ActorGroup = (typeof ACTOR_GROUPS)[number];

/** Headings of the actor groups, for people. */
export const ACTOR_GROUP_TITLES: Readonly<Record<ActorGroup, string>> = {
  presidency: 'Presidencies',
  delegation: 'Delegations',
  'eu-body': 'EU bodies and agencies',
  partner: 'Partners',
};

/** Someone the documents name: a Presidency, a delegation, an EU body or a partner organisation. */
export interface Actor {
  /** URL segment of `/actors/<id>/`. */
  readonly id: string;
  readonly name: string;
  readonly group: ActorGroup;
  /** Every spelling that names the actor, matched as written or in capitals (see `findActors`). */
  readonly aliases: readonly string[];
}

/**
 * The member states: English short name (as in the Presidency rotation table), adjective, and other
 * names the documents use. A delegation is named by the state ("Estonia proposed …") or by its
 * adjective ("The German delegation …"); a Presidency by either ("the Hungarian Presidency",
 * "the incoming Cyprus Presidency").
 */
const MEMBER_STATES: readonly (readonly [name: string, adjective: string, ...other: string[]])[] = [
  ['Austria', 'Austrian'],
  ['Belgium', 'Belgian'],
  ['Bulgaria', 'Bulgarian'],
  ['Croatia', 'Croatian'],
  ['Cyprus', 'Cypriot'],
  ['Czechia', 'Czech', 'Czech Republic'],
  ['Denmark', 'Danish'],
  ['Estonia', 'Estonian'],
  ['Finland', 'Finnish'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Greece', 'Greek', 'Hellenic Republic'],
  ['Hungary', 'Hungarian'],
  ['Ireland', 'Irish'],
  ['Italy', 'Italian'],
  ['Latvia', 'Latvian'],
  ['Lithuania', 'Lithuanian'],
  ['Luxembourg', 'Luxembourgish'],
  ['Malta', 'Maltese'],
  ['Netherlands', 'Dutch'],
  ['Poland', 'Polish'],
  ['Portugal', 'Portuguese'],
  ['Romania', 'Romanian'],
  ['Slovakia', 'Slovak'],
  ['Slovenia', 'Slovenian'],
  ['Spain', 'Spanish'],
  ['Sweden', 'Swedish'],
];

/** Member states whose Presidency is called by the country's name ("the Cyprus Presidency"), not its adjective. */
const PRESIDENCY_BY_NAME: readonly string[] = ['Cyprus', 'Luxembourg', 'Netherlands'];

/** EU bodies, agencies and Council preparatory bodies: id, display name, aliases (acronym and full names). */
const EU_BODIES: readonly (readonly [id: string, name: string, aliases: readonly string[]])[] = [
  ['europol', 'Europol', ['Europol', 'EU Agency for Law Enforcement Cooperation', 'European Union Agency for Law Enforcement Cooperation']],
  ['eurojust', 'Eurojust', ['Eurojust', 'EU Agency for Criminal Justice Cooperation', 'European Union Agency for Criminal Justice Cooperation']],
  ['cepol', 'CEPOL', ['CEPOL', 'EU Agency for Law Enforcement Training', 'European Union Agency for Law Enforcement Training']],
  ['frontex', 'Frontex', ['Frontex', 'European Border and Coast Guard Agency']],
  // The EU Drugs Agency replaced the EMCDDA in July 2024.
  ['euda', 'EUDA', ['EUDA', 'EU Drugs Agency', 'European Union Drugs Agency', 'EMCDDA', 'European Monitoring Centre for Drugs and Drug Addiction']],
  ['eu-lisa', 'eu-LISA', ['eu-LISA', 'EU Agency for the Operational Management of Large-Scale IT Systems']],
  ['eppo', 'EPPO', ['EPPO', "European Public Prosecutor's Office", 'European Public Prosecutor’s Office']],
  ['intcen', 'INTCEN', ['INTCEN', 'EU INTCEN', 'EU Intelligence and Situation Centre']],
  [
    'eu-ctc',
    'EU Counter-Terrorism Coordinator',
    ['EU CTC', 'CTC', 'EU Counter-Terrorism Coordinator', 'EU Counterterrorism Coordinator', 'Counter-Terrorism Coordinator', 'Counterterrorism Coordinator'],
  ],
  ['commission', 'European Commission', ['Commission', 'European Commission']],
  ['cosi-support-group', 'COSI Support Group', ['COSI Support Group', 'COSI SG']],
  ['lewp', 'Law Enforcement Working Party (LEWP)', ['LEWP', 'Law Enforcement Working Party']],
  ['cats', 'CATS', ['CATS', 'Coordinating Committee in the area of police and judicial cooperation in criminal matters']],
  ['twp', 'Terrorism Working Party (TWP)', ['TWP', 'Terrorism Working Party']],
  ['coreper', 'Coreper', ['Coreper', 'Permanent Representatives Committee']],
];

/** International partners COSI works with. */
const PARTNERS: readonly (readonly [id: string, name: string, aliases: readonly string[]])[] = [
  ['interpol', 'Interpol', ['Interpol', 'OIPC Interpol', 'ICPO-Interpol', 'International Criminal Police Organization']],
  ['clasi', 'CLASI (Latin American Committee on Internal Security)', ['CLASI', 'Latin American Committee on Internal Security']],
  ['ameripol', 'Ameripol', ['Ameripol', 'Police Community of the Americas']],
];

/** The id of a member state's delegation: `Czechia` → `czechia`. */
function stateId(name: string): string {
  return name.toLowerCase().replace(/[^a-z]+/g, '-');
}

/** The id of the Presidency held by a member state: `Hungary` → `presidency-hungary`. */
function presidencyId(name: string): string {
  return `presidency-${stateId(name)}`;
}

/** Every actor the archive recognises: the named alias table. */
export const ACTORS: readonly Actor[] = [
  ...MEMBER_STATES.map(([name, adjective]) => ({
    id: presidencyId(name),
    name: `${PRESIDENCY_BY_NAME.includes(name) ? name : adjective} Presidency`,
    group: 'presidency' as const,
    aliases: [...new Set([`${adjective} Presidency`, `${name} Presidency`])],
  })),
  ...MEMBER_STATES.map(([name, adjective, ...other]) => ({
    id: stateId(name),
    name,
    group: 'delegation' as const,
    aliases: [name, ...other, `${adjective} delegation`],
  })),
  ...EU_BODIES.map(([id, name, aliases]) => ({ id, name, group: 'eu-body' as const, aliases })),
  ...PARTNERS.map(([id, name, aliases]) => ({ id, name, group: 'partner' as const, aliases })),
];

/**
 * "Presidency" without a country names the Presidency in office on the date of the text, taken
 * from the rotation table ("The Presidency informed …" at the November 2017 meeting is Estonia's).
 */
const GENERIC_PRESIDENCY = 'Presidency';

/**
 * Phrases that contain an alias but name no single actor; matching them first keeps the alias
 * inside from counting ("the trio Presidency formed by Spain, Belgium and Hungary").
 */
const NOT_AN_ACTOR: readonly string[] = ['trio Presidency', 'Presidency trio'];

/** What a matched spelling stands for: an actor id, the generic Presidency, or nothing. */
type Meaning = string | typeof GENERIC_PRESIDENCY | null;

/**
 * Every spelling the matcher accepts and what it means. Case rule: an alias matches as written or
 * entirely in capitals (headings and distribution codes shout: "COREPER", "EUROPOL"), never in
 * lower case, so the acronym CATS is not "cats" and "Commission" is not "commission of crimes".
 */
function spellings(): Map<string, Meaning> {
  const meanings = new Map<string, Meaning>();
  const add = (spelling: string, meaning: Meaning) => {
    for (const form of [spelling, spelling.toUpperCase()]) if (!meanings.has(form)) meanings.set(form, meaning);
  };
  for (const phrase of NOT_AN_ACTOR) add(phrase, null);
  for (const actor of ACTORS) for (const alias of actor.aliases) add(alias, actor.id);
  add(GENERIC_PRESIDENCY, GENERIC_PRESIDENCY);
  return meanings;
}

/** Every spelling the actor matcher accepts, with what it means; the ingest's one-walk matcher reads the same table. */
export const ACTOR_SPELLINGS: ReadonlyMap<string, string | null> = spellings();

/**
 * Every spelling, found between word boundaries as a global alternation of them, longest first, finds them: the
 * leftmost match and, at one position, the longest, so "the Cyprus Presidency" is the Presidency and not the delegation,
 * and "OIPC Interpol" counts once. One pass over the text, linear in its length.
 */
const ACTOR_TRIE = new PhraseTrie([...ACTOR_SPELLINGS.keys()].map((spelling) => ({ text: spelling, value: spelling })));

/** Actors by id. */
export const ACTORS_BY_ID: ReadonlyMap<string, Actor> = new Map(ACTORS.map((actor) => [actor.id, actor]));

/** The actor a matched spelling names in a text of `date`: an id, or null for none (shared with the one-walk matcher). */
export function actorOf(spelling: string, date: string | null): string | null {
  const meaning = ACTOR_SPELLINGS.get(spelling) ?? null;
  if (meaning !== GENERIC_PRESIDENCY) return meaning;
  const state = date === null ? null : presidencyOn(date);
  return state === null ? null : presidencyId(state);
}

/**
 * The ids of the actors a text names, distinct, in order of first mention. `date` (ISO) decides which
 * Presidency a bare "the Presidency" means; without a date, or outside the rotation table, it counts for none.
 */
export function findActors(text: string, date: string | null): string[] {
  const found = new Set<string>();
  for (const match of ACTOR_TRIE.leftmostLongest(text.replace(/\s+/g, ' '))) {
    const id = actorOf(match.value, date);
    if (id !== null) found.add(id);
  }
  return [...found];
}

/** Where a text (white space already collapsed) names each actor, as findActors reads it: the positions, in order. */
function actorPositions(flatText: string, date: string | null): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const match of ACTOR_TRIE.leftmostLongest(flatText)) {
    const id = actorOf(match.value, date);
    if (id === null) continue;
    const list = positions.get(id) ?? [];
    list.push(match.start);
    positions.set(id, list);
  }
  return positions;
}

/** A unit's text and where it stands, as far as the actor matcher needs it. */
export interface UnitLike {
  readonly text: string;
  readonly meeting: string | null;
  readonly date: string | null;
}

/**
 * The date that decides what a bare "the Presidency" of a unit means. It counts only in an agenda
 * item, where it is the Presidency chairing that meeting; in a note or report it may be any
 * Presidency of the period the text looks back on, so it is not guessed.
 */
export function presidencyDate(unit: UnitLike): string | null {
  return unit.meeting === null ? null : unit.date;
}

/**
 * For each actor a unit names, the sentence that first does (after the heading if it can), as plain text; one pass
 * over the text. `source` is the unit's text read for excerpts, when the caller has it already.
 */
export function actorExcerpts(unit: UnitLike, source: ExcerptSource = excerptSource(unit.text)): Map<string, string> {
  const excerpts = new Map<string, string>();
  for (const [id, positions] of actorPositions(source.text, presidencyDate(unit))) {
    const excerpt = excerptAt(source, preferredMention(source, positions));
    if (excerpt !== null) excerpts.set(id, excerpt);
  }
  return excerpts;
}
