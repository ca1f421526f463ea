/**
 * Decisions as the Council's other language versions of an outcome or summary record write them: French (`Le Comité a
 * pris note du …`, `Le rapport a été approuvé par le Comité`), German (`Der Ausschuss nahm … zur Kenntnis`, `Der
 * Ausschuss hat … zur Kenntnis genommen`, `Der Bericht wurde gebilligt`), Spanish (`El Comité tomó nota de …`, `El COSI
 * ha tomado nota del …`), Italian (`Il Comitato ha preso atto di …`), Dutch (`Het Comité nam nota van …`, `heeft …
 * goedgekeurd`, `stemde in met`), Portuguese (`O Comité tomou nota de …`) and Polish (`Komitet przyjął do wiadomości …`), and the other
 * 16 versions with decision-languages-east.ts and decision-languages-north.ts: who acts at the start of a clause, the
 * verb (stored as the closed set's English value), where its object ends. English is read by decisions.ts and
 * decision-clauses.ts; a clause is read the same way in each language: a body opening it and its verb, or a verb
 * coordinated with the verb of a body before it (`… et est convenu de …`, `… und kam überein, …`); passives by
 * decision-passives.ts. Every pattern is bounded, so a sentence of any length is read in time linear in its length.
 */
import { anyHint, asciiHints, hintTrie, onAscii } from './decision-hints.ts';
import type { DecisionVerb } from './decisions.ts';
import { verbAfterPassive, verbLastPassive } from './decision-passives.ts';
import { trailingHowAt } from './decision-procedures.ts';
import { EAST_GRAMMARS } from './decision-languages-east.ts';
import { committeeNamePattern } from '../../../../src/shared/committee-names.ts';
import { COUNCIL_BODIES, COUNCIL_SUBJECTS } from './council-bodies.ts';
import { MEMBERS_OF } from './committee-members.ts';
import { DE_SUPPORT, ES_SUPPORT, FR_SUPPORT, IT_SUPPORT, NL_SUPPORT, PT_SUPPORT } from './support-phrases.ts';
import { NORTH_GRAMMARS } from './decision-languages-north.ts';
import { passiveRelativeAntecedent, verbLastPassiveRelatives, verbLastRelatives } from './relative-objects.ts';
import { whenClause } from './decision-clauses.ts';
import { DUTCH_NEXT_PAST, GERMAN_NEXT_PAST, POLISH_NEXT_PAST, withoutAside } from './verb-asides.ts';
import {
  AGENCIES,
  always,
  anyOf,
  calledUpon,
  elidedPhrase,
  END,
  type Grammar,
  grammar,
  impliedSubject,
  OTHER_AGENT,
  perfect,
  type RawStatement,
  type Reading,
  separable,
  statementsOf,
} from './decision-grammar.ts';

/** French: `a`/`ont` and an adverb before the participle. */
const FR_ADVERB = String.raw`(?:\s+(?:également|aussi|ensuite|enfin|finalement|en\s+outre|par\s+ailleurs|unanimement|largement|dûment|formellement))?`;
const AVOIR = String.raw`(?:a|ont)${FR_ADVERB}\s+`;
const ETRE = String.raw`(?:est|sont)${FR_ADVERB}\s+`;
const SE = String.raw`(?:s['’]est|se\s+sont)${FR_ADVERB}\s+`;
/** `de`/`d'` after `pris note`, `s'est félicité`: the object is what was noted or welcomed. */
const DE = String.raw`(?:\s+de(?=\s)|\s+d['’](?=\p{L}))?`;

/**
 * The French verbs an outcome reports what a body said with (`a indiqué que`, `a déclaré que`): a return reported after
 * them (`a indiqué qu'elle reviendrait sur ce point`), and a clause of their own after `et` (`… et a déclaré qu'il …`).
 */
const FR_REPORTING = String.raw`(?:indiqué|déclaré|annoncé|précisé|fait\s+savoir|noté|signalé|souligné|confirmé|expliqué|rappelé)`;

const FR_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  // first: `a noté qu'elle reviendrait` is a return, not a note taken
  [
    String.raw`${AVOIR}${FR_REPORTING}\s+qu['’](?:il|elle|ils|elles)(?:\s+y)?\s+(?:reviendrai(?:t|ent)|reviendr(?:a|ont))(?:\s+ultérieurement)?(?:\s+sur)?${END}`,
    always('will-return'),
  ],
  [String.raw`${AVOIR}pris\s+(?:bonne\s+)?(?:note|acte)${END}${DE}|${AVOIR}noté${END}`, always('took-note')],
  [String.raw`${AVOIR}approuvé${END}`, always('approved')],
  [String.raw`${AVOIR}(?:entériné|avalisé)${END}`, always('endorsed')],
  // support given to the paper put to the body, or reiterated (support-phrases.ts): before `confirmé`, a confirmation
  [String.raw`${AVOIR}(?:${FR_SUPPORT})`, always('endorsed')],
  [
    String.raw`${AVOIR}(?:marqué\s+(?:son|leur)\s+accord|dégagé\s+(?:un\s+accord|un\s+consensus|une\s+(?:position|approche|compréhension|vision)\s+commune|une\s+convergence\s+de\s+vues)|convenu|décidé)${END}|${ETRE}(?:convenue?s?|parvenue?s?\s+à\s+(?:un\s+accord|un\s+consensus|une\s+(?:position|approche|compréhension|vision)\s+commune|une\s+convergence\s+de\s+vues))${END}`,
    always('agreed'),
  ],
  [String.raw`${AVOIR}adopté${END}`, always('adopted')],
  [String.raw`${AVOIR}confirmé${END}`, always('confirmed')],
  [
    String.raw`${AVOIR}(?:(?:procédé\s+à|eu|tenu)\s+un\s+(?:bref\s+|large\s+|premier\s+)?(?:échange\s+de\s+vues|tour\s+de\s+table|débat)|échangé\s+(?:leurs\s+|ses\s+)?(?:vues|points\s+de\s+vue))${END}`,
    always('exchanged-views'),
  ],
  [String.raw`${AVOIR}(?:salué|accueilli\s+(?:favorablement|avec\s+satisfaction))${END}|${SE}félicitée?s?${END}${DE}`, always('welcomed')],
  [String.raw`${AVOIR}invité${END}`, always('invited')],
  [String.raw`${AVOIR}chargé${END}`, always('tasked')],
  [String.raw`${AVOIR}conclu${END}(?=\s+qu(?:e|['’]))`, always('concluded')],
  [String.raw`${AVOIR}(?:reporté|ajourné|différé)${END}`, always('postponed')],
  [String.raw`(?:reviendr(?:a|ont)|reviendr(?:a|ont)\s+ultérieurement)\s+sur${END}`, always('will-return')],
  [String.raw`${AVOIR}retiré${END}`, always('withdrawn')],
];

/**
 * Who decides in French: the committee, its Support Group, the Presidency, the Commission, the delegations (those of
 * both committees at a joint meeting too: `Les délégations du COPS et du COSI ont procédé à un échange de vues …`), the
 * Member States as a whole (`Les États membres ont pris note …`), an agency; or a pronoun opening a sentence for the body that decided before it (`Il a également approuvé …`, decisions.ts).
 */
const FR_BODY = String.raw`(?<=^|;\s{0,3})(?:Il|Ils|Elle|Elles)${END}|[Ll]e\s+(?:${committeeNamePattern('fr')}|COSI|[Cc]omité(?:\s+permanent)?|[Gg]roupe\s+de\s+soutien(?:\s+du\s+COSI)?)${END}|[Ll]a\s+(?:[Pp]résidence|Commission(?:\s+européenne)?|délégation\s+\p{Ll}+)${END}|[Ll]es\s+délégations(?:\s+du\s+(?:COPS|COSI)\s+et\s+du\s+(?:COPS|COSI))?${END}|[Ll]es\s+États\s+membres${END}|${MEMBERS_OF.fr}|${AGENCIES}`;

/**
 * The Council's other bodies (council-bodies.ts) as a French subject: who decides, but a clause's end only before a
 * decision verb (`… aan het Comité en de Raad voor te leggen` goes on).
 */
const FR_OTHER_BODY = String.raw`[Ll]e\s+(?:${COUNCIL_BODIES.fr.masculine})`;

