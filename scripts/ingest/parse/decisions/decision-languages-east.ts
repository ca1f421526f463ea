/**
 * Decisions as the Bulgarian, Czech, Slovak, Slovenian, Croatian, Romanian, Greek and Hungarian versions of an outcome
 * write them (`Комитетът взе под внимание …`, `Výbor vzal na vědomí …`, `Odbor se je seznanil z …`, `Odbor je odobrio
 * …`, `Comitetul a luat act de …`, `Η COSI ενέκρινε …`, `A bizottság tudomásul vette …`), and their passives
 * (`Дневният ред беше приет`, `Pořad jednání byl schválen`, `Dnevni red donesen je`, `Ordinea de zi a fost adoptată`,
 * `Η ημερήσια διάταξη εγκρίθηκε`): who acts, the verb (the closed set's English value), where its object ends.
 */
import { AGENCIES, always, reportedReturn, saidThat, END, type Grammar, impliedSubject, type Reading, separable } from './decision-grammar.ts';
import { plainGrammar } from './decision-plain-grammar.ts';
import type { DecisionVerb } from './decisions.ts';
import { verbAfterPassive } from './decision-passives.ts';
import { committeeNamePattern } from '../../../../src/shared/committee-names.ts';
import { COUNCIL_AGENTS, COUNCIL_SUBJECTS } from './council-bodies.ts';
import { MEMBERS_OF } from './committee-members.ts';

/** A subject of a passive: a word, not a relative pronoun closing the words before it. */
const subjectNot = (relatives: string): RegExp => new RegExp(String.raw`^(?!.*\s(?:${relatives})$)\p{L}`, 'iu');

const BG_BODY = String.raw`(?:${committeeNamePattern('bg')})${END}|(?:Постоянният\s+)?[Кк]омитетът${END}|(?:[Пп]редседателството|[Пп]редседателят|(?:Европейската\s+)?[Кк]омисия(?:та)?|[Дд]елегациите|[Дд]ържавите\s+членки|КОСИ|COSI)${END}|${AGENCIES}|${MEMBERS_OF.bg}`;
/**
 * The committee as a passive's agent after `от`, with the short article a noun takes there (`Докладът беше одобрен от
 * комитета`, `от Постоянния комитет`), and Coreper by its whole name (`от Комитета на постоянните представители`);
 * after the committee's whole name (BG_BODY), which opens with `Постоянния комитет`.
 */
const BG_AGENT = String.raw`(?:[Кк]омитета\s+на\s+постоянните\s+представители|[Пп]остоянния\s+комитет|[Кк]омитета)${END}`;
const BG_PAST = String.raw`(?:ха)?`;
const BULGARIAN = plainGrammar({
  when: { conjunctions: 'когато', notAfter: 'за' },
  hint: /взе|прие|върн|оттегл|свален|заключи|направи|отлож|одобри|подкрепи|реши|съгласи|споразум|потвърди|обмен|приветства|прикани|призова|възложи|беше|бяха|бе\s/u,
  body: BG_BODY,
  others: COUNCIL_SUBJECTS.bg,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:заяви|посочи|съобщи|отбеляза|обяви|информира)(?:ха)?`, 'че'),
      reportedReturn(String.raw`ще\s+се\s+върн(?:е|ат)\s+към`, String.raw`то|той|тя|те`),
    ],
    [
      String.raw`(?:взе${BG_PAST}\s+(?:под\s+внимание|предвид|к\s+сведение|за\s+сведение)|прие${BG_PAST}\s+за\s+сведение|отбеляза${BG_PAST})${END}`,
      always('took-note'),
    ],
    [String.raw`одобри${BG_PAST}${END}`, always('approved')],
    [String.raw`подкрепи${BG_PAST}${END}`, always('endorsed')],
    [
      String.raw`(?:се\s+(?:съгласи|споразумя)${BG_PAST}|постигна${BG_PAST}\s+(?:съгласие|споразумение)|реши${BG_PAST}|договори${BG_PAST}\s+се)${END}`,
      always('agreed'),
    ],
    [String.raw`прие${BG_PAST}${END}`, always('adopted')],
    [String.raw`потвърди${BG_PAST}${END}`, always('confirmed')],
    [String.raw`(?:проведе${BG_PAST}\s+(?:кратка\s+)?(?:размяна|обмен)\s+на\s+мнения|размени${BG_PAST}\s+мнения)${END}`, always('exchanged-views')],
    [String.raw`приветства${BG_PAST}${END}`, always('welcomed')],
    [String.raw`(?:прикани${BG_PAST}|призова${BG_PAST})${END}`, always('invited')],
    [String.raw`(?:възложи${BG_PAST}|упълномощи${BG_PAST})${END}`, always('tasked')],
    [String.raw`(?:заключи${BG_PAST}|направи${BG_PAST}\s+(?:заключение|извод))${END}`, always('concluded')],
    [String.raw`отложи${BG_PAST}${END}`, always('postponed')],
    [String.raw`ще\s+се\s+върн(?:е|ат)\s+към${END}`, always('will-return')],
    [String.raw`оттегли${BG_PAST}${END}`, always('withdrawn')],
  ],
  and: 'и',
  opens: 'че|но',
  relatives: 'който|която|което|които',
  passive: verbAfterPassive({
    auxiliary: String.raw`беше|бяха|бе|е\s+бил[аои]?|са\s+били`,
    participles: [
      [String.raw`приет[аои]?`, 'adopted'],
      [String.raw`одобрен[аои]?`, 'approved'],
      [String.raw`потвърден[аои]?`, 'confirmed'],
      [String.raw`подкрепен[аои]?`, 'endorsed'],
      [String.raw`отложен[аои]?`, 'postponed'],
      [String.raw`(?:оттеглен[аои]?|свален[аои]?(?=\s+от\s+дневния\s+ред))`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+от\s+(${BG_BODY}|${BG_AGENT}|${COUNCIL_AGENTS.bg})`, 'u'),
    subject: subjectNot('който|която|което|които'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:и|че|но)\s+/gu,
    negation: /(?<![\p{L}])не(?![\p{L}])/u,
    impersonal: [],
  }),
});

