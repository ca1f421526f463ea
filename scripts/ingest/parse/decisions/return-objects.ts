/**
 * What a body will come back to, written one way in every version: the site prints `… will return to` before it, so the
 * object holds neither the preposition of the return (`auf diesen Punkt`, `op dit punt`, `k tomuto bodu`) nor the item
 * itself in words: where it opens by naming the item (`this item`, `the matter`, `ce point`, `dieser Punkt`, `este
 * punto`, `tego punktu` …), the item's (or sub-point's) title stands in its place and what follows it, when the body
 * comes back, is kept after the title, as for an item postponed (`Postponed to the next meeting.`). Anything else
 * returned to is kept as printed (`the draft conclusions at the next meeting`, `COSI with a revised draft`).
 */

/**
 * The prepositions a version's return keeps before what is returned to, where the other versions' readings leave
 * theirs out (`to`, `sur`, `do`): German `auf`, Dutch `op`, Czech, Slovak and Slovenian `k`/`ke`, Croatian `na`,
 * Romanian `asupra`, Maltese `għal`, Irish `ar`.
 */
const RETURN_PREPOSITION = /^(?:auf|op|ke?|na|asupra|għal|ar)\s+/u;

/**
 * The item itself in Hungarian, its case carrying the return's `to`: `erre a (napirendi) pontra`, `a (napirendi)
 * pontra`, `(erre) a kérdésre`, `(erre) a témára`, and `erre`, `rá` alone (to this, to it).
 */
const HU_ITEM = String.raw`(?:erre\s+)?a\s+(?:napirendi\s+)?pontra|(?:erre\s+)?a\s+(?:kérdésre|témára)|erre|rá`;

/**
 * The Hungarian item anywhere in what is returned to, as a whole phrase: Hungarian puts the when before it (`később a
 * kérdésre`, `a következő ülésen erre a pontra`), where the other versions put it after.
 */
const HU_ITEM_WITHIN = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${HU_ITEM})(?![\p{L}\p{N}-])`, 'u');

/**
 * The item itself as the versions name it when a body comes back to it: a demonstrative or article and `item`,
 * `point`, `matter`, `issue`, `question` in their words, or a pronoun for it; a Hungarian, Greek or Finnish phrase whose
 * case or article carries the return's preposition (`erre a pontra`, `στο θέμα`, `tähän kohtaan`) whole.
 */
const ITEM_ITSELF = new RegExp(
  [
    // English
    String.raw`(?:the|this|that)\s+(?:agenda\s+)?(?:item|point|matter|issue|question|subject|topic)|it`,
    // French
    String.raw`(?:ce|le)\s+(?:point|sujet|dossier)|(?:cette|la)\s+question`,
    // German
    String.raw`(?:diesen|den|dieser|der)\s+(?:Tagesordnungs)?[Pp]unkt|(?:diese|die)\s+(?:Frage|Angelegenheit)|(?:dieses|das)\s+Thema`,
    // Spanish and Portuguese
    String.raw`(?:este|el|o)\s+(?:punto|ponto|asunto|assunto|tema)|(?:esta|la|a)\s+(?:cuestión|questão)`,
    // Italian
    String.raw`(?:su\s+)?(?:questo|il)\s+(?:punto|tema)|(?:su\s+)?(?:questa|la)\s+questione|sul(?:la)?\s+(?:punto|questione|tema)`,
    // Dutch
    String.raw`(?:dit|het)\s+(?:agenda)?punt|(?:deze|de)\s+(?:kwestie|zaak)|(?:dit|het)\s+onderwerp`,
    // Polish, Czech, Slovak, Slovenian, Croatian
    String.raw`(?:tego|ten)\s+punktu?|(?:tej|tę)\s+(?:kwestii|kwestię|sprawy|sprawę)|tomuto\s+bodu|(?:této|tejto)\s+otázce|tej\s+točki|tu\s+točku|to\s+pitanje`,
    // Romanian, Bulgarian, Greek
    String.raw`(?:acestui|acest)\s+punct|acestei\s+chestiuni|тази\s+точка|този\s+въпрос|στο\s+(?:θέμα|σημείο|ζήτημα)(?:\s+αυτό)?`,
    // Hungarian (HU_ITEM)
    HU_ITEM,
    // Danish, Swedish, Finnish, Estonian, Latvian, Lithuanian, Maltese, Irish
    String.raw`dette\s+punkt|denne\s+sag|frågan|punkten|denna\s+(?:fråga|punkt)|asiaan|tähän\s+(?:kohtaan|asiaan)|selle\s+(?:küsimuse|punkti)\s+juurde|šā\s+(?:jautājuma|punkta)|šio\s+(?:klausimo|punkto)|dan\s+il-punt|din\s+il-kwistjoni|an\s+bpointe\s+seo|an\s+mh?ír\s+seo|an\s+gceist\s+seo`,
  ].join('|'),
  'iu',
);

/** The item itself at the opening of what is returned to, as a whole phrase (not `the matters raised …`). */
const ITEM_OPENING = new RegExp(String.raw`^(?:${ITEM_ITSELF.source})(?![\p{L}\p{N}-])`, 'iu');

/**
 * A return's object written the one way: without the return's preposition, the item itself named in words replaced
 * by `about` (the item's or the sub-point's title), what follows it kept (`this item at a later meeting` → `<title> at a
 * later meeting`); an object that is only the item itself is `about`.
 */
export function returnObject(object: string, about: string): string {
  const bare = object.replace(RETURN_PREPOSITION, '');
  const item = ITEM_OPENING.exec(bare) ?? HU_ITEM_WITHIN.exec(bare);
  if (item === null) return bare;
  // the words around the item, in order: after it (`this item at a later meeting`), or before it in Hungarian (`később a kérdésre`)
  const rest = `${bare.slice(0, item.index).trim()} ${bare.slice(item.index + item[0].length).trim()}`.trim();
  return rest === '' ? about : `${about} ${rest}`;
}