/** A French passive (`Le rapport a été approuvé par le Comité`) and its impersonal form (`Il a été convenu de …`). */
const FR_PASSIVE = verbAfterPassive({
  auxiliary: String.raw`(?:a|ont)${FR_ADVERB}\s+été|(?:est|sont)(?=\s+(?:adopté|approuvé)e?s?(?![\p{L}]))`,
  participles: [
    [String.raw`approuvée?s?`, 'approved'],
    [String.raw`adoptée?s?`, 'adopted'],
    [String.raw`(?:entérinée?s?|avalisée?s?)`, 'endorsed'],
    [String.raw`confirmée?s?`, 'confirmed'],
    [String.raw`chargée?s?`, 'tasked'],
    [String.raw`invitée?s?`, 'invited'],
    [String.raw`(?:reporté|ajourné|différé)e?s?`, 'postponed'],
    [String.raw`retirée?s?`, 'withdrawn'],
  ],
  agent: new RegExp(String.raw`^\s+par\s+(${FR_BODY}|${FR_OTHER_BODY}|(?:l['’]|(?:le|la|les)\s+)?${OTHER_AGENT})`, 'u'),
  subject: /^(?!.*\s(?:qui|que|dont)$)(?:(?:le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s|l['’]|(?:ils|elles|ceux-ci|celles-ci)$)/iu,
  clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:et|que|mais)\s+|(?<![\p{L}])qu['’]/gu,
  relative: /^(?:qui|que|dont|lequel|laquelle|lesquels|lesquelles)(?![\p{L}])/u,
  relativeSubject: passiveRelativeAntecedent,
  negation: /(?<![\p{L}])(?:ne|n['’]|pas|jamais)(?![\p{L}])/u,
  impersonal: [
    [String.raw`[Ii]l\s+a\s+été\s+pris\s+(?:bonne\s+)?(?:note|acte)${END}${DE}`, 'took-note'],
    [String.raw`[Ii]l\s+a\s+été\s+convenu${END}`, 'agreed'],
    [String.raw`[Ii]l\s+a\s+été\s+conclu${END}(?=\s+qu(?:e|['’]))`, 'concluded'],
  ],
});

/**
 * The object a French participle coordinated without its auxiliary opens with (`… et approuvé le rapport`, `… et pris
 * note du rapport`): a determiner, never one before a date (`approuvé le 3 mars`).
 */
const FR_ELIDED = {
  auxiliary: AVOIR,
  object: String.raw`\s+(?:(?:le|la|les|un|une|des|du|de|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+(?!\d)|l['’]|d['’])`,
};

const FRENCH = grammar({
  hint: /é|soutenu|convenu|parvenu|accueilli|pris\s|conclu(?![\p{L}])|reviendr/u,
  // `dont` opens a relative clause whose subject may be the body (`…, dont le comité a pris note`: relative-objects.ts)
  opening: String.raw`(?<=^|[;:,]\s{0,3}|\b(?:que|et|mais|dont)\s{1,3}|\bqu['’])`,
  and: 'et',
  body: `${FR_BODY}|${FR_OTHER_BODY}`,
  finite: String.raw`(?:a|ont|est|sont|s['’]est|se\s+sont)${END}`,
  phrases: FR_PHRASES,
  adverb: { before: '', after: '' },
  breaks: /[;:]|,\s*(?:qui|dont|tandis|alors)(?![\p{L}])|\b(?:tandis|alors)\s+que\b/gu,
  clauseEnds: [
    String.raw`\s*;`,
    // a relative clause, but the one that names the document what was decided is in (`…, qui figure dans le document 14108/1/17 REV 1`)
    String.raw`,\s*(?:qui(?!\s+figur(?:e|ent)\s+dans\s+(?:le|les)\s+documents?${END})|dont|lequel|laquelle|lesquels|lesquelles)${END}`,
    String.raw`,?\s+(?:tandis|alors)\s+que\s`,
    whenClause(String.raw`lorsque|lorsqu(?=['’])|quand`, 'de|sur|à|savoir'),
    // a participle clause after the object, what the body did besides (`…, saluant et soutenant la coopération en cours`, `…, tout en soulignant que …`)
    String.raw`,\s+(?:tout\s+en\s+)?(?=(?:saluant|soutenant|soulignant|rappelant|insistant|encourageant|réaffirmant|réitérant|notant|relevant)${END})`,
    String.raw`,\s+(?=${anyOf(FR_PHRASES.map(([source]) => source))})`,
    String.raw`,?\s+et\s+(?=(?:a|ont|est|sont|s['’]est|se\s+sont)${END})`,
    String.raw`,?\s+et\s+(?=(?:${FR_BODY}|${FR_OTHER_BODY})\s+(?:a|ont|est|sont)${END})`,
    // a participle coordinated without its auxiliary, after `et` or a comma (`…, salué les progrès et approuvé …`)
    String.raw`(?:,?\s+et|,)\s+(?=${anyOf(FR_PHRASES.flatMap(([source]) => (source.includes(AVOIR) ? [elidedPhrase(source, FR_ELIDED)] : [])))})`,
  ],
  passive: FR_PASSIVE,
  elided: FR_ELIDED,
});

/** German: the verb second, an adverb after it (`nahm außerdem …`); singular and plural (`billigte`, `billigten`). */
const DE_ADVERB = String.raw`(?:\s+(?:auch|außerdem|ferner|zudem|dann|anschließend|schließlich|einstimmig|förmlich|ebenfalls|daraufhin)${END})?`;

/**
 * A return reported in a German clause with `dass` (`erklärte, dass er darauf zurückkommen werde`): the words before
 * `zurückkommen` its object, `darauf` or `hierauf` (the item itself) none.
 */
const reportedReturn: Reading = (object) => {
  const text = object.replace(/[\s.!?:]+$/, '');
  const match = /(?:^|\s+)(?:(?:da|hier)rauf\s+)?zurückkommen\s+(?:werde|werden|wird|würde|würden)$/u.exec(text);
  return match === null ? null : { verb: 'will-return', object: text.slice(0, match.index) };
};

/** The German verbs an outcome reports what a body said with (`erklärte, dass`, `teilte mit, dass`), singular and plural. */
const DE_REPORTING = String.raw`(?:erklärten?|sagten?|kündigten?\s+an|teilten?\s+mit|gaben?\s+an|betonten?|unterstrichen|stellten?\s+fest|wiesen?\s+darauf\s+hin)${END}`;

const DE_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [String.raw`${DE_REPORTING},?\s+dass\s+(?:er|sie|es)${END}`, reportedReturn],
  // `nahm Kenntnis von dem Bericht`: the object after `von`, not before a separated `zur Kenntnis`; `nahm Kenntnis` alone
  // leading a list (`Der Ausschuss nahm Kenntnis` / `• vom Ergebnis …`): the object its points'
  [String.raw`nahm(?:en)?\s+Kenntnis(?:\s+(?:von|vom)${END}|(?=\s*:?$))`, always('took-note')],
  [
    String.raw`nahm(?:en)?${END}`,
    separable([
      [/\s+zur\s+Kenntnis$/u, 'took-note'],
      [/\s+an$/u, 'adopted'],
    ]),
  ],
  [String.raw`(?:billigten?|genehmigten?)${END}`, always('approved')],
  [String.raw`befürworteten?${END}`, always('endorsed')],
  // support given to the paper put to the body, or reiterated (support-phrases.ts): before `bestätigte`, a confirmation
  [DE_SUPPORT, always('endorsed')],
  [
    String.raw`(?:einigten?\s+sich|verständigten?\s+sich|kam(?:en)?\s+überein|erzielten?\s+(?:eine\s+)?Einigung|erzielten?\s+(?:ein\s+)?(?:gemeinsames\s+Verständnis|Einvernehmen)|erzielten?\s+(?:einen\s+)?Konsens|beschlossen|beschloss|vereinbarten?)${END}`,
    always('agreed'),
  ],
  [String.raw`stimmten?${END}`, separable([[/\s+zu$/u, 'agreed']])],
  [String.raw`bestätigten?${END}`, always('confirmed')],
  [
    String.raw`(?:(?:führten?|hielt(?:en)?)\s+(?:einen\s+(?:kurzen\s+|ausführlichen\s+|ersten\s+)?(?:Gedanken|Meinungs)austausch|eine\s+(?:kurze\s+|ausführliche\s+|erste\s+)?(?:Aussprache|Debatte|Diskussion)))${END}`,
    always('exchanged-views'),
  ],
  [String.raw`begrüßten?${END}`, always('welcomed')],
  [String.raw`ersuchten?${END}`, always('invited')],
  [String.raw`forderten?${END}`, calledUpon],
  [String.raw`beauftragten?${END}`, always('tasked')],
  [
    String.raw`(?:stellten?\s+abschließend\s+fest|(?:kam(?:en)?|gelangten?)\s+zu\s+dem\s+(?:Schluss|Ergebnis)|zog(?:en)?\s+(?:das\s+)?(?:Fazit|Schlussfolgerung))${END}`,
    always('concluded'),
  ],
  [String.raw`(?:vertagten?|verschob(?:en)?)${END}`, always('postponed')],
  [String.raw`(?:wird|werden)${END}`, separable([[/\s+zurückkommen$/u, 'will-return']])],
  [String.raw`(?:ist|sind)\s+übereingekommen${END}`, always('agreed')],
  [
    String.raw`ha(?:t|ben)${END}`,
    perfect([
      [/\s+zur\s+Kenntnis\s+genommen$/u, 'took-note'],
      [/\s+angenommen$/u, 'adopted'],
      [/\s+(?:gebilligt|genehmigt)$/u, 'approved'],
      [/\s+befürwortet$/u, 'endorsed'],
      [/\s+(?:zugestimmt|geeinigt|verständigt)$/u, 'agreed'],
      [/\s+bestätigt$/u, 'confirmed'],
      [/\s+begrüßt$/u, 'welcomed'],
      [/\s+beauftragt$/u, 'tasked'],
    ]),
  ],
];

/**
 * Who decides in German: the committee, its Support Group, the Presidency, the Commission, the delegations, the Member
 * States as a whole (`Die Mitgliedstaaten nahmen … zur Kenntnis`), an agency;
 * or a pronoun opening a sentence for the body that decided before it (`Er billigte außerdem …`, decisions.ts).
 */
const DE_BODY = String.raw`(?<=^|;\s{0,3})(?:Er|Sie)${END}|[Dd]er\s+(?:${committeeNamePattern('de')}|(?:Ständige\s+)?Ausschuss|COSI|Vorsitz)${END}|[Dd]ie\s+(?:(?:Europäische\s+)?Kommission|COSI-Unterstützungsgruppe|Unterstützungsgruppe(?:\s+des\s+COSI)?|\p{Ll}+e\s+Delegation)${END}|(?:[Dd]ie\s+)?(?:Delegationen|Mitgliedstaaten)${END}|${MEMBERS_OF.de}|${AGENCIES}`;

/**
 * The Council's other bodies (council-bodies.ts) as a German subject: who decides, but a clause's end only before a
 * decision verb (`… aan het Comité en de Raad voor te leggen` goes on).
 */
const DE_OTHER_BODY = String.raw`[Dd]er\s+(?:${COUNCIL_BODIES.de.masculine})|[Dd]ie\s+(?:${COUNCIL_BODIES.de.feminine})`;

/**
 * The German bodies as an agent names them after `vom`, `von der`, `durch den`: without their article; any other body
 * by its capitalised name (`vom Rat`), never the agenda an item is taken off (`von der Tagesordnung abgesetzt`).
 */
const DE_AGENT_NAMES = String.raw`${committeeNamePattern('de')}|(?:Ständigen\s+)?Ausschuss|AStV(?:\/COSI)?|Coreper(?:\/COSI)?|COREPER(?:\/COSI)?|COSI|Vorsitz|(?:Europäischen\s+)?Kommission|COSI-Unterstützungsgruppe|Unterstützungsgruppe(?:\s+des\s+COSI)?|Delegationen|Europol|Eurojust|Frontex|CEPOL|eu-LISA`;

/** A German passive: the participle ends the clause (`Der Bericht wurde gebilligt`, `… ist … gebilligt worden`). */
const DE_PASSIVE = verbLastPassive({
  auxiliary: String.raw`wurden?|wird(?=[^,;:.]{0,200}\s(?:angenommen|gebilligt|genehmigt)(?![\p{L}]))|(?:ist|sind)(?=[^,;:.]{0,200}\sworden${END})`,
  participles: [
    [String.raw`zur\s+Kenntnis\s+genommen`, 'took-note'],
    [String.raw`angenommen`, 'adopted'],
    [String.raw`(?:gebilligt|genehmigt)`, 'approved'],
    [String.raw`befürwortet`, 'endorsed'],
    [String.raw`bestätigt`, 'confirmed'],
    [String.raw`begrüßt`, 'welcomed'],
    [String.raw`vereinbart`, 'agreed'],
    [String.raw`beauftragt`, 'tasked'],
    [String.raw`(?:ersucht|aufgefordert)`, 'invited'],
    [String.raw`(?:vertagt|verschoben|zurückgestellt)`, 'postponed'],
    [String.raw`(?:abgesetzt|zurückgezogen)`, 'withdrawn'],
  ],
  agent: new RegExp(
    String.raw`^\s*(?:vom|von(?:\s+(?:der|dem|den))?|durch\s+(?:den|die|das))\s+(${DE_AGENT_NAMES}|(?!Tagesordnung${END})${OTHER_AGENT})${END}`,
    'u',
  ),
  subject: /^(?:(?:der|die|das|den|dem|des|ein|eine|einer|eines|dieser|diese|dieses|sein|seine|ihr|ihre)\s|(?:sie|diese)$)/iu,
  clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:und|aber|sondern|dass)\s+/gu,
  // after a comma, as the article is the pronoun too: `Der Bericht, der in Dokument 15720/25 enthalten ist, wurde gebilligt`
  relative: /^(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)(?![\p{L}])/u,
  negation: /(?<![\p{L}])(?:nicht|kein\p{L}*|nie)(?![\p{L}])/u,
  impersonal: [
    [String.raw`[Ee]s\s+wurde\s+vereinbart${END}`, 'agreed'],
    [String.raw`[Ee]s\s+wurde\s+zur\s+Kenntnis\s+genommen${END}`, 'took-note'],
  ],
});

const GERMAN = grammar({
  hint: /unterstützt|Unterstützung|zurückkommen|abgesetzt|zurückgezogen|nahm|beschloss|abschließend|Schluss|Ergebnis|Fazit|vertagt|verschob|zurückgestellt|billigt|genehmigt|befürwortet|einigt|verständigt|kam(?:en)?\s+überein|erzielt|stimmt|bestätigt|führt|hielt|begrüßt|ersucht|fordert|beauftragt|genommen|vereinbart|übereingekommen|wurde|worden|wird\s/u,
  opening: String.raw`(?<=^|[;:,]\s{0,3}|\b(?:und|aber|sondern)\s{1,3})`,
  and: 'und',
  body: `${DE_BODY}|${DE_OTHER_BODY}`,
  finite: String.raw`\p{Ll}`,
  phrases: DE_PHRASES,
  adverb: { before: '', after: DE_ADVERB },
  breaks: /[;:]|,\s*(?:während|wobei|wohingegen)(?![\p{L}])/gu,
  clauseEnds: [
    String.raw`\s*;`,
    String.raw`,\s*(?:während|wobei|wohingegen)${END}`,
    // a clause of when, after its comma (`als` without one is `as`: `billigte den Bericht als Grundlage`)
    String.raw`,\s*(?:als|wenn|nachdem|sobald)${END}`,
    // a relative clause, its verb last (`…, der dem AStV … vorgelegt wird`, `…, die am 20. November 2017 stattfand`), but
    // the one that names the document what was decided is in (`…, der in Dokument 13802/25 enthalten ist`); a noun a
    // comma lists after the object ends on a capital (`…, die dem Rat vorgelegten Schlussfolgerungen`), and an infinitive
    // clause, the object of its verb, on its infinitive with `zu` (`vereinbarten, die Arbeiten fortzusetzen`, `…, die Frage erneut zu prüfen`)
    String.raw`,\s*(?=(?:der|die|das|dem|den|deren|dessen)\s(?![^,;]{0,200}?Dokument)[^,;]{0,200}?\s(?<!\szu\s)(?!\p{Ll}+zu\p{Ll}+en(?![\p{L}]))\p{Ll}+(?:[,;]|\.?\s*$|\.\s))`,
    String.raw`,\s+(?=${anyOf(DE_PHRASES.map(([source]) => source))})`,
    // another verb in the past of the body's, what it did besides (`, dankte dem Vorsitz und …`, `, hob … hervor`)
    GERMAN_NEXT_PAST,
    String.raw`,?\s+und\s+(?=${anyOf(DE_PHRASES.map(([source]) => source))}|(?:${DE_BODY})\s+\p{Ll}|(?:${DE_OTHER_BODY})\s+(?:${anyOf(DE_PHRASES.map(([source]) => source))}))`,
    String.raw`,?\s+und\s+(?=${DE_REPORTING})`,
  ],
  passive: DE_PASSIVE,
  verbSecond: true,
});

/** Spanish: the preterite (`tomó nota`, `aprobó`) or the perfect with `ha`/`han` (`ha tomado nota`); `de` after `nota`. */
const ES_HA = String.raw`(?:ha|han)\s+`;
const ES_ADVERB = String.raw`(?:\s+(?:también|asimismo|además|finalmente|igualmente|posteriormente))?`;
const ES_DE = String.raw`(?:\s+de(?=\s))?`;

/** The Spanish verbs an outcome reports what a body said with (`indicó que`, `señaló que`), singular and plural, and in the perfect. */
const ES_REPORTING = String.raw`(?:indic|señal|anunci|afirm|declar|explic|inform|subray|destac|manifest|record)(?:ó|aron)${END}|${ES_HA}(?:indicado|señalado|anunciado|afirmado|declarado|informado)${END}`;

const ES_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [
    String.raw`(?:${ES_REPORTING})(?:\s+a\s+las\s+delegaciones)?\s+(?:de\s+)?que\s+(?:(?:volvería|volverían|volverá|volverán)\s+(?:sobre|a\s+(?:tratar|examinar|abordar))|retomaría|retomarían|retomará|retomarán)${END}`,
    always('will-return'),
  ],
  [String.raw`(?:tomó|tomaron|${ES_HA}tomado)\s+(?:buena\s+)?(?:nota|conocimiento)${END}${ES_DE}`, always('took-note')],
  [String.raw`(?:aprobó|aprobaron|${ES_HA}aprobado)${END}`, always('approved')],
  [String.raw`(?:refrendó|refrendaron|respaldó|respaldaron|${ES_HA}(?:refrendado|respaldado))${END}`, always('endorsed')],
  // support given to the paper put to the body, or reiterated (support-phrases.ts)
  [ES_SUPPORT, always('endorsed')],
  [
    String.raw`(?:acordó|acordaron|convino|convinieron|decidió|decidieron|${ES_HA}(?:acordado|convenido|decidido)|(?:llegó|llegaron|${ES_HA}llegado)\s+a\s+un\s+(?:acuerdo|entendimiento\s+común|consenso)|(?:alcanzó|alcanzaron|${ES_HA}alcanzado)\s+un\s+(?:acuerdo|entendimiento\s+común|consenso))${END}`,
    always('agreed'),
  ],
  [String.raw`(?:adoptó|adoptaron|${ES_HA}adoptado)${END}`, always('adopted')],
  [String.raw`(?:confirmó|confirmaron|${ES_HA}confirmado)${END}`, always('confirmed')],
  [
    String.raw`(?:(?:mantuvo|mantuvieron|celebró|celebraron|${ES_HA}(?:mantenido|celebrado))\s+un|(?:procedió|procedieron|${ES_HA}procedido)\s+a\s+un)\s+(?:breve\s+|amplio\s+|primer\s+)?(?:intercambio\s+de\s+(?:opiniones|puntos\s+de\s+vista)|cambio\s+de\s+impresiones)${END}|(?:intercambió|intercambiaron|${ES_HA}intercambiado)\s+(?:opiniones|puntos\s+de\s+vista)${END}`,
    always('exchanged-views'),
  ],
  [
    String.raw`(?:acogió|acogieron|${ES_HA}acogido)\s+con\s+(?:satisfacción|agrado|beneplácito)${END}|se\s+(?:felicitó|felicitaron|${ES_HA}felicitado)${END}(?:\s+(?:de|por)(?=\s))?`,
    always('welcomed'),
  ],
  [String.raw`(?:invitó|invitaron|instó|instaron|${ES_HA}(?:invitado|instado))${END}`, always('invited')],
  [String.raw`(?:encargó|encargaron|encomendó|encomendaron|${ES_HA}(?:encargado|encomendado))${END}`, always('tasked')],
  [String.raw`(?:concluyó|concluyeron|${ES_HA}concluido)${END}`, always('concluded')],
  [String.raw`(?:aplazó|aplazaron|pospuso|pospusieron|${ES_HA}(?:aplazado|pospuesto))${END}`, always('postponed')],
  [String.raw`(?:volverá|volverán)\s+(?:sobre|a\s+(?:tratar|examinar|abordar))${END}|(?:retomará|retomarán)${END}`, always('will-return')],
  [String.raw`(?:retiró|retiraron|${ES_HA}retirado)${END}`, always('withdrawn')],
];

/**
 * Who decides in Spanish: the committee, its Support Group, the Presidency, the Commission, the delegations or the
 * Member States as a whole (not after `de` or `entre`, where a count makes them some of them: `La mayoría de las
 * delegaciones apoyaron …` is a position, delegation-positions.ts), an agency.
 */
const ES_BODY = String.raw`[Ee]l\s+(?:${committeeNamePattern('es')}|COSI|[Cc]omité(?:\s+[Pp]ermanente)?|[Gg]rupo\s+de\s+[Aa]poyo(?:\s+del\s+COSI)?)${END}|[Ll]a\s+(?:[Pp]residencia|Comisión(?:\s+Europea)?|delegación\s+\p{Ll}+)${END}|(?<!(?:de|entre)\s)(?:[Ll]as\s+delegaciones|[Ll]os\s+Estados\s+[Mm]iembros)${END}|${MEMBERS_OF.es}|${AGENCIES}`;

/**
 * The Council's other bodies (council-bodies.ts) as a Spanish subject: who decides, but a clause's end only before a
 * decision verb (`… aan het Comité en de Raad voor te leggen` goes on).
 */
const ES_OTHER_BODY = String.raw`[Ee]l\s+(?:${COUNCIL_BODIES.es.masculine})`;

/** A Spanish passive with `fue` or `ha sido` (`El informe fue aprobado por el Comité`), and with `se` (`Se aprobó el orden del día`). */
const ES_PASSIVE = verbAfterPassive({
  auxiliary: String.raw`fue|fueron|ha\s+sido|han\s+sido`,
  participles: [
    [String.raw`aprobad[oa]s?`, 'approved'],
    [String.raw`adoptad[oa]s?`, 'adopted'],
    [String.raw`(?:refrendad|respaldad)[oa]s?`, 'endorsed'],
    [String.raw`confirmad[oa]s?`, 'confirmed'],
    [String.raw`acordad[oa]s?`, 'agreed'],
    [String.raw`encargad[oa]s?`, 'tasked'],
    [String.raw`invitad[oa]s?`, 'invited'],
    [String.raw`(?:aplazad|pospuest)[oa]s?`, 'postponed'],
    [String.raw`retirad[oa]s?`, 'withdrawn'],
  ],
  agent: new RegExp(String.raw`^\s+por\s+(${ES_BODY}|${ES_OTHER_BODY}|(?:el|la|los|las)\s+${OTHER_AGENT})`, 'u'),
  subject: /^(?!.*\s(?:que|cual|cuales)$)(?:(?:el|la|los|las|un|una|unos|unas|este|esta|estos|estas|su|sus)\s|(?:ellos|ellas|estos|estas|éstos|éstas)$)/iu,
  clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:y|e|que|pero)\s+/gu,
  relative: /^(?:que|cual|cuales|quien|quienes)(?![\p{L}])/u,
  relativeSubject: passiveRelativeAntecedent,
  negation: /(?<![\p{L}])(?:no|nunca)(?![\p{L}])/u,
  impersonal: [
    [String.raw`[Ss]e\s+(?:tomó|toma|ha\s+tomado)\s+(?:buena\s+)?nota${END}${ES_DE}`, 'took-note'],
    [String.raw`[Ss]e\s+(?:aprobó|aprobaron|aprueba|aprueban|ha\s+aprobado|han\s+aprobado)${END}`, 'approved'],
    [String.raw`[Ss]e\s+(?:refrendó|refrendaron|ha\s+refrendado|han\s+refrendado)${END}`, 'endorsed'],
    [String.raw`[Ss]e\s+(?:acordó|convino|ha\s+acordado)${END}`, 'agreed'],
    [String.raw`[Ss]e\s+(?:adoptó|adoptaron|adopta|adoptan|ha\s+adoptado|han\s+adoptado)${END}`, 'adopted'],
    [String.raw`[Ss]e\s+(?:confirmó|confirmaron|ha\s+confirmado)${END}`, 'confirmed'],
    [String.raw`[Ss]e\s+(?:aplazó|aplazaron|pospuso|pospusieron|ha\s+aplazado|han\s+aplazado)${END}`, 'postponed'],
  ],
});

const SPANISH = grammar({
  hint: /ó|(?:ad|id|uest)[oa]s?(?![\p{L}])|volver[áí]|retomar[áí]|pospus|convin|acogi|felicit|mantuv|aron\s|ieron\s|[Ss]e\s+(?:aprueba|adopta|toma)/u,
  opening: String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])(?:que|y|e|pero)\s{1,3})`,
  and: '(?:y|e)',
  body: `${impliedSubject('es')}|${ES_BODY}|${ES_OTHER_BODY}`,
  finite: String.raw`\p{Ll}`,
  phrases: ES_PHRASES,
  adverb: { before: ES_ADVERB, after: '' },
  breaks: /[;:]|,\s*(?:que|quien|quienes|mientras)(?![\p{L}])|(?<![\p{L}])mientras\s+que(?![\p{L}])/gu,
  clauseEnds: [
    String.raw`\s*;`,
    String.raw`,\s*(?:que|quien|quienes|cuyo|cuya|el\s+cual|la\s+cual|los\s+cuales|las\s+cuales)${END}`,
    String.raw`,?\s+mientras\s+(?:que\s)?`,
    whenClause('cuando', 'de|sobre|a|saber'),
    String.raw`,\s+(?=${anyOf(ES_PHRASES.map(([source]) => source))})`,
    String.raw`,?\s+(?:y|e)\s+(?=${anyOf(ES_PHRASES.map(([source]) => source))}|(?:${ES_BODY})\s+\p{Ll}|(?:${ES_OTHER_BODY})\s+(?:${anyOf(ES_PHRASES.map(([source]) => source))}))`,
    String.raw`,?\s+(?:y|e)\s+(?=${ES_REPORTING})`,
  ],
  passive: ES_PASSIVE,
});

/** Italian: the passato prossimo with `ha`/`hanno` (`ha preso atto di`, `ha approvato`); `di` after `preso atto`. */
const IT_HA = String.raw`(?:ha|hanno)(?:\s+(?:anche|inoltre|infine|altresì|quindi|poi))?\s+`;

/** The Italian verbs an outcome reports what a body said with (`ha indicato che`, `ha dichiarato di`). */
const IT_REPORTING = String.raw`${IT_HA}(?:indicato|dichiarato|annunciato|comunicato|precisato|affermato|sottolineato|ricordato|informato\s+(?:il\s+[Cc]omitato|le\s+delegazioni))${END}`;

/** `tornerà` on the item: before `su` (dropped) or a `su` joined to its article (`sulla questione`, kept). */
const IT_ON = String.raw`(?:\s+su${END}|(?=\s+sul))`;

const IT_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [
    String.raw`${IT_REPORTING}\s+che\s+(?:tornerà|torneranno|tornerebbe|tornerebbero|(?:sarebbe|sarebbero)\s+tornat[oaie])${IT_ON}|${IT_REPORTING}\s+che\s+(?:riprenderà|riprenderanno|riprenderebbe)${END}`,
    always('will-return'),
  ],
  [String.raw`${IT_HA}preso\s+(?:atto|nota)${END}(?:\s+di(?=\s)|\s+d['’](?=\p{L}))?`, always('took-note')],
  [String.raw`${IT_HA}approvato${END}`, always('approved')],
  [String.raw`${IT_HA}(?:avallato|sostenuto)${END}`, always('endorsed')],
  // support reiterated (support-phrases.ts): before `ha confermato`, a confirmation
  [String.raw`${IT_HA}(?:${IT_SUPPORT})`, always('endorsed')],
  [
    String.raw`${IT_HA}(?:convenuto|concordato|deciso|raggiunto\s+un\s+(?:accordo|consenso|intesa)|raggiunto\s+una\s+(?:comprensione|visione|posizione)\s+comune)${END}|(?:è|sono)\s+(?:convenut[oaie]|giunt[oaie]\s+a\s+un\s+accordo)${END}`,
    always('agreed'),
  ],
  [String.raw`${IT_HA}adottato${END}`, always('adopted')],
  [String.raw`${IT_HA}confermato${END}`, always('confirmed')],
  [
    String.raw`${IT_HA}(?:proceduto\s+a|avuto|tenuto)\s+(?:uno|un)\s+(?:breve\s+|ampio\s+|primo\s+)?scambio\s+di\s+(?:opinioni|vedute|punti\s+di\s+vista)${END}`,
    always('exchanged-views'),
  ],
  [String.raw`${IT_HA}(?:accolto|salutato)\s+con\s+(?:favore|soddisfazione)${END}`, always('welcomed')],
  [String.raw`${IT_HA}invitato${END}`, always('invited')],
  [String.raw`${IT_HA}incaricato${END}`, always('tasked')],
  [String.raw`${IT_HA}concluso${END}(?=\s+che(?![\p{L}]))`, always('concluded')],
  [String.raw`${IT_HA}(?:rinviato|rimandato)${END}`, always('postponed')],
  [String.raw`(?:tornerà|torneranno)${IT_ON}|(?:riprenderà|riprenderanno)${END}`, always('will-return')],
  [String.raw`${IT_HA}ritirato${END}`, always('withdrawn')],
];

/** The Italian bodies as an agent names them after `dal`, `dalla`, `dalle`: without their article. */
const IT_NAMES = {
  committee: String.raw`${committeeNamePattern('it')}|COSI|[Cc]omitato(?:\s+permanente)?|[Gg]ruppo\s+di\s+[Ss]ostegno(?:\s+del\s+COSI)?`,
  feminine: String.raw`[Pp]residenza|Commissione(?:\s+europea)?`,
};

/**
 * Who decides in Italian: the committee, its Support Group, the Presidency, the Commission, the delegations, the Member
 * States as a whole (`Gli Stati membri hanno preso atto …`), an agency.
 */
const IT_BODY = String.raw`[Ii]l\s+(?:${IT_NAMES.committee})${END}|[Ll]a\s+(?:${IT_NAMES.feminine}|delegazione\s+\p{Ll}+)${END}|(?:[Ll]e\s+delegazioni|[Gg]li\s+Stati\s+[Mm]embri)${END}|${MEMBERS_OF.it}|${AGENCIES}`;

/**
 * The Council's other bodies (council-bodies.ts) as a Italian subject: who decides, but a clause's end only before a
 * decision verb (`… aan het Comité en de Raad voor te leggen` goes on).
 */
const IT_OTHER_BODY = String.raw`[Ii]l\s+(?:${COUNCIL_BODIES.it.masculine})`;

/** An Italian passive with `è stato` (`L'ordine del giorno è stato approvato`), the agent after `dal`, `dalla`, `dalle`. */
const IT_PASSIVE = verbAfterPassive({
  auxiliary: String.raw`(?:è|sono)\s+stat[oaie]|fu|furono|venne|vennero|(?:è|sono)(?=\s+(?:approvat|adottat)[oaie](?![\p{L}]))`,
  participles: [
    [String.raw`approvat[oaie]`, 'approved'],
    [String.raw`adottat[oaie]`, 'adopted'],
    [String.raw`avallat[oaie]`, 'endorsed'],
    [String.raw`confermat[oaie]`, 'confirmed'],
    [String.raw`incaricat[oaie]`, 'tasked'],
    [String.raw`invitat[oaie]`, 'invited'],
    [String.raw`(?:rinviat|rimandat)[oaie]`, 'postponed'],
    [String.raw`ritirat[oaie]`, 'withdrawn'],
  ],
  agent: new RegExp(
    String.raw`^\s+(?:da(?:l|llo|lla|i|gli|lle)?)\s+(${IT_NAMES.committee}|${IT_NAMES.feminine}|delegazioni|${AGENCIES}|${COUNCIL_BODIES.it.masculine}|${OTHER_AGENT})${END}`,
    'u',
  ),
  subject: /^(?!.*\s(?:che|cui)$)(?:(?:il|lo|la|i|gli|le|un|uno|una|questo|questa|questi|queste)\s|l['’]|(?:essi|esse|questi|queste)$)/iu,
  clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:e|ed|che|ma)\s+/gu,
  relative: /^(?:che|cui)(?![\p{L}])/u,
  relativeSubject: passiveRelativeAntecedent,
  negation: /(?<![\p{L}])non(?![\p{L}])/u,
  impersonal: [
    [String.raw`[Ss]i\s+è\s+preso\s+atto${END}(?:\s+di(?=\s))?`, 'took-note'],
    [String.raw`(?:[Ss]i\s+è|[ÈèE]\s+stato)\s+(?:convenuto|concordato)${END}`, 'agreed'],
  ],
});

/**
 * The object an Italian participle coordinated without its auxiliary opens with (`… e approvato la relazione`, `… e
 * preso atto della relazione`): a determiner or `di` and its article, never one before a date (`approvato il 3 marzo`).
 */
const IT_ELIDED = {
  auxiliary: IT_HA,
  object: String.raw`\s+(?:(?:il|lo|la|i|gli|le|un|uno|una|questo|questa|questi|queste|della|dello|del|dei|degli|delle|di)\s+(?!\d)|l['’]|dell['’]|d['’])`,
};

const ITALIAN = grammar({
  hint: /(?:ha|hanno|è|sono)\s|preso\s|scambio|fu\s|furono|venne|tornerà|torneranno|riprenderà|riprenderanno/u,
  // `di cui` before the body: `of` and its antecedent (`…, di cui il comitato ha preso atto`: relative-objects.ts)
  opening: String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])(?:che|e|ed|ma|di\s+cui)\s{1,3})`,
  and: '(?:e|ed)',
  body: `${impliedSubject('it')}|${IT_BODY}|${IT_OTHER_BODY}`,
  finite: String.raw`\p{Ll}`,
  phrases: IT_PHRASES,
  adverb: { before: '', after: '' },
  breaks: /[;:]|,\s*(?:che|il\s+quale|la\s+quale|mentre)(?![\p{L}])/gu,
  clauseEnds: [
    String.raw`\s*;`,
    // a relative clause, but the one that names the document what was decided is in (`…, che figura nel documento 14108/1/17 REV 1`)
    String.raw`,\s*(?:che(?!\s+figura(?:no)?\s+ne[li]\s+document[oi]${END})|cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali|mentre)${END}`,
    whenClause('quando|allorché|allorquando', 'di|su|a|da|sapere'),
    // a participle clause after the object: what the body did besides (`…, accogliendo con favore e sostenendo …`, `…, pur
    // sottolineando …`), when a meeting was held (`…, tenutasi il 20 novembre 2017`)
    String.raw`,\s+(?:pur\s+)?(?=(?:accogliendo|sostenendo|sottolineando|ribadendo|ricordando|incoraggiando|evidenziando|rilevando|tenut[aoie]si|svolt[aoie]si)${END})`,
    String.raw`,\s+(?=${anyOf(IT_PHRASES.map(([source]) => source))})`,
    String.raw`,?\s+(?:e|ed)\s+(?=${anyOf(IT_PHRASES.map(([source]) => source))}|(?:${IT_BODY})\s+\p{Ll}|(?:${IT_OTHER_BODY})\s+(?:${anyOf(IT_PHRASES.map(([source]) => source))}))`,
    String.raw`,?\s+(?:e|ed)\s+(?=${IT_REPORTING})`,
    // a participle coordinated without its auxiliary, after `e` or a comma (`…, accolto con favore le proposte e approvato …`)
    String.raw`(?:,?\s+(?:e|ed)|,)\s+(?=${anyOf(IT_PHRASES.flatMap(([source]) => (source.includes(IT_HA) ? [elidedPhrase(source, IT_ELIDED)] : [])))})`,
  ],
  passive: IT_PASSIVE,
  elided: IT_ELIDED,
});