/** Czech and Slovak: the past participle in each gender and number (`schválil`, `schválila`, `schválili`, `schválily`). */
const CS_PAST = String.raw`(?:a|o|i|y)?`;
const CS_BODY = String.raw`(?:${committeeNamePattern('cs')}|[Vv]ýbor)(?:\s+COSI)?${END}|(?:[Pp]ředsednictví|(?:Evropská\s+)?Komise|[Dd]elegace|[Čč]lenské\s+státy|COSI)${END}|${AGENCIES}|${MEMBERS_OF.cs}`;
const CZECH = plainGrammar({
  // the Slovak `keď` too: a Slovak sentence whose verb is spelt as the Czech one's is read with this grammar
  when: { conjunctions: 'když|keď', notAfter: 'o' },
  hint: /(?<![\p{L}])(?:vzal|schválil|podpořil|vyjádřil|dohodl|rozhodl|shodl|souhlasil|přijal|potvrdil|vyměnil|uskutečnil|uvítal|přivítal|vyzval|požádal|pověřil|byl|seznámil|dospěl|konstatoval|odložil|vrátí|stáhl|stažen|vyřazen)[aoiy]?(?![\p{L}])/u,
  body: CS_BODY,
  others: COUNCIL_SUBJECTS.cs,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:uvedl|oznámil|sdělil|konstatoval|prohlásil|informoval|upozornil)${CS_PAST}`, 'že'),
      reportedReturn(String.raw`(?:se\s+)?vrátí`, String.raw`se`),
    ],
    [String.raw`(?:vzal${CS_PAST}\s+na\s+vědomí|se\s+seznámil${CS_PAST}\s+se?)${END}`, always('took-note')],
    [String.raw`schválil${CS_PAST}${END}`, always('approved')],
    [String.raw`(?:podpořil${CS_PAST}|vyjádřil${CS_PAST}\s+podporu)${END}`, always('endorsed')],
    [String.raw`(?:se\s+)?(?:dohodl${CS_PAST}|rozhodl${CS_PAST}|shodl${CS_PAST})(?:\s+se)?${END}|souhlasil${CS_PAST}${END}`, always('agreed')],
    [String.raw`přijal${CS_PAST}${END}`, always('adopted')],
    [String.raw`potvrdil${CS_PAST}${END}`, always('confirmed')],
    [String.raw`(?:vyměnil${CS_PAST}\s+(?:si\s+)?názory|uskutečnil${CS_PAST}\s+(?:krátkou\s+)?výměnu\s+názorů)${END}`, always('exchanged-views')],
    [String.raw`(?:uvítal${CS_PAST}|přivítal${CS_PAST})${END}`, always('welcomed')],
    [String.raw`(?:vyzval${CS_PAST}|požádal${CS_PAST})${END}`, always('invited')],
    [String.raw`pověřil${CS_PAST}${END}`, always('tasked')],
    [String.raw`(?:dospěl${CS_PAST}\s+k\s+závěru|konstatoval${CS_PAST}\s+na\s+závěr)${END}`, always('concluded')],
    [String.raw`odložil${CS_PAST}${END}`, always('postponed')],
    [String.raw`se\s+vrátí${END}`, always('will-return')],
    // the clitic before what is returned to, the verb last (`Předsednictví se k tomuto bodu vrátí`)
    [String.raw`se(?=\s[^.;:]{1,80}?\svrátí${END})`, reportedReturn(String.raw`vrátí`)],
    [String.raw`stáhl${CS_PAST}${END}`, always('withdrawn')],
  ],
  and: 'a',
  opens: 'že|ale',
  relatives: 'který|která|které|kteří|jenž|jež',
  objectRelatives: 'který|kterou|které',
  passive: verbAfterPassive({
    auxiliary: String.raw`byl[aoiy]?`,
    participles: [
      [String.raw`schválen[aoyé]?`, 'approved'],
      [String.raw`přijat[aoyé]?`, 'adopted'],
      [String.raw`potvrzen[aoyé]?`, 'confirmed'],
      [String.raw`podpořen[aoyé]?`, 'endorsed'],
      [String.raw`pověřen[aoyé]?`, 'tasked'],
      [String.raw`odložen[aoyé]?`, 'postponed'],
      [String.raw`(?:stažen[aoyé]?|vyřazen[aoyé]?(?=\s+z\s+pořadu))`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+((?:[Vv]ýborem)(?:\s+COSI)?|[Pp]ředsednictvím|(?:Evropskou\s+)?[Kk]omisí|${COUNCIL_AGENTS.cs})${END}`, 'u'),
    subject: subjectNot('který|která|které|kteří|jenž|jež'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:a|že|ale)\s+/gu,
    negation: /(?<![\p{L}])ne(?![\p{L}])/u,
    impersonal: [],
  }),
});

