/** Who a decision is by, as the archive writes it: the ingest names the decision-maker, the site counts COSI's own. */
import { COMMITTEE_NAMES } from './committee-names.ts';

/** A leading definite article, English, French, German, Spanish, Italian, Dutch, Portuguese, Hungarian, Greek (`η`, `οι`, the neuter `το`), Maltese or Irish, written in either case. */
const LEADING_ARTICLE =
  /^(?:the\s+|le\s+|la\s+|les\s+|l['’]|der\s+|die\s+|el\s+|las\s+|il\s+|het\s+|de\s+|o\s+|as\s+|az?\s+|η\s+|οι\s+|το\s+|il-|id-|an\s+|na\s+)/iu;

/** How the archive writes the Council itself, whichever version names it deciding (`le Conseil`, `vom Rat`, `Rada`, `an Chomhairle`). */
export const THE_COUNCIL = 'the Council';

/** How the archive writes Coreper, whichever version names it (`le Coreper`, `der AStV`, `Корепер`): the name of its actor page. */
export const COREPER = 'Coreper';

/**
 * The Council as each of the 24 versions names it deciding, without a leading article and in lower case: as the
 * subject (`Der Rat hat …`, `Съветът одобри …`, `Το Συμβούλιο ενέκρινε …`, `D'fhormheas an Chomhairle …`, Irish lenited
 * after its article) and as a passive's agent, where a preposition took the article in (`vom Rat`, `dal Consiglio`,
 * `pelo Conselho`) or the version declines the name (Polish `przez Radę`, Czech and Slovak `Radou`, Romanian `de
 * Consiliu`, Croatian `od strane Vijeća`, Bulgarian `от Съвета`). A configuration named with it (`le Conseil JAI`) is not listed: kept as printed.
 */
const COUNCIL_NAMES: readonly string[] = [
  'council',
  'council of the european union',
  'conseil',
  'conseil de l’union européenne',
  "conseil de l'union européenne",
  'rat',
  'rat der europäischen union',
  'consejo',
  'consiglio',
  'raad',
  'conselho',
  'rada',
  'radę',
  'radou',
  'съветът',
  'съвета',
  'svet',
  'vijeće',
  'vijeća',
  'consiliul',
  'consiliu',
  'consiliului',
  'consiliul ue',
  'συμβούλιο',
  'tanács',
  'rådet',
  'neuvosto',
  'nõukogu',
  'padome',
  'taryba',
  'kunsill',
  'comhairle',
  'chomhairle',
  // the Slovenian agent after `s strani`, the Finnish body a passive's decision was taken in
  'sveta',
  'neuvostossa',
];

/**
 * The committee's members as one, as the versions name them deciding (scripts/ingest/parse/decisions/committee-members.ts), in
 * lower case and without a leading article `decisionMaker` drops (`les`, `die`, `de`); with the article it does not
 * drop (`los`, `i`, `os`).
 */
const MEMBERS_OF_COSI: readonly string[] = [
  ...['cosi', 'comité', 'comité permanent'].map((body) => `membres du ${body}`),
  ...['cosi', 'ausschusses', 'ständigen ausschusses'].map((body) => `mitglieder des ${body}`),
  ...['cosi', 'comité', 'comité permanente'].map((body) => `los miembros del ${body}`),
  ...['cosi', 'comitato', 'comitato permanente'].map((body) => `i membri del ${body}`),
  ...['cosi', 'comité', 'permanent comité'].map((body) => `leden van het ${body}`),
  ...['cosi', 'comité', 'comité permanente'].map((body) => `os membros do ${body}`),
  ...['členové', 'členovia'].flatMap((members) => [`${members} výboru`, `${members} výboru cosi`, `${members} cosi`]),
  ...['člani odbora', 'člani odbora cosi', 'člani cosi', 'članovi odbora', 'članovi odbora cosi', 'članovi cosi'],
  ...['membrii comitetului', 'membrii comitetului cosi', 'membrii cosi'],
  ...['medlemmerne af cosi', 'medlemmerne af udvalget', 'medlemmerne af komitéen', "cosi's medlemmer"],
  ...['medlemmarna i cosi', 'medlemmarna i kommittén', 'cosi:s medlemmar', 'cosi:n jäsenet', 'komitean jäsenet'],
  ...['cosi', 'μεεες', 'επιτροπής', 'μόνιμης επιτροπής'].map((body) => `τα μέλη της ${body}`),
  ...['cosi tagjai', 'bizottság tagjai'],
  ...['cosi', 'коси', 'комитета', 'постоянния комитет'].map((body) => `членовете на ${body}`),
  ...['cosi liikmed', 'komitee liikmed', 'cosi locekļi', 'komitejas locekļi', 'cosi nariai', 'komiteto nariai'],
  ...['membri tal-cosi', 'membri tal-kumitat', 'comhaltaí cosi', 'comhaltaí an choiste'],
];

/**
 * The Member States as a whole as the 24 versions name them opening a clause (`Member States took note …`, `Die
 * Mitgliedstaaten nahmen …`, `Les États membres ont …`, `Gli Stati membri hanno …`), in lower case and without a
 * leading article `decisionMaker` drops (`les`, `die`, `de`, `a`, `na`); with the article it does not drop (`los`,
 * `gli`, `os`, `l-`, `τα`).
 */
const MEMBER_STATES: readonly string[] = [
  ...['member states', 'états membres', 'mitgliedstaaten', 'los estados miembros', 'gli stati membri', 'lidstaten', 'os estados-membros'],
  ...['państwa członkowskie', 'medlemsstaterne', 'medlemsstaterna', 'jäsenvaltiot', 'liikmesriigid', 'dalībvalstis', 'valstybės narės'],
  ...['l-istati membri', 'ballstáit', 'členské státy', 'členské štáty', 'države članice', 'statele membre', 'държавите членки'],
  ...['τα κράτη μέλη', 'tagállamok'],
];

/** Coreper as the versions name it, without a leading article and in lower case: its acronym, German `AStV`, Bulgarian `Корепер`, its name. */
const COREPER_NAMES: readonly string[] = [
  'coreper',
  'astv',
  'корепер',
  'permanent representatives committee',
  'comité des représentants permanents',
  // as the Czech, Slovak, Slovenian and Finnish passives name it (`Coreperem`, `Coreperom`, `s strani Coreperja`, `Coreperissa`)
  ...['coreperem', 'výborem stálých zástupců', 'coreperom', 'výborom stálych predstaviteľov', 'coreperja', 'coreper-ja'],
  ...['coreperissa', 'pysyvien edustajien komiteassa'],
  // by its whole name as the Romanian, Bulgarian and Greek passives name it (`de Comitetul Reprezentanților Permanenți`,
  // `от Комитета на постоянните представители`, `από την Επιτροπή Μόνιμων Αντιπροσώπων`)
  ...['comitetul reprezentanților permanenți', 'comitetul reprezentanţilor permanenţi', 'комитета на постоянните представители'],
  'επιτροπή μόνιμων αντιπροσώπων',
];

/**
 * The first words of a working party's name in the versions (`le groupe "Terrorisme"`, `die Gruppe „Terrorismus“`,
 * `il gruppo "Terrorismo"`, `de groep terrorisme`): its article is dropped, as a passive's agent drops it where the
 * preposition took it in (`dal gruppo "Terrorismo"`, `von der Gruppe …`), so the subject and the agent are one name.
 */
const WORKING_PARTY_WORD = /^(?:groupe|gruppe|arbeitsgruppe|grupo|gruppo|groep|working\s+party)\s/iu;

/** A body named by its acronym alone (`CATS`, `SCIFA`, `AStV/COSI`): its article is dropped too (`le CATS`, `par le CATS`, `el SCIFA`). */
const ACRONYM_NAME = /^\p{Lu}{3,}(?:\/\p{Lu}[\p{L}]{1,5})?$/u;

/** How the archive writes the committee itself, whichever way the text names it (`COSI`, `the Committee`). */
export const THE_COMMITTEE = 'COSI';

/**
 * Names of bodies the outcomes write in several ways, to the one way the archive writes them. Keys are lower case,
 * without a leading `the`; a name not listed is kept as printed.
 */
const CANONICAL_NAMES: ReadonlyMap<string, string> = new Map([
  ['cosi', THE_COMMITTEE],
  ['committee', THE_COMMITTEE],
  // the committee's members as one (`The members of COSI took note of …`): the committee acting
  ['members of cosi', THE_COMMITTEE],
  ...MEMBERS_OF_COSI.map((name) => [name, THE_COMMITTEE] as const),
  ['members of the committee', THE_COMMITTEE],
  ['members of the standing committee', THE_COMMITTEE],
  ['standing committee', THE_COMMITTEE],
  // The committee by its name, with or without its acronym.
  ['standing committee on operational cooperation on internal security', THE_COMMITTEE],
  ['standing committee on operational cooperation on internal security (cosi)', THE_COMMITTEE],
  // The committee by its full name in the other versions (committee-names.ts), with or without its acronym, as
  // decisionMaker looks it up: without a leading article, in lower case.
  ...Object.values(COMMITTEE_NAMES).flatMap((names) =>
    names.flatMap((name) => {
      const bare = name.replace(LEADING_ARTICLE, '').toLowerCase();
      return [[bare, THE_COMMITTEE] as const, [`${bare} (cosi)`, THE_COMMITTEE] as const];
    }),
  ),
  ...COUNCIL_NAMES.map((name) => [name, THE_COUNCIL] as const),
  ...COREPER_NAMES.map((name) => [name, COREPER] as const),
  ['cosi support group', 'the COSI Support Group'],
  ['cosi sg', 'the COSI Support Group'],
  ['support group', 'the COSI Support Group'],
  ['delegations', 'Delegations'],
  // the Member States as a whole, as the 24 versions name them opening a clause (without the article decisionMaker drops)
  ...MEMBER_STATES.map((name) => [name, 'Member States'] as const),
  ['presidency', 'the Presidency'],
  ['commission', 'the Commission'],
  ['european commission', 'the Commission'],
  // The French and German versions.
  ['comité', THE_COMMITTEE],
  ['ausschuss', THE_COMMITTEE],
  // The committee by its short name, `the Standing Committee`, in the versions whose bodies name it so (`Le Comité permanent
  // a approuvé …`, `Der Ständige Ausschuss billigte …`, `vom Ständigen Ausschuss`, `El Comité Permanente`, `Het Permanent Comité`).
  ...['comité permanent', 'ständige ausschuss', 'ständigen ausschuss', 'comité permanente', 'comitato permanente', 'permanent comité', 'stały komitet'].map(
    (name) => [name, THE_COMMITTEE] as const,
  ),
  ['groupe de soutien du cosi', 'the COSI Support Group'],
  ['groupe de soutien', 'the COSI Support Group'],
  ['cosi-unterstützungsgruppe', 'the COSI Support Group'],
  ['unterstützungsgruppe des cosi', 'the COSI Support Group'],
  ['unterstützungsgruppe', 'the COSI Support Group'],
  ['délégations', 'Delegations'],
  ['delegationen', 'Delegations'],
  ['présidence', 'the Presidency'],
  ['vorsitz', 'the Presidency'],
  ['kommission', 'the Commission'],
  ['commission européenne', 'the Commission'],
  ['europäische kommission', 'the Commission'],
  ['europäischen kommission', 'the Commission'],
  // The Spanish, Italian, Dutch and Portuguese versions.
  ['comitato', THE_COMMITTEE],
  ['grupo de apoyo del cosi', 'the COSI Support Group'],
  ['grupo de apoyo', 'the COSI Support Group'],
  ['gruppo di sostegno del cosi', 'the COSI Support Group'],
  ['gruppo di sostegno', 'the COSI Support Group'],
  ['cosi-steungroep', 'the COSI Support Group'],
  ['steungroep van het cosi', 'the COSI Support Group'],
  ['steungroep', 'the COSI Support Group'],
  ['grupo de apoio do cosi', 'the COSI Support Group'],
  ['grupo de apoio', 'the COSI Support Group'],
  ['delegaciones', 'Delegations'],
  ['delegazioni', 'Delegations'],
  ['delegaties', 'Delegations'],
  ['delegações', 'Delegations'],
  ['presidencia', 'the Presidency'],
  ['presidenza', 'the Presidency'],
  ['voorzitterschap', 'the Presidency'],
  ['presidência', 'the Presidency'],
  ['comisión', 'the Commission'],
  ['comisión europea', 'the Commission'],
  ['commissione', 'the Commission'],
  ['commissione europea', 'the Commission'],
  ['commissie', 'the Commission'],
  ['europese commissie', 'the Commission'],
  ['comissão', 'the Commission'],
  ['comissão europeia', 'the Commission'],
  // The Polish version, also in the accusative an agent takes after `przez`.
  ['komitet', THE_COMMITTEE],
  ['komitet cosi', THE_COMMITTEE],
  // The committee by its name, short or whole (`Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI)`).
  ...['', 'stały '].flatMap((standing) =>
    ['', ' w dziedzinie bezpieczeństwa wewnętrznego', ' w zakresie bezpieczeństwa wewnętrznego'].flatMap((field) =>
      ['', ' (cosi)'].map((acronym) => [`${standing}komitet ds. współpracy operacyjnej${field}${acronym}`, THE_COMMITTEE] as const),
    ),
  ),
  ['grupa wsparcia cosi', 'the COSI Support Group'],
  ['grupa wsparcia', 'the COSI Support Group'],
  ['grupę wsparcia cosi', 'the COSI Support Group'],
  ['grupę wsparcia', 'the COSI Support Group'],
  ['delegacje', 'Delegations'],
  ['prezydencja', 'the Presidency'],
  ['prezydencję', 'the Presidency'],
  ['komisja', 'the Commission'],
  ['komisja europejska', 'the Commission'],
  ['komisję', 'the Commission'],
  ['komisję europejską', 'the Commission'],
  // The other 16 versions (Bulgarian, Czech, Slovak, Slovenian, Croatian, Romanian, Greek, Hungarian, Danish, Swedish,
  // Finnish, Estonian, Latvian, Lithuanian, Maltese, Irish): the committee, the Presidency, the Commission, the delegations.
  ...(
    [
      [['комитетът', 'постоянният комитет', 'výbor', 'výbor cosi', 'odbor', 'odbor cosi', 'comitetul', 'επιτροπή', 'μόνιμη επιτροπή', 'μεεες'], THE_COMMITTEE],
      [['bizottság', 'komitéen', 'udvalget', 'kommittén', 'komitea', 'komitee', 'komiteja', 'komitetas', 'kumitat', 'coiste', 'coiste seasta'], THE_COMMITTEE],
      // as a passive's agent: the Czech and Slovak instrumental, the Slovenian and Croatian genitive, the Finnish inessive
      [['výborem', 'výborem cosi', 'výborom', 'výborom cosi', 'odbora', 'odbora cosi', 'komiteassa', 'cosissa', 'cosi:ssa'], THE_COMMITTEE],
      [['předsednictvím', 'predsedníctvom', 'predsedstva', 'predsjedništva'], 'the Presidency'],
      [['komisí', 'evropskou komisí', 'komisiou', 'európskou komisiou', 'komisije', 'evropske komisije', 'europske komisije'], 'the Commission'],
      [['председателството', 'председателят', 'předsednictví', 'predsedníctvo', 'predsedstvo', 'predsjedništvo', 'președinția'], 'the Presidency'],
      [
        ['preşedinţia', 'προεδρία', 'elnökség', 'formandskabet', 'ordförandeskapet', 'puheenjohtajavaltio', 'eesistujariik', 'prezidentvalsts'],
        'the Presidency',
      ],
      [['pirmininkaujanti valstybė narė', 'pirmininkaujančioji valstybė narė', 'uachtaránacht', 'tuachtaránacht'], 'the Presidency'],
      [['комисията', 'европейската комисия', 'komise', 'evropská komise', 'komisia', 'európska komisia', 'komisija', 'evropska komisija'], 'the Commission'],
      [
        ['europska komisija', 'comisia', 'comisia europeană', 'ευρωπαϊκή επιτροπή', 'európai bizottság', 'kommissionen', 'europa-kommissionen'],
        'the Commission',
      ],
      [['europeiska kommissionen', 'komissio', 'euroopan komissio', 'komisjon', 'euroopa komisjon', 'eiropas komisija', 'europos komisija'], 'the Commission'],
      [['kummissjoni', 'kummissjoni ewropea', 'coimisiún', 'coimisiún eorpach'], 'the Commission'],
      // as a passive's agent: the Bulgarian short article, the Romanian noun without its article after `de` (`от комитета`, `de comitet`)
      [['комитета', 'постоянния комитет', 'comitet', 'comitet cosi'], THE_COMMITTEE],
      [['președinție', 'preşedinţie'], 'the Presidency'],
      [['comisie', 'comisie europeană'], 'the Commission'],
      [['delegații', 'delegaţii'], 'Delegations'],
      [['делегациите', 'delegace', 'delegácie', 'delegacije', 'izaslanstva', 'delegațiile', 'delegaţiile', 'αντιπροσωπίες', 'delegációk'], 'Delegations'],
      [
        ['delegationerne', 'delegationerna', 'valtuuskunnat', 'delegatsioonid', 'delegācijas', 'delegacijos', 'delegazzjonijiet', 'toscaireachtaí'],
        'Delegations',
      ],
    ] as const
  ).flatMap(([names, canonical]) => names.map((name) => [name, canonical] as const)),
]);

/**
 * Names a version writes in one case for one body and in another for another: the Hungarian committee is `a
 * bizottság`, the Commission `a Bizottság`; in the Council's Greek `η Επιτροπή` is the Commission (COSI is `η COSI`,
 * `η ΜΕΕΕΣ`, `η Μόνιμη Επιτροπή`; a committee in lower case, `η επιτροπή`, is the committee).
 */
const CASED_NAMES: ReadonlyMap<string, string> = new Map([
  ['Bizottság', 'the Commission'],
  ['Επιτροπή', 'the Commission'],
]);

/**
 * The decision-maker a subject or agent phrase names: the committee is always `COSI`, a few bodies get one spelling
 * (`COSI SG` → `the COSI Support Group`, `le Comité` and `der Ausschuss` → `COSI`, `la présidence` and `der Vorsitz` →
 * `the Presidency`, and so in Spanish, Italian, Dutch and Portuguese; the Council and Coreper in the 24 versions, `vom
 * Rat` and `Der Rat` → `the Council`, `der AStV` → `Coreper`; the Member States in the 24 versions, `Die Mitgliedstaaten` and
 * `Les États membres` → `Member States`), a working party or a body by its acronym without its
 * article (`le groupe "Terrorisme"` and `par le groupe "Terrorisme"` → `groupe "Terrorisme"`, `le CATS` → `CATS`), any
 * other name is kept as printed with a leading article in lower case (`The German delegation` → `the German
 * delegation`, `La délégation allemande` → `la délégation allemande`), so that it reads inside a sentence.
 */
export function decisionMaker(phrase: string): string {
  const name = phrase.replace(/\s+/g, ' ').trim();
  const article = LEADING_ARTICLE.exec(name)?.[0] ?? '';
  const bare = name.slice(article.length);
  const known = CASED_NAMES.get(bare) ?? CANONICAL_NAMES.get(bare.toLowerCase());
  if (known !== undefined) return known;
  return WORKING_PARTY_WORD.test(bare) || ACRONYM_NAME.test(bare) ? bare : `${article.toLowerCase()}${bare}`;
}

/** Whether a phrase names a body the archive knows by one name (`COSI`, `The Committee`, `Le Comité`, `Delegations`), as a list's lead may name the subject of its points. */
export function isKnownDecisionMaker(phrase: string): boolean {
  const name = phrase.replace(/\s+/g, ' ').trim();
  const article = LEADING_ARTICLE.exec(name)?.[0] ?? '';
  return CANONICAL_NAMES.has(name.slice(article.length).toLowerCase());
}

/**
 * Whether a decision is the committee's own: the only ones that "COSI decisions" count; never a view its members took
 * at an informal videoconference, which takes no decisions.
 */
export function isCommitteeDecision(decision: { readonly by: string | null; readonly informal?: boolean | undefined }): boolean {
  return decision.by === THE_COMMITTEE && decision.informal !== true;
}