/**
 * `nam` with its subject after it (`Vervolgens nam het Comité nota van het verslag`), or an aside between commas after it
 * (`Het Comité nam, na een bespreking, nota van het verslag`: verb-asides.ts): `nota van`/`kennis van` opening its object,
 * the words after them what was noted; else the separable verb's reading (`nam … aan`).
 */
function tookNoteOr(otherwise: Reading): Reading {
  return (object) => {
    const bare = /^\s*,/u.test(object) ? withoutAside(object, 'took-note') : object;
    const noted = /^\s*(?:met\s+(?:belangstelling|waardering|instemming)\s+)?(?:nota|kennis)\s+van(?=\s)/u.exec(bare);
    return noted === null ? otherwise(object) : { verb: 'took-note', object: bare.slice(noted[0].length) };
  };
}

/** The Dutch verbs an outcome reports what a body said with (`deelde mee dat`, `verklaarde dat`), singular and plural. */
const NL_REPORTING = String.raw`(?:deelden?\s+mee|zei(?:den)?|verklaarden?|kondigden?\s+aan|gaf\s+aan|gaven\s+aan|benadrukten?|onderstreepten?)${END}`;

/**
 * A return reported in a Dutch clause with `dat` (`deelde mee dat het op dit punt zou terugkomen`): the words before the
 * verb its object, `hierop`, `daarop` or `erop` (the item itself) none.
 */