const SK_BODY = String.raw`(?:${committeeNamePattern('sk')}|[Vv]ýbor)(?:\s+COSI)?${END}|(?:[Pp]redsedníctvo|(?:Európska\s+)?[Kk]omisia|[Dd]elegácie|[Čč]lenské\s+štáty|COSI)${END}|${AGENCIES}|${MEMBERS_OF.sk}`;
const SK_MALE = String.raw`(?:ol|la|lo|li|ly)`;
const SLOVAK = plainGrammar({
  when: { conjunctions: 'keď', notAfter: 'o' },
  hint: /(?<![\p{L}])(?:(?:vzal|schválil|podporil|vyjadril|súhlasil|prijal|potvrdil|vymenil|uskutočnil|privítal|uvítal|vyzval|požiadal|poveril|oboznámil|bol|dospel|konštatoval|odložil|vráti|stiahl|stiahnut|vyraden)[aoiyýáéí]?|stiahol|(?:dohod|rozhod|zhod)(?:ol|la|lo|li|ly))(?![\p{L}])/u,
  body: SK_BODY,
  others: COUNCIL_SUBJECTS.sk,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:uviedl|oznámil|konštatoval|vyhlásil|informoval|povedal|upozornil)[aoiy]?`, 'že'),
      reportedReturn(String.raw`(?:sa\s+)?vráti(?:a)?`, String.raw`sa`),
    ],
    [String.raw`(?:vzal${CS_PAST}\s+na\s+vedomie|sa\s+oboznámil${CS_PAST}\s+s)${END}`, always('took-note')],
    [String.raw`schválil${CS_PAST}${END}`, always('approved')],
    [String.raw`(?:podporil${CS_PAST}|vyjadril${CS_PAST}\s+podporu)${END}`, always('endorsed')],
    [String.raw`(?:sa\s+)?(?:dohod${SK_MALE}|rozhod${SK_MALE}|zhod${SK_MALE})(?:\s+sa)?${END}|súhlasil${CS_PAST}${END}`, always('agreed')],
    [String.raw`prijal${CS_PAST}${END}`, always('adopted')],
    [String.raw`potvrdil${CS_PAST}${END}`, always('confirmed')],
    [String.raw`(?:vymenil${CS_PAST}\s+(?:si\s+)?názory|uskutočnil${CS_PAST}\s+(?:krátku\s+)?výmenu\s+názorov)${END}`, always('exchanged-views')],
    [String.raw`(?:privítal${CS_PAST}|uvítal${CS_PAST})${END}`, always('welcomed')],
    [String.raw`(?:vyzval${CS_PAST}|požiadal${CS_PAST})${END}`, always('invited')],
    [String.raw`poveril${CS_PAST}${END}`, always('tasked')],
    [String.raw`(?:dospel${CS_PAST}\s+k\s+záveru|konštatoval${CS_PAST}\s+na\s+záver)${END}`, always('concluded')],
    [String.raw`odložil${CS_PAST}${END}`, always('postponed')],
    [String.raw`sa\s+vráti(?:a)?${END}`, always('will-return')],
    [String.raw`sa(?=\s[^.;:]{1,80}?\svráti(?:a)?${END})`, reportedReturn(String.raw`vráti(?:a)?`)],
    [String.raw`(?:stiahol|stiahl(?:a|o|i|y))${END}`, always('withdrawn')],
  ],
  and: 'a',
  opens: 'že|ale',
  relatives: 'ktorý|ktorá|ktoré|ktorí',
  objectRelatives: 'ktorý|ktorú|ktoré',
  passive: verbAfterPassive({
    auxiliary: String.raw`bol[aoiy]?`,
    participles: [
      [String.raw`schválen[ýáéí]`, 'approved'],
      [String.raw`prijat[ýáéí]`, 'adopted'],
      [String.raw`potvrden[ýáéí]`, 'confirmed'],
      [String.raw`podporen[ýáéí]`, 'endorsed'],
      [String.raw`odložen[ýáéí]`, 'postponed'],
      [String.raw`(?:stiahnut[ýáéí]|vyraden[ýáéí](?=\s+z\s+programu))`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+((?:[Vv]ýborom)(?:\s+COSI)?|[Pp]redsedníctvom|(?:Európskou\s+)?[Kk]omisiou|${COUNCIL_AGENTS.sk})${END}`, 'u'),
    subject: subjectNot('ktorý|ktorá|ktoré|ktorí'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:a|že|ale)\s+/gu,
    negation: /(?<![\p{L}])ne(?![\p{L}])/u,
    impersonal: [],
  }),
});

/** Slovenian and Croatian: the perfect, `je`/`so` (`su`) and the participle in each gender and number. */
const SL_BODY = String.raw`(?:${committeeNamePattern('sl')}|[Oo]dbor)(?:\s+COSI)?${END}|(?:[Pp]redsedstvo|(?:Evropska\s+)?[Kk]omisija|[Dd]elegacije|[Dd]ržave\s+članice|COSI)${END}|${AGENCIES}|${MEMBERS_OF.sl}`;
/**
 * The committee between the perfect's auxiliary and its participle, as a clause that sets its object first puts it
 * (`Poročilo predsedstva je Odbor odobril.`): the auxiliary is a clitic, second in its clause.
 */
const SL_COMMITTEE_INSIDE = String.raw`\s+(?:[Oo]dbor(?:\s+COSI)?|COSI)\s+`;
/** The perfect's auxiliary before the participle, or before the committee the participle follows (`je odobril`, `je Odbor odobril`). */
const SL_IS = String.raw`(?:(?:je|so|sta)\s+|(?<=(?<![\p{L}])(?:je|so|sta)${SL_COMMITTEE_INSIDE}))`;
/**
 * A reflexive perfect's clitics in the order the number sets: `se je` (one body), `so se`, `sta se` (several: `Člani
 * odbora COSI so se seznanili`); or before the committee the participle follows, where the object is set first (`Z
 * informacijami predsedstva se je Odbor seznanil.`).
 */
const SL_SE = String.raw`(?:(?:se\s+(?:je|so|sta)|(?:so|sta)\s+se)\s+|(?<=(?<![\p{L}])se\s+(?:je|so|sta)${SL_COMMITTEE_INSIDE}))`;
/** The participle's ending after its `l` in each gender and number: `odobril`, `odobrila`, `odobrili`, `odobrile`. */
const SL_PAST = String.raw`l(?:a|o|i|e)?`;
/** The participles that end a clause whose object stands between them and the auxiliary (`… je sklepe … odobril.`). */
const SL_PARTICIPLES_LAST: ReadonlyArray<readonly [RegExp, DecisionVerb]> = [
  [new RegExp(String.raw`\s+odobri${SL_PAST}$`, 'u'), 'approved'],
  [new RegExp(String.raw`\s+sprejel(?:a|o|i|e)?$`, 'u'), 'adopted'],
  [new RegExp(String.raw`\s+potrdi${SL_PAST}$`, 'u'), 'confirmed'],
  [new RegExp(String.raw`\s+podpr${SL_PAST}$`, 'u'), 'endorsed'],
  [new RegExp(String.raw`\s+pozdravi${SL_PAST}$`, 'u'), 'welcomed'],
];

/** A participle of SL_PARTICIPLES_LAST anywhere: a second verb inside what the first would take as its object. */
const SL_PARTICIPLE_INSIDE = /(?<![\p{L}])(?:odobri|sprejel|potrdi|podpr|pozdravi|seznani)l?(?:a|o|i|e)?(?![\p{L}])/u;

/**
 * The object between the auxiliary and the participle ending the clause (SL_PARTICIPLES_LAST), where it holds no second
 * participle (`Odbor je poročilo odobril in sklepe potrdil.`: which object is whose is not told, none read).
 */
const slObjectInside: Reading = (object) => {
  const found = separable(SL_PARTICIPLES_LAST)(object);
  return found === null || SL_PARTICIPLE_INSIDE.test(found.object) ? null : found;
};