const reportedReturnNl: Reading = (object) => {
  const text = object.replace(/[\s.!?:]+$/, '');
  const match = /(?:^|\s+)(?:(?:hier|daar|er)op\s+)?(?:(?:zou|zal|zouden|zullen)\s+terugkomen|terug\s+(?:zou|zal|zouden|zullen)\s+komen)$/u.exec(text);
  return match === null ? null : { verb: 'will-return', object: text.slice(0, match.index) };
};

/** Dutch: the verb second, a separable verb by its particle (`keurde … goed`), the perfect by its participle (`heeft … goedgekeurd`). */
/**
 * What a Dutch clause may set after a separable verb's particle: a phrase opening with a preposition (`keurde het verslag
 * goed op basis van document 14470/1/25 REV 1`, `nam de tekst aan onder voorbehoud van …`).
 */
const NL_AFTER_PARTICLE = String.raw`(?:\s+(?:op\s+basis\s+van|met\s+het\s+oog\s+op|onder\s+voorbehoud\s+van|zoals|overeenkomstig|bij|via|in|met|op|tot|voor)\s.*)?`;

/**
 * A Dutch separable verb whose particle a phrase may follow (NL_AFTER_PARTICLE): its decision where its clause ends
 * with the particle or that phrase, the object the words before the particle and the phrase after it.
 */