const SLOVENIAN = plainGrammar({
  when: { conjunctions: 'ko', notAfter: 'o' },
  hint: /(?<![\p{L}])(?:odobril|sprejel|potrdil|podprl|pozdravil)[aoie]?[.;:]|(?<![\p{L}])(?:je|so|sta)\s+(?:(?:[Oo]dbor(?:\s+COSI)?|COSI)\s+)?(?:bil|seznanil|vzel|odobril|podprl|dogovoril|odločil|strinjal|sklenil|sprejel|potrdil|izmenjal|opravil|pozdravil|pozval|pooblastil|naročil|zaključil|preložil|umaknil)|(?<![\p{L}])(?:so|sta)\s+se\s+(?:seznanil|dogovoril|odločil|strinjal)|(?<![\p{L}])se\s+bo(?:do)?\s+vrnil|(?<![\p{L}])vrnil[aoie]?(?![\p{L}])/u,
  body: SL_BODY,
  others: COUNCIL_SUBJECTS.sl,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:je|so|sta)\s+(?:navedl|sporočil|napovedal|pojasnil|izjavil|povedal|poudaril|obvestil)[aoie]?`, 'da'),
      reportedReturn(String.raw`(?:se\s+bo(?:do|sta)?\s+)?vrnil[aoie]?`, String.raw`se\s+bo(?:do|sta)?`),
    ],
    [String.raw`(?:${SL_SE}seznani${SL_PAST}|${SL_IS}vze${SL_PAST}\s+na\s+znanje)${END}(?:\s+[sz](?=\s))?`, always('took-note')],
    [String.raw`${SL_IS}odobri${SL_PAST}${END}`, always('approved')],
    [String.raw`${SL_IS}podpr${SL_PAST}${END}`, always('endorsed')],
    [String.raw`(?:${SL_SE}(?:dogovori${SL_PAST}|odloči${SL_PAST}|strinja${SL_PAST})|${SL_IS}skleni${SL_PAST})${END}`, always('agreed')],
    [String.raw`${SL_IS}sprejel(?:a|o|i|e)?${END}`, always('adopted')],
    [String.raw`${SL_IS}potrdi${SL_PAST}${END}`, always('confirmed')],
    [String.raw`${SL_IS}(?:izmenja${SL_PAST}\s+mnenja|opravi${SL_PAST}\s+(?:kratko\s+)?izmenjavo\s+mnenj)${END}`, always('exchanged-views')],
    [String.raw`${SL_IS}pozdravi${SL_PAST}${END}`, always('welcomed')],
    [String.raw`${SL_IS}pozva${SL_PAST}${END}`, always('invited')],
    [String.raw`${SL_IS}(?:pooblasti${SL_PAST}|naroči${SL_PAST})${END}`, always('tasked')],
    [String.raw`${SL_IS}zaključi${SL_PAST}${END}`, always('concluded')],
    [String.raw`${SL_IS}preloži${SL_PAST}${END}`, always('postponed')],
    [String.raw`se\s+bo(?:do|sta)?\s+vrni${SL_PAST}${END}`, always('will-return')],
    [String.raw`se\s+bo(?:do|sta)?(?=\s[^.;:]{1,80}?\svrni${SL_PAST}${END})`, reportedReturn(String.raw`vrni${SL_PAST}`)],
    [String.raw`${SL_IS}umakni${SL_PAST}${END}`, always('withdrawn')],
    // last: the object between the auxiliary, or the committee after it, and the participle ending the clause (`Odbor je
    // sklepe iz dokumenta 13802/25 odobril.`, `Nato je Odbor sklepe … odobril.`)
    [String.raw`(?:je|so|sta)(?=\s+\p{Ll})${END}|(?<=(?<![\p{L}])(?:je|so|sta)${SL_COMMITTEE_INSIDE})(?=\p{Ll})`, slObjectInside],
  ],
  and: 'in',
  opens: 'da|ampak|vendar',
  relatives: 'ki|kateri|katera|katero',
  // the object's pronoun and the auxiliary before the committee (`…, ki ga je odbor potrdil`: relative-objects.ts)
  objectRelatives: String.raw`ki\s+(?:ga|jo|jih|ju)\s+(?:je|so|sta)`,
  passive: verbAfterPassive({
    auxiliary: String.raw`(?:je|so)\s+bil[aoie]?`,
    participles: [
      [String.raw`sprejet[aoie]?`, 'adopted'],
      [String.raw`odobren[aoie]?`, 'approved'],
      [String.raw`potrjen[aoie]?`, 'confirmed'],
      [String.raw`podprt[aoie]?`, 'endorsed'],
      [String.raw`preložen[aoie]?`, 'postponed'],
      [String.raw`umaknjen[aoie]?`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+s\s+strani\s+((?:[Oo]dbora)(?:\s+COSI)?|COSI|[Pp]redsedstva|(?:Evropske\s+)?[Kk]omisije|${COUNCIL_AGENTS.sl})${END}`, 'u'),
    subject: subjectNot('ki|kateri|katera|katero'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:in|da|ampak|vendar)\s+/gu,
    negation: /(?<![\p{L}])(?:ni|ne|niso)(?![\p{L}])/u,
    impersonal: [],
  }),
});

const HR_BODY = String.raw`(?:${committeeNamePattern('hr')}|[Oo]dbor)(?:\s+COSI)?${END}|(?:[Pp]redsjedništvo|(?:Europska\s+)?[Kk]omisija|[Ii]zaslanstva|[Dd]elegacije|[Dd]ržave\s+članice|COSI)${END}|${AGENCIES}|${MEMBERS_OF.hr}`;
const HR_IS = String.raw`(?:je|su)\s+`;
/** The participle in each gender and number after its stem: `odobrio`, `odobrila`, `odobrilo`, `odobrili`, `odobrile`. */
const HR_PAST = String.raw`(?:o|la|lo|li|le)`;
/**
 * The committee between the perfect's auxiliary and its participle, as a relative clause on the object puts it (`…, koje
 * je Odbor odobrio`).
 */
const HR_COMMITTEE_INSIDE = String.raw`\s+(?:[Oo]dbor(?:\s+COSI)?|COSI)\s+`;
/**
 * A Croatian perfect with its auxiliary before the participle (`Odbor je primio na znanje …`) or after it, as a clause
 * whose subject is longer orders them (`Odbor COSI primio je na znanje …`, `Predsjedništvo pozvalo je …`).
 */
const hrPerfect = (participles: string): string =>
  String.raw`(?:${HR_IS}(?:${participles})|(?:${participles})\s+(?:je|su)(?=\s)|(?<=(?<![\p{L}])(?:je|su)${HR_COMMITTEE_INSIDE})(?:${participles}))`;
const CROATIAN = plainGrammar({
  when: { conjunctions: 'kada|kad', notAfter: 'o' },
  hint: /(?<![\p{L}])(?:je|su)\s|(?<![\p{L}])se\s+(?:dogovori|složi|odluči)|(?:donesen|usvojen|odobren|odgođen|povučen)[aoie]?\s+(?:je|su)(?![\p{L}])|(?<![\p{L}])će\s+se\s+vratiti|(?<![\p{L}])vratiti(?![\p{L}])/u,
  body: HR_BODY,
  others: COUNCIL_SUBJECTS.hr,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(
        String.raw`(?:je|su)\s+(?:naveo|navel[aoi]|izjavio|izjavil[aoi]|najavio|najavil[aoi]|istaknuo|istaknul[aoi]|rekao|rekl[aoi]|obavijestio|obavijestil[aoi])`,
        'da',
      ),
      reportedReturn(String.raw`(?:će\s+se\s+)?vratiti`, String.raw`će\s+se`),
    ],
    [String.raw`${hrPerfect(`primi${HR_PAST}`)}\s+na\s+znanje${END}`, always('took-note')],
    [String.raw`${hrPerfect(`odobri${HR_PAST}`)}${END}`, always('approved')],
    [String.raw`${hrPerfect(`podrža${HR_PAST}|podupro|poduprl[aoie]`)}${END}`, always('endorsed')],
    // the participle first too, as a longer subject orders them (`Države članice dogovorile su se o …`)
    [
      String.raw`(?:se\s+(?:${HR_IS})?|${HR_IS}(?:se\s+)?)(?:dogovori${HR_PAST}|složi${HR_PAST}|odluči${HR_PAST})${END}|(?:dogovori${HR_PAST}|složi${HR_PAST}|odluči${HR_PAST})\s+(?:je|su)\s+se${END}`,
      always('agreed'),
    ],
    [String.raw`${hrPerfect(`donio|donijel[aoie]|usvoji${HR_PAST}`)}${END}`, always('adopted')],
    [String.raw`${hrPerfect(`potvrdi${HR_PAST}`)}${END}`, always('confirmed')],
    [
      String.raw`(?:${hrPerfect(`razmijeni${HR_PAST}`)}\s+mišljenja|${hrPerfect(`održa${HR_PAST}`)}\s+(?:kratku\s+)?razmjenu\s+mišljenja)${END}`,
      always('exchanged-views'),
    ],
    [String.raw`${hrPerfect(`pozdravi${HR_PAST}`)}${END}`, always('welcomed')],
    [String.raw`${hrPerfect(`pozva${HR_PAST}`)}${END}`, always('invited')],
    [String.raw`${hrPerfect(`zaduži${HR_PAST}|ovlasti${HR_PAST}`)}${END}`, always('tasked')],
    [String.raw`${hrPerfect(`zaključi${HR_PAST}`)}${END}`, always('concluded')],
    [String.raw`${hrPerfect(`odgodi${HR_PAST}`)}${END}`, always('postponed')],
    [String.raw`(?:će|ću)\s+se\s+vratiti${END}`, always('will-return')],
    [String.raw`(?:će|ću)\s+se(?=\s[^.;:]{1,80}?\svratiti${END})`, reportedReturn(String.raw`vratiti`)],
    [String.raw`${hrPerfect(`povukao|povukl[aoie]`)}${END}`, always('withdrawn')],
  ],
  and: 'i',
  opens: 'da|ali',
  relatives: 'koji|koja|koje|kojeg',
  // the object's pronoun and the auxiliary before the committee (`…, koje je Odbor odobrio`: relative-objects.ts)
  objectRelatives: String.raw`(?:koji|koja|koje|kojeg|kojega|koju)\s+(?:je|su)`,
  passive: verbAfterPassive({
    auxiliary: String.raw`(?:je|su)(?:\s+bi(?:o|la|lo|li|le))?`,
    participles: [
      [String.raw`(?:donesen|usvojen)[aoie]?`, 'adopted'],
      [String.raw`odobren[aoie]?`, 'approved'],
      [String.raw`potvrđen[aoie]?`, 'confirmed'],
      [String.raw`odgođen[aoie]?`, 'postponed'],
      [String.raw`povučen[aoie]?`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+od\s+strane\s+(${committeeNamePattern('hr')}|Odbora|Predsjedništva|Komisije|${COUNCIL_AGENTS.hr})${END}`, 'u'),
    subject: subjectNot('koji|koja|koje|kojeg'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:i|da|ali)\s+/gu,
    negation: /(?<![\p{L}])(?:nije|nisu|ne)(?![\p{L}])/u,
    // The participle before its auxiliary, as a Croatian clause orders them (`Dnevni red donesen je kako …`).
    impersonal: [
      [String.raw`(?:donesen|usvojen)[aoie]?\s+(?:je|su)(?:\s+bi(?:o|la|lo|li|le))?${END}`, 'adopted'],
      [String.raw`odobren[aoie]?\s+(?:je|su)(?:\s+bi(?:o|la|lo|li|le))?${END}`, 'approved'],
      [String.raw`odgođen[aoie]?\s+(?:je|su)(?:\s+bi(?:o|la|lo|li|le))?${END}`, 'postponed'],
      [String.raw`povučen[aoie]?\s+(?:je|su)(?:\s+bi(?:o|la|lo|li|le))?${END}`, 'withdrawn'],
    ],
  }),
});