const particleThen =
  (particle: string, verb: DecisionVerb): Reading =>
  (object) => {
    const text = object.replace(/[\s.!?:]+$/, '');
    // a phrase of how after a comma may follow (`keurde … goed, onder voorbehoud van …`): kept at the object's end
    const how = trailingHowAt(text);
    const match = new RegExp(String.raw`\s+${particle}(${NL_AFTER_PARTICLE})$`, 'u').exec(text.slice(0, how));
    return match === null ? null : { verb, object: `${text.slice(0, match.index)}${match[1] ?? ''}${text.slice(how)}` };
  };

const NL_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [String.raw`${NL_REPORTING},?\s+dat\s+(?:het|hij|zij|ze)${END}`, reportedReturnNl],
  [String.raw`(?:nam(?:en)?\s+(?:nota|kennis)|(?:heeft|hebben)\s+(?:nota|kennis)\s+genomen)${END}(?:\s+van(?=\s))?`, always('took-note')],
  [String.raw`nam(?:en)?${END}`, tookNoteOr(separable([[/\s+aan$/u, 'adopted']]))],
  [String.raw`keurden?${END}`, particleThen('goed', 'approved')],
  [String.raw`hechtten?\s+(?:zijn|haar|hun)\s+goedkeuring\s+aan${END}`, always('approved')],
  [String.raw`(?:bekrachtigden?|onderschreef|onderschreven)${END}`, always('endorsed')],
  // support given to the paper put to the body, or reiterated (support-phrases.ts): before `bevestigde`, a confirmation
  [NL_SUPPORT, always('endorsed')],
  [
    String.raw`(?:stemden?\s+(?:ermee\s+)?in|gingen?\s+akkoord|kwam(?:en)?\s+overeen|(?:is|zijn)\s+overeengekomen|bereikten?\s+(?:een\s+)?(?:akkoord|overeenstemming|consensus|gemeenschappelijk\s+begrip|gemeenschappelijke\s+visie))${END}`,
    always('agreed'),
  ],
  [String.raw`bevestigden?${END}`, always('confirmed')],
  [String.raw`(?:wisselden?\s+van\s+gedachten|(?:hield|hielden|had|hadden)\s+een\s+(?:korte\s+)?gedachtewisseling)${END}`, always('exchanged-views')],
  [String.raw`verwelkomden?${END}`, always('welcomed')],
  [String.raw`juichten?${END}`, separable([[/\s+toe$/u, 'welcomed']])],
  [String.raw`verzocht(?:en)?${END}`, always('invited')],
  [String.raw`belastten?${END}`, always('tasked')],
  [String.raw`(?:concludeerden?|kwam(?:en)?\s+tot\s+de\s+conclusie)${END}`, always('concluded')],
  // `stelde de bespreking uit`, also before the day it was put off to (`uit tot de volgende vergadering`)
  [String.raw`stelden?${END}`, separable([[/\s+uit(?:\s+(?:tot|naar)\s.*)?$/u, 'postponed']])],
  [String.raw`(?:zal|zullen)${END}`, separable([[/\s+terugkomen$/u, 'will-return']])],
  [
    String.raw`(?:heeft|hebben)${END}`,
    perfect([
      [/\s+voor\s+kennisgeving\s+aangenomen$/u, 'took-note'],
      [/\s+goedgekeurd$/u, 'approved'],
      [/\s+aangenomen$/u, 'adopted'],
      [/\s+(?:bekrachtigd|onderschreven)$/u, 'endorsed'],
      [/\s+bevestigd$/u, 'confirmed'],
      [/\s+(?:verwelkomd|toegejuicht)$/u, 'welcomed'],
    ]),
  ],
];