/** Romanian: the perfect, `a`/`au` and the participle; `ș` and `ț` also with the cedilla some fonts print. */
const RO_BODY = String.raw`(?:${committeeNamePattern('ro')}|[Cc]omitetul)(?:\s+COSI)?${END}|(?:[Pp]re[șş]edin[țţ]ia|Comisia(?:\s+European[ăa])?|[Dd]elega[țţ]iile|[Ss]tatele\s+membre|COSI)${END}|${AGENCIES}|${MEMBERS_OF.ro}`;
/**
 * The bodies as a passive's agent after `de` or `de către`, without the article a preposition drops (`Raportul a fost
 * aprobat de comitet`, `de către Comitet`, `de către Președinție`, `de Comisie`), and Coreper by its whole name
 * (`de Comitetul Reprezentanților Permanenți`, RO_COREPER), before the committee's `Comitetul` can take it; the committee's
 * whole name (RO_BODY) before its short `comitet`.
 */
const RO_COREPER = String.raw`Comitetul\s+Reprezentan[țţ]ilor\s+Permanen[țţ]i${END}`;
const RO_AGENT = String.raw`(?:[Cc]omitet(?:\s+COSI)?|[Pp]re[șş]edin[țţ]ie|Comisie(?:\s+European[ăa])?|[Dd]elega[țţ]ii)${END}`;
const RO_HAS = String.raw`(?:a|au)(?:\s+(?:de\s+asemenea|apoi|în\s+plus))?\s+`;
const ROMANIAN = plainGrammar({
  when: { conjunctions: 'când', notAfter: 'despre|de' },
  hint: /(?<![\p{L}])(?:(?:a|au)\s+(?:de\s+asemenea\s+|apoi\s+|în\s+plus\s+)?(?:luat|aprobat|sus[țţ]inut|sprijinit|validat|convenit|decis|hotărât|ajuns|adoptat|confirmat|avut|purtat|realizat|efectuat|salutat|invitat|mandatat|însărcinat|fost|concluzionat|conchis|amânat|retras)|s-au?\s|(?:va|vor)\s+reveni)(?![\p{L}])/u,
  body: `${impliedSubject('ro')}|${RO_BODY}`,
  others: COUNCIL_SUBJECTS.ro,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:a|au)\s+(?:indicat|afirmat|declarat|anun[țţ]at|precizat|men[țţ]ionat|arătat|subliniat|informat)`, 'că'),
      reportedReturn(String.raw`(?:va|vor)\s+reveni`),
    ],
    [String.raw`${RO_HAS}luat\s+(?:act|notă|cuno[șş]tin[țţ]ă)${END}(?:\s+de(?=\s))?`, always('took-note')],
    [String.raw`${RO_HAS}aprobat${END}`, always('approved')],
    [String.raw`${RO_HAS}(?:sus[țţ]inut|sprijinit|validat)${END}`, always('endorsed')],
    [String.raw`(?:${RO_HAS}(?:convenit|decis|hotărât|ajuns\s+la\s+un\s+acord)|s-(?:a|au)\s+(?:pus\s+de\s+acord|convenit))${END}`, always('agreed')],
    [String.raw`${RO_HAS}adoptat${END}`, always('adopted')],
    [String.raw`${RO_HAS}confirmat${END}`, always('confirmed')],
    [String.raw`${RO_HAS}(?:avut|purtat|realizat|efectuat)\s+un\s+(?:scurt\s+)?schimb\s+de\s+(?:opinii|păreri)${END}`, always('exchanged-views')],
    [String.raw`${RO_HAS}salutat${END}`, always('welcomed')],
    [String.raw`${RO_HAS}invitat${END}`, always('invited')],
    [String.raw`${RO_HAS}(?:mandatat|însărcinat)${END}`, always('tasked')],
    [String.raw`${RO_HAS}(?:concluzionat|conchis)${END}`, always('concluded')],
    [String.raw`${RO_HAS}amânat${END}`, always('postponed')],
    [String.raw`(?:va|vor)\s+reveni${END}`, always('will-return')],
    [String.raw`${RO_HAS}retras${END}`, always('withdrawn')],
  ],
  and: 'și|şi',
  opens: 'că|dar',
  relatives: 'care',
  passive: verbAfterPassive({
    auxiliary: String.raw`(?:a|au)\s+fost`,
    participles: [
      [String.raw`adoptat(?:ă|e|[țţ]i)?`, 'adopted'],
      [String.raw`aprobat(?:ă|e|[țţ]i)?`, 'approved'],
      [String.raw`confirmat(?:ă|e|[țţ]i)?`, 'confirmed'],
      [String.raw`(?:sus[țţ]inut|sprijinit)(?:ă|e|[țţ]i)?`, 'endorsed'],
      [String.raw`invitat(?:ă|e|[țţ]i)?`, 'invited'],
      [String.raw`amânat(?:ă|e|[țţ]i)?`, 'postponed'],
      [String.raw`(?:retras(?:ă|e)?|retra[șş]i)`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+de\s+(?:către\s+)?(${RO_COREPER}|${RO_BODY}|${RO_AGENT}|${COUNCIL_AGENTS.ro})`, 'u'),
    subject: subjectNot('care'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:și|şi|că|dar)\s+/gu,
    negation: /(?<![\p{L}])nu(?![\p{L}])/u,
    impersonal: [[String.raw`[Ss]-a\s+convenit${END}`, 'agreed']],
  }),
});

/**
 * Greek: the aorist (`σημείωσε`, `ενέκρινε`, `ενέκριναν`); the committee is `η COSI`, `η ΜΕΕΕΣ`, `η Μόνιμη Επιτροπή`
 * or, in lower case, `η επιτροπή`, the Commission `η Επιτροπή` or `η Ευρωπαϊκή Επιτροπή` (`decisionMaker`); the
 * mediopassive aorist states a decision with no one named (`Η ημερήσια διάταξη εγκρίθηκε`).
 */
/**
 * The bodies as a passive's agent after `από` and the article (`Η έκθεση εγκρίθηκε από την επιτροπή`, `από τη ΜΕΕΕΣ`,
 * `από την Προεδρία`, `από το Συμβούλιο`): the committee in small letters, the Commission with a capital (as their
 * subjects are told apart), and Coreper by its whole name (`από την Επιτροπή Μόνιμων Αντιπροσώπων`).
 */
const EL_AGENT = String.raw`(?:${committeeNamePattern('el')}|Μόνιμη\s+Επιτροπή|Ευρωπαϊκή\s+Επιτροπή|Επιτροπή\s+Μόνιμων\s+Αντιπροσώπων|Επιτροπή|επιτροπή|Προεδρία|COSI|ΜΕΕΕΣ|Συμβούλιο|ΕΜΑ|Coreper|COREPER)${END}`;
const EL_BODY = String.raw`[Ηη]\s+(?:${committeeNamePattern('el')}|Ευρωπαϊκή\s+Επιτροπή|Μόνιμη\s+Επιτροπή|Επιτροπή|επιτροπή|Προεδρία|COSI|ΜΕΕΕΣ)${END}|[Οο]ι\s+αντιπροσωπίες${END}|[Ττ]α\s+κράτη\s+μέλη${END}|${AGENCIES}|${MEMBERS_OF.el}`;
const GREEK = plainGrammar({
  when: { conjunctions: 'όταν', notAfter: 'για' },
  hint: /σημείωσ|έλαβ|κατέληξ|ανέβαλ|ενέκριν|υποστήριξ|προσυπέγραψ|συμφώνησ|αποφάσισ|υιοθέτησ|θέσπισ|επιβεβαίωσ|αντάλλαξ|ανταλλαγή|χαιρέτισ|επικρότησ|κάλεσ|ανέθεσ|εξουσιοδότησ|θηκε|θηκαν|επανέλθ|απέσυρ/u,
  body: EL_BODY,
  others: COUNCIL_SUBJECTS.el,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [saidThat(String.raw`(?:ανέφερ|δήλωσ|επισήμαν|ανακοίνωσ|σημείωσ|υπογράμμισ)(?:ε|αν)`, 'ότι'), reportedReturn(String.raw`θα\s+επανέλθ(?:ει|ουν)`)],
    [String.raw`(?:σημείωσ(?:ε|αν)|έλαβ(?:ε|αν)\s+(?:γνώση|υπό\s+σημείωση))${END}`, always('took-note')],
    [String.raw`ενέκριν(?:ε|αν)${END}`, always('approved')],
    [String.raw`(?:υποστήριξ(?:ε|αν)|προσυπέγραψ(?:ε|αν))${END}`, always('endorsed')],
    [String.raw`(?:συμφώνησ(?:ε|αν)|αποφάσισ(?:ε|αν)|κατέληξ(?:ε|αν)\s+σε\s+συμφωνία)${END}`, always('agreed')],
    [String.raw`(?:υιοθέτησ(?:ε|αν)|θέσπισ(?:ε|αν))${END}`, always('adopted')],
    [String.raw`επιβεβαίωσ(?:ε|αν)${END}`, always('confirmed')],
    [
      String.raw`(?:αντάλλαξ(?:ε|αν)\s+απόψεις|(?:πραγματοποίησ(?:ε|αν)|(?:προέβη|προέβησαν)\s+σε)\s+(?:σύντομη\s+)?ανταλλαγή\s+απόψεων)${END}`,
      always('exchanged-views'),
    ],
    [String.raw`(?:χαιρέτισ(?:ε|αν)|επικρότησ(?:ε|αν))${END}`, always('welcomed')],
    [String.raw`κάλεσ(?:ε|αν)${END}`, always('invited')],
    [String.raw`(?:ανέθεσ(?:ε|αν)|εξουσιοδότησ(?:ε|αν))${END}`, always('tasked')],
    [String.raw`κατέληξ(?:ε|αν)${END}(?=\s+(?:ότι|στο\s+συμπέρασμα))`, always('concluded')],
    [String.raw`ανέβαλ(?:ε|αν)${END}`, always('postponed')],
    [String.raw`θα\s+επανέλθ(?:ει|ουν)${END}`, always('will-return')],
    [String.raw`απέσυρ(?:ε|αν)${END}`, always('withdrawn')],
  ],
  and: 'και',
  opens: 'ότι|αλλά',
  relatives: 'ο\\s+οποίος|η\\s+οποία|το\\s+οποίο|οι\\s+οποίοι|οι\\s+οποίες|τα\\s+οποία|που',
  passive: verbAfterPassive({
    auxiliary: '(?!)',
    participles: [['(?!)', 'approved']],
    agent: new RegExp(String.raw`^\s+από\s+(?:τ[ηο]ν?\s+)?(${EL_AGENT})`, 'u'),
    subject: /^(?:[Οο]|[Ηη]|[Ττ]ο|[Οο]ι|[Ττ]α)\s/u,
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:και|ότι|αλλά)\s+/gu,
    negation: /(?<![\p{L}])(?:δεν|μην)(?![\p{L}])/u,
    impersonal: [
      [String.raw`εγκρίθηκ(?:ε|αν)${END}`, 'approved'],
      [String.raw`υιοθετήθηκ(?:ε|αν)${END}`, 'adopted'],
      [String.raw`επιβεβαιώθηκ(?:ε|αν)${END}`, 'confirmed'],
      [String.raw`συμφωνήθηκ(?:ε|αν)${END}`, 'agreed'],
      [String.raw`αναβλήθηκ(?:ε|αν)${END}`, 'postponed'],
      [String.raw`αποσύρθηκ(?:ε|αν)${END}`, 'withdrawn'],
    ],
  }),
});