/** The Dutch bodies as an agent names them after `door`: without their article. */
const NL_NAMES = String.raw`${committeeNamePattern('nl')}|COSI|(?:[Pp]ermanent\s+)?[Cc]omité|[Vv]oorzitterschap|(?:Europese\s+)?Commissie|COSI-steungroep|[Ss]teungroep(?:\s+van\s+het\s+COSI)?|delegaties`;

/** Who decides in Dutch: the committee, its Support Group, the Presidency, the Commission, the delegations, an agency. */
const NL_BODY = String.raw`[Hh]et\s+(?:${committeeNamePattern('nl')}|COSI|(?:[Pp]ermanent\s+)?[Cc]omité|[Vv]oorzitterschap)${END}|[Dd]e\s+(?:(?:Europese\s+)?Commissie|COSI-steungroep|[Ss]teungroep(?:\s+van\s+het\s+COSI)?|delegaties|lidstaten|\p{L}+e\s+delegatie)${END}|${MEMBERS_OF.nl}|${AGENCIES}`;

/**
 * The Council's other bodies (council-bodies.ts) as a Dutch subject: who decides, but a clause's end only before a
 * decision verb (`… aan het Comité en de Raad voor te leggen` goes on).
 */
const NL_OTHER_BODY = String.raw`[Dd]e\s+(?:${COUNCIL_BODIES.nl.de})|[Hh]et\s+(?:${COUNCIL_BODIES.nl.het})`;

/** A Dutch passive: the participle ends the clause (`De agenda werd goedgekeurd`, `… is door het Comité bekrachtigd`). */
const NL_PASSIVE = verbLastPassive({
  auxiliary: String.raw`werd(?:en)?|wordt(?=[^,;:.]{0,200}\s(?:goedgekeurd|aangenomen)(?![\p{L}]))|is|zijn`,
  participles: [
    [String.raw`voor\s+kennisgeving\s+aangenomen`, 'took-note'],
    [String.raw`goedgekeurd`, 'approved'],
    [String.raw`aangenomen`, 'adopted'],
    [String.raw`(?:bekrachtigd|onderschreven)`, 'endorsed'],
    [String.raw`bevestigd`, 'confirmed'],
    [String.raw`(?:verwelkomd|toegejuicht)`, 'welcomed'],
    [String.raw`verzocht`, 'invited'],
    [String.raw`uitgesteld`, 'postponed'],
    [String.raw`(?:ingetrokken|teruggetrokken|afgevoerd)`, 'withdrawn'],
  ],
  agent: new RegExp(
    String.raw`^\s*door\s+(?:(?:het|de)\s+(?=(?:${NL_NAMES}|${AGENCIES})${END}))?(${NL_NAMES}|${AGENCIES}|de\s+(?:${COUNCIL_BODIES.nl.de})|(?:(?:het|de)\s+)?${OTHER_AGENT})${END}`,
    'u',
  ),
  subject: /^(?:(?:de|het|een|deze|dit|zijn|haar|hun)\s|(?:zij|ze|deze)$)/iu,
  clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:en|maar|dat)\s+/gu,
  // after a comma: `Het verslag, dat in document 15720/25 is opgenomen, werd goedgekeurd`
  relative: /^(?:dat|die|welke?)(?![\p{L}])/u,
  negation: /(?<![\p{L}])(?:niet|geen|nooit)(?![\p{L}])/u,
  impersonal: [
    [String.raw`[Ee]r\s+werd\s+(?:overeengekomen|afgesproken)${END}`, 'agreed'],
    [String.raw`[Ee]r\s+werd\s+(?:nota|kennis)\s+genomen${END}(?:\s+van(?=\s))?`, 'took-note'],
  ],
});