/**
 * Hungarian: the committee is `a bizottság` (the Commission `a Bizottság`, `az Európai Bizottság`); the verb follows
 * its subject (`A bizottság jóváhagyta …`) or, its object before it, ends the clause with its particle (`A bizottság a
 * napirendet … fogadta el`, `… vette tudomásul`, `… hagyta jóvá`). A conclusion is `megállapította, hogy …` (with or
 * without `összegzésként`) or `arra a következtetésre jutott, hogy …`; a postponement `elhalasztotta`/`elnapolta`. The
 * third person plural with no body names nobody (`A napirendet elfogadták`, `A pont tárgyalását elhalasztották`): the
 * words before it are what was decided.
 */
const HU_BODY = String.raw`[Aa]\s+(?:${committeeNamePattern('hu')}|bizottság|Bizottság|COSI|delegációk|tagállamok)${END}|[Aa]z\s+(?:[Ee]lnökség|Európai\s+Bizottság)${END}|${AGENCIES}|${MEMBERS_OF.hu}`;
const HU_PLURAL = String.raw`(?:a|e|ák|ék)`;
/** A clause that ends in its verb and particle, its object before them (`… szerint fogadta el`): read by the particle. */
const HU_VERB_LAST = String.raw`(?=[^,;:.!?]{1,200}\s(?:fogadt${HU_PLURAL}\s+el|hagyt${HU_PLURAL}\s+jóvá|vett${HU_PLURAL}\s+tudomásul)${END})`;
/** What opens a Hungarian conclusion's verb: a word saying it closes the discussion (`összegzésként megállapította`). */
const HU_CONCLUDING = String.raw`(?:(?:összegzésként|összegzésképpen|zárásként|következtetésként|végezetül|befejezésül)\s+)?`;
/**
 * The Hungarian verb of returning: `vissza fog térni`, `fog visszatérni`, `visszatér` (singular and plural); what is
 * returned to stands before or after it, the when often before it (`a következő ülésen visszatér erre a pontra`).
 */