const DUTCH = grammar({
  hint: /steun|nota\s|kennis\s|goed|terug\s|keurde|bekrachtig|onderschre|stemde|akkoord|overeen|bereikt|bevestig|gedachte|verwelkom|juicht|verzocht|belastte|aangenomen|nam\s|namen\s|concludeerde|conclusie|stelde|uitgesteld|terugkomen|ingetrokken|afgevoerd/u,
  opening: String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])(?:dat|en|maar)\s{1,3})`,
  and: 'en',
  body: `${NL_BODY}|${NL_OTHER_BODY}`,
  finite: String.raw`\p{Ll}`,
  phrases: NL_PHRASES,
  adverb: { before: '', after: String.raw`(?:\s+(?:ook|verder|vervolgens|tevens|voorts|eveneens|unaniem)${END})?` },
  breaks: /[;:]|,\s*(?:die|dat|welke|terwijl)(?![\p{L}])/gu,
  clauseEnds: [
    String.raw`\s*;`,
    String.raw`,\s*(?:die|dat|welke|waarbij|terwijl)${END}`,
    // `keurde het verslag goed, maar niet de bijlage`: the clause after `maar` is another, its negation not the verb's
    String.raw`,\s*maar${END}`,
    whenClause('toen', 'over|van|op|naar|weten'),
    String.raw`,\s+(?=${anyOf(NL_PHRASES.map(([source]) => source))})`,
    // another verb in the past of the body's (`, bedankte het voorzitterschap en …`)
    DUTCH_NEXT_PAST,
    String.raw`,?\s+en\s+(?=${anyOf(NL_PHRASES.map(([source]) => source))}|(?:${NL_BODY})\s+\p{Ll}|(?:${NL_OTHER_BODY})\s+(?:${anyOf(NL_PHRASES.map(([source]) => source))}))`,
    String.raw`,?\s+en\s+(?=${NL_REPORTING})`,
  ],
  passive: NL_PASSIVE,
  verbSecond: true,
});

/** Portuguese: the preterite (`tomou nota de`, `aprovou`, `acordou em`); `de` after `nota`. */
/** The Portuguese verbs an outcome reports what a body said with (`indicou que`, `declarou que`), singular and plural. */
const PT_REPORTING = String.raw`(?:indic|anunci|afirm|declar|inform|sublinh|salient|record|explic)(?:ou|aram)${END}`;

const PT_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [
    String.raw`${PT_REPORTING}(?:\s+as\s+delegações)?\s+(?:de\s+)?que\s+(?:(?:voltaria|voltariam|voltará|voltarão)\s+a|retomaria|retomariam|retomará|retomarão)${END}`,
    always('will-return'),
  ],
  [String.raw`(?:tomou|tomaram)\s+(?:boa\s+)?(?:nota|conhecimento)${END}(?:\s+de(?=\s))?`, always('took-note')],
  [String.raw`(?:aprovou|aprovaram)${END}`, always('approved')],
  [String.raw`(?:subscreveu|subscreveram|endossou|endossaram)${END}`, always('endorsed')],
  // support given to the paper put to the body, or reiterated (support-phrases.ts)
  [PT_SUPPORT, always('endorsed')],
  [
    String.raw`(?:acordou|acordaram|concordou|concordaram|(?:chegou|chegaram)\s+a\s+(?:acordo|consenso|um\s+entendimento\s+comum)|(?:alcançou|alcançaram)\s+(?:um\s+)?(?:acordo|consenso|entendimento\s+comum))${END}`,
    always('agreed'),
  ],
  [String.raw`(?:adotou|adotaram)${END}`, always('adopted')],
  [String.raw`(?:confirmou|confirmaram)${END}`, always('confirmed')],
  [
    String.raw`(?:(?:procedeu|procederam)\s+a|(?:teve|tiveram))\s+uma\s+(?:breve\s+|ampla\s+|primeira\s+)?troca\s+de\s+(?:opiniões|pontos\s+de\s+vista)${END}|(?:trocou|trocaram)\s+(?:opiniões|pontos\s+de\s+vista)${END}`,
    always('exchanged-views'),
  ],
  [
    String.raw`(?:saudou|saudaram|(?:acolheu|acolheram)\s+(?:com\s+agrado|favoravelmente)|(?:congratulou|congratularam)-se(?:\s+com(?=\s))?)${END}`,
    always('welcomed'),
  ],
  [String.raw`(?:convidou|convidaram)${END}`, always('invited')],
  [String.raw`(?:encarregou|encarregaram|incumbiu|incumbiram)${END}`, always('tasked')],
  [String.raw`(?:concluiu|concluíram)${END}`, always('concluded')],
  [String.raw`(?:adiou|adiaram)${END}`, always('postponed')],
  [String.raw`(?:voltará|voltarão)\s+a${END}|(?:retomará|retomarão)${END}`, always('will-return')],
  [String.raw`(?:retirou|retiraram)${END}`, always('withdrawn')],
];

/** The Portuguese bodies as an agent names them after `pelo`, `pela`: without their article. */
const PT_NAMES = String.raw`${committeeNamePattern('pt')}|COSI|[Cc]omité(?:\s+[Pp]ermanente)?|[Gg]rupo\s+de\s+[Aa]poio(?:\s+do\s+COSI)?|[Pp]residência|Comissão(?:\s+Europeia)?|delegações`;

/** Who decides in Portuguese: the committee, its Support Group, the Presidency, the Commission, the delegations, an agency. */
const PT_BODY = String.raw`[Oo]\s+(?:${committeeNamePattern('pt')}|COSI|[Cc]omité(?:\s+[Pp]ermanente)?|[Gg]rupo\s+de\s+[Aa]poio(?:\s+do\s+COSI)?)${END}|[Aa]\s+(?:[Pp]residência|Comissão(?:\s+Europeia)?|delegação\s+\p{Ll}+)${END}|(?:[Aa]s\s+delegações|[Oo]s\s+Estados-[Mm]embros)${END}|${MEMBERS_OF.pt}|${AGENCIES}`;

/**
 * The Council's other bodies (council-bodies.ts) as a Portuguese subject: who decides, but a clause's end only before a
 * decision verb (`… aan het Comité en de Raad voor te leggen` goes on).
 */
const PT_OTHER_BODY = String.raw`[Oo]\s+(?:${COUNCIL_BODIES.pt.masculine})`;

/** A Portuguese passive with `foi` (`A ordem do dia foi aprovada`), the agent after `pelo`, `pela`. */
const PT_PASSIVE = verbAfterPassive({
  auxiliary: String.raw`foi|foram`,
  participles: [
    [String.raw`aprovad[oa]s?`, 'approved'],
    [String.raw`adotad[oa]s?`, 'adopted'],
    [String.raw`(?:subscrit|endossad)[oa]s?`, 'endorsed'],
    [String.raw`confirmad[oa]s?`, 'confirmed'],
    [String.raw`encarregad[oa]s?`, 'tasked'],
    [String.raw`convidad[oa]s?`, 'invited'],
    [String.raw`adiad[oa]s?`, 'postponed'],
    [String.raw`retirad[oa]s?`, 'withdrawn'],
  ],
  agent: new RegExp(String.raw`^\s+(?:pel[oa]s?|por)\s+(${PT_NAMES}|${AGENCIES}|${COUNCIL_BODIES.pt.masculine}|${OTHER_AGENT})${END}`, 'u'),
  subject: /^(?!.*\s(?:que|qual|quais)$)(?:(?:o|a|os|as|um|uma|este|esta|estes|estas)\s|(?:eles|elas|estes|estas)$)/iu,
  clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:e|que|mas)\s+/gu,
  relative: /^(?:que)(?![\p{L}])/u,
  relativeSubject: passiveRelativeAntecedent,
  negation: /(?<![\p{L}])(?:não|nunca)(?![\p{L}])/u,
  impersonal: [[String.raw`[Ff]oi\s+acordado${END}`, 'agreed']],
});

const PORTUGUESE = grammar({
  hint: /voltará|voltarão|voltaria|retomará|retomarão|retomaria|(?:ou|aram|eram|iram)\s|conclu[ií](?:u|ram)|(?:ad|it)[oa]s?(?![\p{L}])|acolhe|congratul|tiveram|teve\s|foi\s|foram\s/u,
  // `do qual`, `da qual` before the body: `of` and its antecedent (`…, do qual o Comité tomou nota`: relative-objects.ts)
  opening: String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])(?:que|e|mas|d[oa]s?\s+(?:qual|quais))\s{1,3})`,
  and: 'e',
  body: `${impliedSubject('pt')}|${PT_BODY}|${PT_OTHER_BODY}`,
  finite: String.raw`\p{Ll}`,
  phrases: PT_PHRASES,
  adverb: { before: String.raw`(?:\s+(?:também|ainda|igualmente|finalmente))?`, after: '' },
  breaks: /[;:]|,\s*(?:que|o\s+qual|a\s+qual|enquanto)(?![\p{L}])/gu,
  clauseEnds: [
    String.raw`\s*;`,
    String.raw`,\s*(?:que|o\s+qual|a\s+qual|os\s+quais|as\s+quais|cujo|cuja|enquanto)${END}`,
    whenClause('quando', 'de|sobre|a|saber'),
    String.raw`,\s+(?=${anyOf(PT_PHRASES.map(([source]) => source))})`,
    String.raw`,?\s+e\s+(?=${anyOf(PT_PHRASES.map(([source]) => source))}|(?:${PT_BODY})\s+\p{Ll}|(?:${PT_OTHER_BODY})\s+(?:${anyOf(PT_PHRASES.map(([source]) => source))}))`,
    String.raw`,?\s+e\s+(?=${PT_REPORTING})`,
  ],
  passive: PT_PASSIVE,
});

/** Polish: the past tense in each gender and number (`przyjął`, `przyjęła`, `przyjęli`, `przyjęły`). */
const PL_PAST = String.raw`(?:ł|ła|ło|li|ły)`;
const PL_ACCEPTED = String.raw`przyj(?:ął|ęła|ęło|ęli|ęły)`;

/** The Polish verbs an outcome reports what a body said with (`poinformowała, że`, `stwierdził, że`), in each gender and number. */
const PL_REPORTING = String.raw`(?:poinformowa|wskaza|zapowiedzia|oświadczy|stwierdzi|zaznaczy|zapewni|podkreśli|przypomnia)${PL_PAST}${END}`;

const PL_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  [String.raw`${PL_REPORTING},?\s+że\s+(?:powróci|powrócą|wróci|wrócą|powróciłaby|powróciłby|powróciłyby|powróciliby)\s+do${END}`, always('will-return')],
  [String.raw`(?:z\s+zadowoleniem\s+${PL_ACCEPTED}|${PL_ACCEPTED}\s+z\s+zadowoleniem)${END}`, always('welcomed')],
  // an aside between commas before `do wiadomości` (`przyjął, po dyskusji, do wiadomości`) still a note, not an adoption
  [String.raw`${PL_ACCEPTED}(?:,\s[^,.;:]{1,60},)?\s+do\s+wiadomości${END}`, always('took-note')],
  [String.raw`${PL_ACCEPTED}${END}`, always('adopted')],
  [String.raw`zatwierdzi${PL_PAST}${END}`, always('approved')],
  [String.raw`popar${PL_PAST}${END}`, always('endorsed')],
  [
    String.raw`(?:uzgodni${PL_PAST}|zgodzi${PL_PAST}\s+się|osiąg(?:nął|nęła|nęli|nęły)\s+(?:porozumienie|konsensus|wspólne\s+(?:stanowisko|zrozumienie)))${END}`,
    always('agreed'),
  ],
  [String.raw`potwierdzi${PL_PAST}${END}`, always('confirmed')],
  [String.raw`(?:przeprowadzi${PL_PAST}\s+wymianę\s+poglądów|wymieni${PL_PAST}\s+poglądy)${END}`, always('exchanged-views')],
  [String.raw`(?:zaprosi${PL_PAST}|zwróci${PL_PAST}\s+się\s+do)${END}`, always('invited')],
  [String.raw`(?:zobowiąza${PL_PAST}|powierzy${PL_PAST})${END}`, always('tasked')],
  [String.raw`(?:podsumowa${PL_PAST}|stwierdzi${PL_PAST}\s+(?:na\s+zakończenie|w\s+podsumowaniu))${END}`, always('concluded')],
  [String.raw`(?:odłoży${PL_PAST}|przełoży${PL_PAST})${END}`, always('postponed')],
  [String.raw`(?:powróci|powrócą|wróci|wrócą)\s+do${END}`, always('will-return')],
  [String.raw`(?:wycofa${PL_PAST}|zdję${PL_PAST})${END}`, always('withdrawn')],
];