const HU_RETURNING = String.raw`vissza\s+fog(?:nak)?\s+térni|fog(?:nak)?\s+visszatérni|visszatér(?:nek)?`;
/**
 * A return whose verb comes after words of its clause (`A bizottság a következő ülésén visszatér erre a pontra`, `Az
 * elnökség később visszatér …`): found ahead within the clause, read as a reported return is (the words around the verb);
 * never from or over a conjunction (`…, hogy később visszatér`: the return reported after it; `… vette tudomásul és később
 * visszatér rá`: a note taken, then a return).
 */
const HU_RETURN_AHEAD = String.raw`(?!(?:hogy|és|de|amely\p{L}*|aki\p{L}*)${END})(?=(?:(?!\s(?:és|hogy|de)\s)[^,;:.!?]){1,200}?\s(?:${HU_RETURNING})${END})`;
/** A plural verb with no body before it in its clause (`A delegációk elfogadták …` is the delegations', `A COSI tagjai jóváhagyták …` the committee's). */
const HU_NO_BODY = String.raw`(?<!(?:delegációk|tagállamok|tagjai)\s[^,;:.]{0,200})`;
const HUNGARIAN = plainGrammar({
  when: { conjunctions: 'amikor', notAfter: '(?!)' },
  hint: /tudomásul|jóváhagyt|hagyt|támogatt|megállapod|megállapít|következtetés|határozott|döntött|egyetértett|elfogadt|fogadt|megerősített|eszmecser|üdvözölt|felkért|felhívt|megbízt|elhalaszt|elnapolt|vissza|levett/u,
  body: HU_BODY,
  others: COUNCIL_SUBJECTS.hu,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [saidThat(String.raw`(?:jelezt|közölt|bejelentett|kijelentett|megjegyezt|hangsúlyozt)(?:e|ék)`, 'hogy'), reportedReturn(HU_RETURNING)],
    [String.raw`tudomásul\s+vett${HU_PLURAL}${END}`, always('took-note')],
    [String.raw`jóváhagyt${HU_PLURAL}${END}`, always('approved')],
    [String.raw`támogatt${HU_PLURAL}${END}`, always('endorsed')],
    [String.raw`(?:megállapodott|megállapodtak|úgy\s+(?:határozott|döntött)(?:ak)?|egyetértett(?:ek)?)${END}`, always('agreed')],
    [String.raw`elfogadt${HU_PLURAL}${END}`, always('adopted')],
    [String.raw`megerősített${HU_PLURAL}${END}`, always('confirmed')],
    [String.raw`(?:eszmecserét\s+folytatott(?:ak)?|véleményt\s+cserélt(?:ek)?)${END}`, always('exchanged-views')],
    [String.raw`üdvözölt${HU_PLURAL}${END}`, always('welcomed')],
    [String.raw`(?:felkért${HU_PLURAL}|felhívt${HU_PLURAL})${END}`, always('invited')],
    [String.raw`megbízt${HU_PLURAL}${END}`, always('tasked')],
    [String.raw`(?:${HU_CONCLUDING}megállapított${HU_PLURAL}(?=,?\s+hogy${END})|(?:arra\s+a\s+)?következtetésre\s+jutott(?:ak)?)${END}`, always('concluded')],
    [String.raw`(?:elhalasztott${HU_PLURAL}|elnapolt${HU_PLURAL})${END}`, always('postponed')],
    [String.raw`(?:${HU_RETURNING})${END}`, always('will-return')],
    [HU_RETURN_AHEAD, reportedReturn(HU_RETURNING)],
    [String.raw`visszavont${HU_PLURAL}${END}`, always('withdrawn')],
    [
      HU_VERB_LAST,
      separable([
        [new RegExp(String.raw`\s+fogadt${HU_PLURAL}\s+el$`, 'u'), 'adopted'],
        [new RegExp(String.raw`\s+hagyt${HU_PLURAL}\s+jóvá$`, 'u'), 'approved'],
        [new RegExp(String.raw`\s+vett${HU_PLURAL}\s+tudomásul$`, 'u'), 'took-note'],
      ]),
    ],
  ],
  and: 'és',
  opens: 'hogy|de',
  relatives: 'amely|amelyet|amelyek|aki|akik',
  // words ending in the accusative before the body and its verb are an object set first (`A jelentést a bizottság
  // jóváhagyta.`, `A 13802/25 dokumentumban foglalt következtetéseket …`), not a word of time (`Most`)
  objectMarked: /^(?!Most(?![\p{L}]))[^,;:]*\p{L}t$/u,
  passive: verbAfterPassive({
    auxiliary: '(?!)',
    participles: [['(?!)', 'approved']],
    agent: /(?!)/u,
    subject: /^(?!.*\s(?:amely|amelyet|amelyek|aki|akik)$)(?![Aa]z?\s+(?:bizottság|Bizottság|COSI|[Ee]lnökség|Európai\s+Bizottság)(?![\p{L}]))\p{L}/u,
    // the agent with its postposition right before the verb (`A jelentést a bizottság által jóváhagyták`): who decided
    agentBefore: /\s[Aa]z?\s+(bizottság|COSI|[Ee]lnökség|Európai\s+Bizottság|Bizottság|Tanács)\s+által$/u,
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:és|hogy|de)\s+/gu,
    negation: /(?<![\p{L}])nem(?![\p{L}])/u,
    impersonal: [
      [String.raw`(?:elfogadták|fogadták\s+el)${END}${HU_NO_BODY}`, 'adopted'],
      [String.raw`(?:jóváhagyták|hagyták\s+jóvá)${END}${HU_NO_BODY}`, 'approved'],
      [String.raw`(?:elhalasztották|elnapolták)${END}${HU_NO_BODY}`, 'postponed'],
      [String.raw`megerősítették${END}${HU_NO_BODY}`, 'confirmed'],
      [String.raw`(?:visszavonták|levették\s+a\s+napirendről)${END}${HU_NO_BODY}`, 'withdrawn'],
    ],
  }),
});

/** The grammars of this module's languages. */
export const EAST_GRAMMARS: readonly Grammar[] = [BULGARIAN, CZECH, SLOVAK, SLOVENIAN, CROATIAN, ROMANIAN, GREEK, HUNGARIAN];