/**
 * The committee by its name, short or whole, as a Polish outcome spells it: `Komitet ds. Współpracy Operacyjnej`,
 * `Stały Komitet ds. Współpracy Operacyjnej w dziedzinie (w zakresie) Bezpieczeństwa Wewnętrznego (COSI)`.
 */
const PL_COMMITTEE_NAME = String.raw`(?:[Ss]tały\s+)?[Kk]omitet\s+ds\.\s+[Ww]spółpracy\s+[Oo]peracyjnej(?:\s+w\s+(?:dziedzinie|zakresie)\s+[Bb]ezpieczeństwa\s+[Ww]ewnętrznego)?(?:\s*\(COSI\))?`;

/** Who decides in Polish: the committee, its Support Group, the Presidency, the Commission, the delegations, an agency. */
const PL_BODY = String.raw`(?:${PL_COMMITTEE_NAME}|(?:[Ss]tały\s+)?[Kk]omitet(?:\s+COSI)?|COSI|[Pp]rezydencja|Komisja(?:\s+Europejska)?|[Dd]elegacje|[Pp]aństwa\s+członkowskie|Grupa\s+[Ww]sparcia(?:\s+COSI)?|Delegacja\s+\p{Ll}+)${END}|${AGENCIES}`;

/** The Polish bodies as an agent names them after `przez` (the accusative). */
const PL_AGENT_NAMES = String.raw`${PL_COMMITTEE_NAME}|Radę${END}|Coreper${END}|COREPER${END}|(?:[Ss]tały\s+)?[Kk]omitet(?:\s+COSI)?|COSI|[Pp]rezydencję|Komisję(?:\s+Europejską)?|delegacje|Grupę\s+[Ww]sparcia(?:\s+COSI)?`;

/** A Polish passive with `został` (`Porządek obrad został przyjęty`), and the impersonal `przyjęto`, `uzgodniono`. */
const PL_PASSIVE = verbAfterPassive({
  auxiliary: String.raw`[Zz]osta${PL_PAST}(?:\s+(?:one|oni|ono|ona|on))?`,
  participles: [
    [String.raw`(?:przyjęt[yaeo]|przyjęci)\s+do\s+wiadomości`, 'took-note'],
    [String.raw`(?:przyjęt[yaeo]|przyjęci)`, 'adopted'],
    [String.raw`(?:zatwierdzon[yaeo]|zatwierdzeni)`, 'approved'],
    [String.raw`(?:popart[yaeo]|poparci)`, 'endorsed'],
    [String.raw`(?:potwierdzon[yaeo]|potwierdzeni)`, 'confirmed'],
    [String.raw`uzgodnion[yaeo]`, 'agreed'],
    [String.raw`(?:zobowiązan[yaeo]|zobowiązani)`, 'tasked'],
    [String.raw`(?:zaproszon[yaeo]|zaproszeni)`, 'invited'],
    [String.raw`(?:odłożon|przełożon)[yaeo]`, 'postponed'],
    [String.raw`(?:wycofan[yaeo]|zdjęt[yaeo])`, 'withdrawn'],
  ],
  agent: new RegExp(String.raw`^\s+przez\s+(${PL_AGENT_NAMES}|${AGENCIES})`, 'u'),
  subjectAfter: /^\S+\s+(one|oni|ono|ona|on)(?=\s)/u,
  subject: /^(?!któr|następnie|ponadto|również|także|ostatecznie|jednogłośnie|nie(?![\p{L}]))\p{L}/iu,
  clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:i|oraz|że|ale)\s+/gu,
  negation: /(?<![\p{L}])nie(?![\p{L}])/u,
  impersonal: [
    [String.raw`[Pp]rzyjęto\s+do\s+wiadomości${END}`, 'took-note'],
    [String.raw`[Pp]rzyjęto${END}`, 'adopted'],
    [String.raw`[Zz]atwierdzono${END}`, 'approved'],
    [String.raw`[Pp]oparto${END}`, 'endorsed'],
    [String.raw`[Uu]zgodniono${END}`, 'agreed'],
    [String.raw`[Pp]otwierdzono${END}`, 'confirmed'],
    [String.raw`(?:[Oo]dłożono|[Pp]rzełożono)${END}`, 'postponed'],
  ],
});

const POLISH = grammar({
  hint: /powróc|wróc|wycofa|zdję|przyj|zatwierdz|podsumowa|stwierdzi|odłoż|przełoż|popar|uzgodni|zgodzi|porozumieni|osiągn|potwierdz|poglądów|poglądy|zaprosi|zwróci|zobowiąz|powierzy|zosta/iu,
  // `który`, `którą`, `które` before the body: its object (`…, który Komitet zatwierdził`: relative-objects.ts)
  opening: String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])(?:że|i|oraz|ale|który|którą|które)\s{1,3})`,
  and: '(?:i|oraz)',
  body: `${impliedSubject('pl')}|${PL_BODY}|${COUNCIL_SUBJECTS.pl}`,
  finite: String.raw`\p{Ll}`,
  phrases: PL_PHRASES,
  adverb: { before: String.raw`(?:\s+(?:również|także|ponadto|następnie|ostatecznie|jednogłośnie))?`, after: '' },
  breaks: /[;:]|,\s*(?:który|która|które|którzy|podczas)(?![\p{L}])/gu,
  clauseEnds: [
    String.raw`\s*;`,
    String.raw`,\s*(?:który|która|które|którzy|co|podczas\s+gdy)${END}`,
    whenClause('gdy|kiedy', 'o|wiedzieć'),
    String.raw`,\s+(?=${anyOf(PL_PHRASES.map(([source]) => source))})`,
    // another verb in the past of the body's (`, podziękował prezydencji i …`)
    POLISH_NEXT_PAST,
    String.raw`,?\s+(?:i|oraz)\s+(?=${anyOf(PL_PHRASES.map(([source]) => source))}|(?:${PL_BODY})\s+\p{Ll}|(?:${COUNCIL_SUBJECTS.pl})\s+(?:${anyOf(PL_PHRASES.map(([source]) => source))}))`,
    String.raw`,?\s+(?:i|oraz)\s+(?=${PL_REPORTING})`,
  ],
  passive: PL_PASSIVE,
  some: String.raw`[Nn]iektóre|[Kk]ilka|[Ll]iczne|[Nn]iektórzy|[Ii]nne|[Pp]ozostałe|[Dd]wie|[Tt]rzy|[Cc]ztery`,
  // no article, no pronoun before the verb: any words before a verb and its body are its object (`Sprawozdanie zatwierdził Komitet.`)
  objectFirst: 'free',
});

/** The grammars of the languages other than English. */
/** The German and Dutch bodies that open a relative clause with its verb last (relative-objects.ts). */
const VERB_LAST_BODIES = `${DE_BODY}|${NL_BODY}`;

/**
 * The agents of a German or Dutch relative clause in the passive (`…, die vom Ausschuss gebilligt wurden`, `…, die door
 * het Comité werden goedgekeurd`): the word opening the agent, then its name in group 1.
 */
const VERB_LAST_AGENTS = String.raw`(?:vom|von\s+(?:der|dem)|door(?:\s+(?:het|de))?)\s+(${DE_AGENT_NAMES}|${NL_NAMES}|${AGENCIES})`;

export const LANGUAGES: readonly Grammar[] = [FRENCH, GERMAN, SPANISH, ITALIAN, DUTCH, PORTUGUESE, POLISH, ...EAST_GRAMMARS, ...NORTH_GRAMMARS];

/**
 * Whether a text may hold any of their verbs: one pass over an English text instead of one per language, its
 * alternatives joined by their first characters (decision-hints.ts hintTrie: only tested).
 */
const ANY_HINT = hintTrie(anyHint(LANGUAGES.map((language) => language.hint)));

/**
 * ANY_HINT for a text of ASCII characters only (most English ones): the hints' alternatives that can match such a text
 * (decision-hints.ts asciiHints), a shorter pattern that matches it exactly when ANY_HINT does, its letter classes
 * written as the ASCII letters they hold there (onAscii), its alternatives joined by their first characters (hintTrie).
 */
const ASCII_HINT = hintTrie(onAscii(anyHint(asciiHints(LANGUAGES.map((language) => language.hint)))));

/** A character outside ASCII. */
const NON_ASCII = /[^\u0000-\u007f]/;

/** The languages other than English whose decision verbs a text may hold: a cheap test, made once for an item's text. */
export type Languages = readonly Grammar[];

export function otherLanguagesIn(text: string): Languages {
  const hint = NON_ASCII.test(text) ? ANY_HINT : ASCII_HINT;
  return hint.test(text) ? LANGUAGES.filter((language) => language.hint.test(text)) : [];
}

/**
 * The decisions a clause-free text states in the given languages, in no particular order; a verb two versions' grammars
 * both read at one place (Slovenian and Croatian share `je bilo odobreno`) is one decision, read by the grammar that
 * names who took it (`s strani Sveta` is Slovenian's agent, not Croatian's), else by the first.
 */
export function otherLanguageStatements(text: string, languages: Languages): RawStatement[] {
  const statements = languages.flatMap((language) => statementsOf(language, text));
  // a German or Dutch relative clause whose subject is the body, its verb last (`…, den der Ausschuss billigte`)
  if (languages.includes(GERMAN) || languages.includes(DUTCH))
    statements.push(...verbLastRelatives(text, VERB_LAST_BODIES), ...verbLastPassiveRelatives(text, VERB_LAST_AGENTS));
  if (languages.length < 2) return statements;
  const kept = new Map<string, RawStatement>();
  for (const statement of statements) {
    const key = `${statement.at} ${statement.verb}`;
    const other = kept.get(key);
    if (other === undefined || (other.by === null && statement.by !== null)) kept.set(key, statement);
  }
  return [...kept.values()];
}
