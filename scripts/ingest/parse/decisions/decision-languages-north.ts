/**
 * Decisions as the Danish, Swedish, Finnish, Estonian, Latvian, Lithuanian, Maltese and Irish versions of an outcome
 * write them (`Komitéen noterede sig …`, `Kommittén godkände …`, `Komitea pani merkille …`, `Komitee võttis … teadmiseks`,
 * `Komiteja pieņēma zināšanai …`, `Komitetas pritarė …`, `Il-Kumitat ħa nota …`, `Thug an Coiste dá aire …`), and
 * their passives (`Dagsordenen blev vedtaget`, `Dagordningen godkändes`, `Esityslista hyväksyttiin`, `Päevakord võeti
 * vastu`, `Darba kārtība tika pieņemta`, `Darbotvarkė priimta`, `L-aġenda ġiet adottata`, `Glacadh leis an gclár
 * oibre`): who acts, the verb (the closed set's English value), where its object ends.
 */
import { AGENCIES, always, reportedReturn, saidThat, anyOf, END, type Grammar, type Reading, separable } from './decision-grammar.ts';
import { plainGrammar } from './decision-plain-grammar.ts';
import { verbAfterPassive } from './decision-passives.ts';
import { committeeNamePattern } from '../../../../src/shared/committee-names.ts';
import { COUNCIL_AGENTS, COUNCIL_SUBJECTS } from './council-bodies.ts';
import { MEMBERS_OF } from './committee-members.ts';

/**
 * `lükkas … edasi`: the particle ends the clause (`Komitee lükkas arutelu edasi.`) or stands before where to (`Komitee
 * lükkas arutelu edasi järgmisele koosolekule.`): off the object, where to kept in it as the impersonal keeps it
 * (`Arutelu lükati edasi järgmisele koosolekule.`) and the other versions do (`postponed the discussion to the next meeting`).
 */
const ET_POSTPONED: Reading = (object) => {
  const last = separable([[/\s+edasi$/u, 'postponed']])(object);
  if (last !== null) return last;
  const text = object.replace(/[\s.!?:]+$/u, '');
  const particle = /\s+edasi(?=\s+\p{Ll})/u.exec(text);
  return particle === null ? null : { verb: 'postponed', object: `${text.slice(0, particle.index)}${text.slice(particle.index + particle[0].length)}` };
};

/** A subject of a passive: a word, not a relative pronoun closing the words before it. */
const subjectNot = (relatives: string): RegExp => new RegExp(String.raw`^(?!.*\s(?:${relatives})$)\p{L}`, 'iu');

/** A language without a passive of auxiliary and participle: its passives are all impersonal (`Dagordningen godkändes`). */
const NO_PARTICIPLE = { auxiliary: '(?!)', participles: [['(?!)', 'approved']] as const, agent: /(?!)/u };

/** Danish: the verb second (`Derefter godkendte Komitéen …`), `tog … til efterretning` by its particle. */
const DA_BODY = String.raw`(?:${committeeNamePattern('da')}|[Kk]omitéen|[Uu]dvalget|COSI|[Ff]ormandskabet|(?:Europa-)?Kommissionen|[Dd]elegationerne|[Mm]edlemsstaterne|[Dd]en\s+\p{Ll}+\s+delegation)${END}|${AGENCIES}|${MEMBERS_OF.da}`;
const DANISH = plainGrammar({
  when: { conjunctions: 'da|når', notAfter: 'om' },
  hint: /(?<![\p{L}])(?:noterede|tog|godkendte|tilsluttede|støttede|blev|enedes|besluttede|nåede|vedtog|bekræftede|udvekslede|havde|holdt|foretog|glædede|bifaldt|opfordrede|anmodede|pålagde|bemyndigede|gav|vedtoges|godkendtes|er|konkluderede|udsatte|vil|ville|trak)(?![\p{L}])/u,
  body: DA_BODY,
  others: COUNCIL_SUBJECTS.da,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:oplyste|meddelte|sagde|erklærede|tilkendegav|bemærkede|anførte|understregede)`, 'at'),
      reportedReturn(String.raw`(?:vil|ville)\s+vende\s+tilbage\s+til`, String.raw`det|den|de`),
    ],
    [String.raw`noterede(?:\s+sig)?${END}`, always('took-note')],
    [String.raw`tog${END}`, separable([[/\s+til\s+efterretning$/u, 'took-note']])],
    [String.raw`godkendte${END}`, always('approved')],
    [String.raw`(?:tilsluttede\s+sig|støttede)${END}`, always('endorsed')],
    [String.raw`(?:blev\s+enige?(?:\s+om)?|enedes(?:\s+om)?|besluttede|nåede\s+til\s+enighed(?:\s+om)?)${END}`, always('agreed')],
    [String.raw`vedtog${END}`, always('adopted')],
    [String.raw`bekræftede${END}`, always('confirmed')],
    [
      String.raw`(?:udvekslede\s+synspunkter|(?:havde|holdt|foretog)\s+en\s+(?:kort\s+)?(?:udveksling\s+af\s+synspunkter|drøftelse))${END}`,
      always('exchanged-views'),
    ],
    [String.raw`(?:glædede\s+sig\s+over|bifaldt)${END}`, always('welcomed')],
    [String.raw`(?:opfordrede|anmodede)${END}`, always('invited')],
    [String.raw`(?:pålagde|bemyndigede|gav\s+mandat\s+til)${END}`, always('tasked')],
    [String.raw`konkluderede${END}`, always('concluded')],
    [String.raw`udsatte${END}`, always('postponed')],
    [String.raw`vil\s+vende\s+tilbage\s+til${END}`, always('will-return')],
    [String.raw`trak${END}`, separable([[/\s+tilbage$/u, 'withdrawn']])],
  ],
  and: 'og',
  opens: 'at|men',
  relatives: 'som|der|hvilket|hvilke',
  objectRelatives: 'som',
  adverb: { before: '', after: String.raw`(?:\s+(?:også|endvidere|desuden|derefter|herefter|enstemmigt)${END})?` },
  verbSecond: true,
  // a definite noun opening the clause is an object set first (`Rapporten godkendte udvalget.`, `Konklusionerne …`), not
  // an adverb ending the same way (`Desuden`, `Igen`)
  objectMarked: /^(?!(?:Desuden|Igen|Sammen|Herefter|Derefter)(?![\p{L}]))\p{Lu}\p{Ll}+(?:en|et|ne)(?![\p{L}])/u,
  passive: verbAfterPassive({
    auxiliary: String.raw`blev|er\s+blevet`,
    participles: [
      [String.raw`vedtaget`, 'adopted'],
      [String.raw`godkendt(?:e)?`, 'approved'],
      [String.raw`bekræftet`, 'confirmed'],
      [String.raw`taget\s+til\s+efterretning`, 'took-note'],
      [String.raw`udsat`, 'postponed'],
      [String.raw`(?:trukket\s+tilbage|taget\s+af\s+dagsordenen)`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+af\s+(${DA_BODY}|${COUNCIL_AGENTS.da})`, 'u'),
    subject: subjectNot('som|der|hvilket|hvilke'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:og|at|men)\s+/gu,
    negation: /(?<![\p{L}])(?:ikke|aldrig)(?![\p{L}])/u,
    impersonal: [
      [String.raw`vedtoges${END}`, 'adopted'],
      [String.raw`godkendtes${END}`, 'approved'],
    ],
  }),
});

/** Swedish: the verb second (`Därefter godkände kommittén …`); the s-passive states a decision with no one named (`Dagordningen godkändes`). */
const SV_BODY = String.raw`(?:${committeeNamePattern('sv')}|[Kk]ommittén|COSI|[Oo]rdförandeskapet|(?:Europeiska\s+)?[Kk]ommissionen|[Dd]elegationerna|[Mm]edlemsstaterna|[Dd]en\s+\p{Ll}+\s+delegationen)${END}|${AGENCIES}|${MEMBERS_OF.sv}`;
const SWEDISH = plainGrammar({
  when: { conjunctions: 'när', notAfter: 'om' },
  hint: /(?<![\p{L}])(?:noterade|tog|godkände|ställde|stödde|enades|kom|beslutade|beslöt|antog|bekräftade|utbytte|höll|hade|välkomnade|gladdes|uppmanade|anmodade|bjöd|gav|bemyndigade|uppdrog|godkändes|antogs|noterades|bekräftades|har|konstaterade|drog|sköt|sköts|kommer|återkommer|återkomma|drogs|ströks)(?![\p{L}])/u,
  body: SV_BODY,
  others: COUNCIL_SUBJECTS.sv,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:meddelade|uppgav|sade|sa|angav|förklarade|framhöll|betonade|påpekade)`, 'att'),
      reportedReturn(String.raw`(?:skulle|kommer\s+att)\s+återkomma\s+till|återkommer\s+till`, String.raw`det|den|de`),
    ],
    [String.raw`(?:noterade|tog\s+del\s+av)${END}`, always('took-note')],
    [String.raw`godkände${END}`, always('approved')],
    [String.raw`(?:ställde\s+sig\s+bakom|stödde)${END}`, always('endorsed')],
    [String.raw`(?:enades(?:\s+om)?|kom\s+överens(?:\s+om)?|beslutade|beslöt)${END}`, always('agreed')],
    [String.raw`antog${END}`, always('adopted')],
    [String.raw`bekräftade${END}`, always('confirmed')],
    [String.raw`(?:utbytte\s+åsikter|(?:höll|hade)\s+(?:en|ett)\s+(?:kort\s+)?(?:åsiktsutbyte|meningsutbyte|diskussion))${END}`, always('exchanged-views')],
    [String.raw`(?:välkomnade|gladdes\s+åt)${END}`, always('welcomed')],
    [String.raw`(?:uppmanade|anmodade|bjöd\s+in)${END}`, always('invited')],
    [String.raw`(?:gav\s+mandat\s+(?:till|åt)|bemyndigade|uppdrog\s+åt)${END}`, always('tasked')],
    [String.raw`(?:konstaterade\s+avslutningsvis|drog\s+(?:den\s+)?slutsatsen)${END}`, always('concluded')],
    [String.raw`sköt\s+upp${END}`, always('postponed')],
    [String.raw`sköt${END}`, separable([[/\s+upp$/u, 'postponed']])],
    [String.raw`(?:kommer\s+att\s+återkomma|återkommer)\s+till${END}`, always('will-return')],
    [String.raw`drog\s+tillbaka${END}`, always('withdrawn')],
    [String.raw`drog${END}`, separable([[/\s+tillbaka$/u, 'withdrawn']])],
  ],
  and: 'och',
  opens: 'att|men',
  relatives: 'som|vilken|vilket|vilka',
  objectRelatives: 'som',
  adverb: { before: '', after: String.raw`(?:\s+(?:också|även|vidare|därefter|sedan|enhälligt)${END})?` },
  verbSecond: true,
  // a definite noun opening the clause is an object set first (`Rapporten godkände kommittén.`, `Slutsatserna …`,
  // `Förslaget …`), not an adverb ending the same way (`Slutligen`, `Återigen`, `Även`)
  objectMarked: /^(?!(?:\p{L}*(?:ligen|igen)|Även|Sedan|Ändå)(?![\p{L}]))\p{Lu}\p{Ll}+(?:en|et|na)(?![\p{L}])/u,
  passive: verbAfterPassive({
    ...NO_PARTICIPLE,
    // the s-passive's agent after `av` (`Rapporten godkändes av rådet`)
    agent: new RegExp(String.raw`^\s+av\s+([Kk]ommittén|COSI|[Oo]rdförandeskapet|(?:Europeiska\s+)?[Kk]ommissionen|${COUNCIL_AGENTS.sv})${END}`, 'u'),
    subject: subjectNot('som|vilken|vilket|vilka'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:och|att|men)\s+/gu,
    negation: /(?<![\p{L}])(?:inte|ej|aldrig)(?![\p{L}])/u,
    impersonal: [
      [String.raw`(?:godkändes|har\s+godkänts)${END}`, 'approved'],
      [String.raw`(?:antogs|har\s+antagits)${END}`, 'adopted'],
      [String.raw`noterades${END}`, 'took-note'],
      [String.raw`bekräftades${END}`, 'confirmed'],
      [String.raw`(?:sköts\s+upp|har\s+skjutits\s+upp)${END}`, 'postponed'],
      [String.raw`(?:drogs\s+tillbaka|har\s+dragits\s+tillbaka|ströks(?=\s+från\s+dagordningen))${END}`, 'withdrawn'],
    ],
  }),
});

/**
 * Finnish: the past (`hyväksyi`, `hyväksyivät`); the impersonal passive states a decision with no one named
 * (`Esityslista hyväksyttiin`). The delegations decide only where no word counts them (`Useimmat valtuuskunnat tukivat
 * …` is a position, delegation-positions.ts).
 */
const FI_BODY = String.raw`(?:${committeeNamePattern('fi')}|[Kk]omitea|COSI|[Pp]uheenjohtajavaltio|[Pp]uheenjohtaja|(?:Euroopan\s+)?[Kk]omissio|(?<!(?:[Uu]seimmat|[Uu]seat|[Mm]onet|[Jj]otkin|[Jj]otkut|[Ee]räät|[Mm]uutamat|[Mm]uut|[Kk]aikki)\s)(?:[Vv]altuuskunnat|[Jj]äsenvaltiot))${END}|${AGENCIES}|${MEMBERS_OF.fi}`;
const FINNISH = plainGrammar({
  when: { conjunctions: 'kun', notAfter: '(?!)' },
  hint: /(?<![\p{L}])(?:(?:pani|merkitsi|hyväksyi|tuki|kannatti|sopi|päätti|oli|vahvisti|vaihtoi|kävi|suhtautui|kehotti|pyysi|antoi|valtuutti|totesi|päätteli|lykkäsi|palaa|palaavansa|veti)(?:vat|vät)?|lykättiin|hyväksyttiin|vahvistettiin|pantiin|sovittiin|päätettiin|poistettiin|vedettiin)(?![\p{L}])/u,
  body: FI_BODY,
  others: COUNCIL_SUBJECTS.fi,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [saidThat(String.raw`(?:ilmoitti|totesi|kertoi|sanoi|huomautti)(?:vat)?`, 'että'), reportedReturn(String.raw`palaa(?:vat)?`, String.raw`se|ne`)],
    // `ilmoitti palaavansa asiaan`, said it would return to the matter: the participle of returning, the object after it
    [String.raw`(?:ilmoitti|totesi|kertoi|sanoi)(?:vat)?\s+palaavansa${END}`, always('will-return')],
    [String.raw`(?:pani(?:vat)?\s+tyytyväisenä\s+merkille|suhtautui(?:vat)?\s+myönteisesti)${END}`, always('welcomed')],
    [String.raw`(?:pani(?:vat)?\s+merkille|merkitsi(?:vät)?\s+tiedoksi)${END}`, always('took-note')],
    [String.raw`hyväksyi(?:vät)?${END}`, always('approved')],
    [String.raw`(?:tuki(?:vat)?|kannatti(?:vat)?)${END}`, always('endorsed')],
    [String.raw`(?:sopi(?:vat)?|päätti(?:vät)?|oli(?:vat)?\s+yhtä\s+mieltä)${END}`, always('agreed')],
    [String.raw`vahvisti(?:vat)?${END}`, always('confirmed')],
    [String.raw`(?:vaihtoi(?:vat)?\s+näkemyksiä|kävi(?:vät)?\s+(?:lyhyen\s+)?(?:näkemystenvaihdon|keskustelun))${END}`, always('exchanged-views')],
    [String.raw`(?:kehotti(?:vat)?|pyysi(?:vät)?)${END}`, always('invited')],
    [String.raw`(?:antoi(?:vat)?\s+tehtäväksi|valtuutti(?:vat)?)${END}`, always('tasked')],
    [String.raw`(?:totesi(?:vat)?\s+lopuksi|päätteli(?:vät)?)${END}`, always('concluded')],
    [String.raw`lykkäsi(?:vät)?${END}`, always('postponed')],
    [String.raw`palaa(?:vat)?${END}`, always('will-return')],
    [String.raw`veti(?:vät)?\s+pois${END}`, always('withdrawn')],
    [String.raw`veti(?:vät)?${END}`, separable([[/\s+pois$/u, 'withdrawn']])],
  ],
  and: 'ja',
  opens: 'että|mutta',
  relatives: 'joka|jotka|jonka|joita|mikä|mitkä',
  // `…, jonka komitea hyväksyi`: the committee the subject, the pronoun its object (relative-objects.ts)
  objectRelatives: 'jonka|joita',
  passive: verbAfterPassive({
    ...NO_PARTICIPLE,
    // the body the passive's decision was taken in (`Kertomus hyväksyttiin neuvostossa`, `… komiteassa`): who took it
    agent: new RegExp(String.raw`^\s+([Kk]omiteassa|COSI(?:ssa|:ssa)|${COUNCIL_AGENTS.fi})${END}`, 'u'),
    subject: subjectNot('joka|jotka|jonka|joita|mikä|mitkä'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:ja|että|mutta)\s+/gu,
    negation: /(?<![\p{L}])(?:ei|eivät)(?![\p{L}])/u,
    impersonal: [
      [String.raw`hyväksyttiin${END}`, 'approved'],
      [String.raw`vahvistettiin${END}`, 'confirmed'],
      [String.raw`pantiin\s+merkille${END}`, 'took-note'],
      [String.raw`(?:sovittiin|päätettiin)${END}`, 'agreed'],
      [String.raw`lykättiin${END}`, 'postponed'],
      [String.raw`(?:poistettiin(?=\s+esityslistalta)|vedettiin\s+pois)${END}`, 'withdrawn'],
    ],
  }),
});

/** Estonian: `võttis … teadmiseks`, `võttis … vastu` by the particle ending the clause; the impersonal `võeti vastu`. */
const ET_BODY = String.raw`(?:${committeeNamePattern('et')}|[Kk]omitee|COSI|[Ee]esistujariik|[Ee]esistuja|(?:Euroopa\s+)?[Kk]omisjon|[Dd]elegatsioonid|[Ll]iikmesriigid)${END}|${AGENCIES}|${MEMBERS_OF.et}`;
/** The Estonian bodies as an agent names them before `poolt` (by), in the forms read as who decided: the committee, an agency, the Council. */
const ET_AGENT = String.raw`(?:${committeeNamePattern('et')}|[Kk]omitee|COSI|${AGENCIES}|[Nn]õukogu)`;
const ESTONIAN = plainGrammar({
  hint: /(?<![\p{L}])(?:võttis|võtsid|kiitis|kiitsid|toetas|toetasid|leppis|leppisid|otsustas|otsustasid|nõustus|nõustusid|kinnitas|kinnitasid|vahetas|vahetasid|pidas|pidasid|tervitas|tervitasid|kutsus|kutsusid|palus|palusid|volitas|volitasid|võeti|kiideti|lepiti|järeldas|järeldasid|tegi|tegid|lükkas|lükkasid|lükati|naaseb|naasevad)(?![\p{L}])/u,
  body: ET_BODY,
  others: COUNCIL_SUBJECTS.et,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [saidThat(String.raw`(?:teatas|ütles|märkis|selgitas|rõhutas)(?:id)?`, 'et'), reportedReturn(String.raw`naase(?:b|vad)`, String.raw`ta|see|nad`)],
    [String.raw`(?:võttis|võtsid)\s+teadmiseks${END}`, always('took-note')],
    [String.raw`(?:kiitis|kiitsid)\s+heaks${END}`, always('approved')],
    [String.raw`(?:võttis|võtsid)\s+vastu${END}`, always('adopted')],
    [
      String.raw`(?:võttis|võtsid|kiitis|kiitsid)${END}`,
      separable([
        [/\s+teadmiseks$/u, 'took-note'],
        [/\s+vastu$/u, 'adopted'],
        [/\s+heaks$/u, 'approved'],
        [/\s+(?:tagasi|päevakorrast\s+maha)$/u, 'withdrawn'],
      ]),
    ],
    [String.raw`(?:toetas|toetasid)${END}`, always('endorsed')],
    [String.raw`(?:leppis|leppisid)\s+kokku${END}|(?:otsustas|otsustasid|nõustus|nõustusid)${END}`, always('agreed')],
    [String.raw`(?:kinnitas|kinnitasid)${END}`, always('confirmed')],
    [String.raw`(?:vahetas|vahetasid)\s+arvamusi${END}|(?:pidas|pidasid)\s+(?:lühikese\s+)?arvamuste\s+vahetuse${END}`, always('exchanged-views')],
    [String.raw`(?:tervitas|tervitasid)${END}`, always('welcomed')],
    [String.raw`(?:kutsus|kutsusid|palus|palusid)${END}`, always('invited')],
    [String.raw`(?:volitas|volitasid)${END}`, always('tasked')],
    [String.raw`(?:järeldas|järeldasid|tegi\s+järelduse|tegid\s+järelduse)${END}`, always('concluded')],
    [String.raw`(?:lükkas|lükkasid)\s+edasi${END}`, always('postponed')],
    [String.raw`(?:lükkas|lükkasid)${END}`, ET_POSTPONED],
    [String.raw`(?:naaseb|naasevad)${END}`, always('will-return')],
  ],
  and: 'ja',
  opens: 'et|kuid',
  relatives: 'mis|kes|mille|millega|mida',
  passive: verbAfterPassive({
    ...NO_PARTICIPLE,
    // the agent with its postposition, after the impersonal verb (`Aruanne kiideti heaks komitee poolt`) or before it
    // (`Aruanne komitee poolt kiideti heaks`), or opening the clause (`Komitee poolt lepiti kokku järeldused`): who decided, its name without `poolt`
    // and between the impersonal verb and its particle (`Järeldused kiideti komitee poolt heaks`): the particle goes with it
    agent: new RegExp(String.raw`^\s+(${ET_AGENT})\s+poolt${END}(?:\s+(?:heaks|vastu|teadmiseks|kokku|edasi)${END})?`, 'u'),
    agentBefore: new RegExp(String.raw`(?:^|\s)(${ET_AGENT})\s+poolt$`, 'u'),
    subject: subjectNot('mis|kes|mille|millega|mida'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:ja|et|kuid)\s+/gu,
    negation: /(?<![\p{L}])(?:ei|mitte)(?![\p{L}])/u,
    impersonal: [
      [String.raw`võeti\s+vastu${END}`, 'adopted'],
      [String.raw`kiideti\s+heaks${END}`, 'approved'],
      [String.raw`võeti\s+teadmiseks${END}`, 'took-note'],
      [String.raw`lepiti\s+kokku${END}`, 'agreed'],
      [String.raw`lükati\s+edasi${END}`, 'postponed'],
      [String.raw`võeti\s+(?:tagasi|päevakorrast\s+maha)${END}`, 'withdrawn'],
      // the agent between the verb and its particle (`… kiideti komitee poolt heaks`), which the agent's pattern takes
      [String.raw`kiideti(?=\s+${ET_AGENT}\s+poolt\s+heaks${END})`, 'approved'],
      [String.raw`võeti(?=\s+${ET_AGENT}\s+poolt\s+vastu${END})`, 'adopted'],
      [String.raw`võeti(?=\s+${ET_AGENT}\s+poolt\s+teadmiseks${END})`, 'took-note'],
      [String.raw`lepiti(?=\s+${ET_AGENT}\s+poolt\s+kokku${END})`, 'agreed'],
      [String.raw`lükati(?=\s+${ET_AGENT}\s+poolt\s+edasi${END})`, 'postponed'],
    ],
  }),
});

/** Latvian: the past (`apstiprināja`); the passive with `tika` (`Darba kārtība tika pieņemta`). */
const LV_BODY = String.raw`(?:${committeeNamePattern('lv')}|[Kk]omiteja|COSI|[Pp]rezidentvalsts|(?:Eiropas\s+)?[Kk]omisija|[Dd]elegācijas|[Dd]alībvalstis)${END}|${AGENCIES}|${MEMBERS_OF.lv}`;
const LATVIAN = plainGrammar({
  when: { conjunctions: 'kad', notAfter: 'par' },
  hint: /(?<![\p{L}])(?:pieņēma|ņēma|apstiprināja|atbalstīja|vienojās|nolēma|piekrita|apliecināja|apmainījās|veica|atzinīgi|apsveica|aicināja|uzdeva|pilnvaroja|secināja|atlika|tika|tiek|ticis|tikusi|tikuši|tikušas|atgriezīsies|atsauca)(?![\p{L}])/u,
  body: LV_BODY,
  others: COUNCIL_SUBJECTS.lv,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [saidThat(String.raw`(?:norādīja|paziņoja|informēja|minēja|uzsvēra)`, 'ka'), reportedReturn(String.raw`atgriezīsies\s+pie`, String.raw`tā|tas|tie|tās`)],
    [String.raw`(?:pieņēma\s+zināšanai|ņēma\s+vērā)${END}`, always('took-note')],
    [String.raw`pieņēma${END}`, always('adopted')],
    [String.raw`apstiprināja${END}`, always('approved')],
    [String.raw`atbalstīja${END}`, always('endorsed')],
    [String.raw`(?:vienojās|nolēma|piekrita)${END}`, always('agreed')],
    [String.raw`apliecināja${END}`, always('confirmed')],
    [String.raw`(?:apmainījās\s+ar\s+viedokļiem|veica\s+viedokļu\s+apmaiņu)${END}`, always('exchanged-views')],
    [String.raw`(?:atzinīgi\s+(?:novērtēja|vērtēja)|apsveica)${END}`, always('welcomed')],
    [String.raw`aicināja${END}`, always('invited')],
    [String.raw`(?:uzdeva|pilnvaroja)${END}`, always('tasked')],
    [String.raw`secināja${END}`, always('concluded')],
    [String.raw`atlika${END}`, always('postponed')],
    [String.raw`atgriezīsies\s+pie${END}`, always('will-return')],
    [String.raw`atsauca${END}`, always('withdrawn')],
  ],
  and: 'un',
  opens: 'ka|bet',
  relatives: 'kas|kurš|kura|kuri|kuras|kuru',
  passive: verbAfterPassive({
    auxiliary: String.raw`tika|tiek|ir\s+(?:ticis|tikusi|tikuši|tikušas)`,
    participles: [
      [String.raw`pieņemt(?:a|s|i|as)`, 'adopted'],
      [String.raw`apstiprināt(?:a|s|i|as)`, 'approved'],
      [String.raw`atbalstīt(?:a|s|i|as)`, 'endorsed'],
      [String.raw`atlikt(?:a|s|i|as)`, 'postponed'],
      [String.raw`(?:atsaukt(?:a|s|i|as)|(?:svītrot|izņemt)(?:a|s|i|as)(?=\s+no\s+darba\s+kārtības))`, 'withdrawn'],
    ],
    agent: /(?!)/u,
    subject: subjectNot('kas|kurš|kura|kuri|kuras|kuru'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:un|ka|bet)\s+/gu,
    negation: /(?<![\p{L}])ne(?:tika|tiek)?(?![\p{L}])/u,
    impersonal: [],
  }),
});

/**
 * Lithuanian: the past (`pritarė`, `atsižvelgė į`); a decision with no one named, a participle after its subject ending
 * the clause or before `kaip` (`Darbotvarkė priimta, kaip nurodyta …`), not one standing as an adjective inside a noun phrase.
 */
const LT_BODY = String.raw`(?:${committeeNamePattern('lt')}|[Kk]omitetas|COSI|[Pp]irmininkaujanti(?:oji)?\s+valstybė\s+narė|[Pp]irmininkas|(?:Europos\s+)?[Kk]omisija|[Dd]elegacijos|[Vv]alstybės\s+narės)${END}|${AGENCIES}|${MEMBERS_OF.lt}`;
const LT_CLAUSE_END = String.raw`(?=\s*(?:,|\.|;|$)|\s+kaip${END})`;
const LITHUANIAN = plainGrammar({
  when: { conjunctions: 'kai(?!\\s+kuri)|kada', notAfter: 'apie' },
  hint: /(?<![\p{L}])(?:atsižvelgė|susipažino|pritarė|patvirtino|palaikė|parėmė|susitarė|nusprendė|sutiko|priėmė|pasikeitė|apsikeitė|palankiai|pasveikino|paragino|paprašė|įgaliojo|pavedė|padarė|apibendrino|atidėjo|grįš|atsiėmė|(?:priimt|patvirtint|atidėt|atsiimt|išbraukt)(?:a|as|i|os))(?![\p{L}])/u,
  body: LT_BODY,
  others: COUNCIL_SUBJECTS.lt,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [saidThat(String.raw`(?:nurodė|pranešė|pareiškė|informavo|pažymėjo)`, 'kad'), reportedReturn(String.raw`grįš\s+prie`, String.raw`ji|jis|jie|jos`)],
    [String.raw`(?:atsižvelgė\s+į|susipažino\s+su)${END}`, always('took-note')],
    [String.raw`(?:pritarė|patvirtino)${END}`, always('approved')],
    [String.raw`(?:palaikė|parėmė)${END}`, always('endorsed')],
    [String.raw`(?:susitarė|nusprendė|sutiko)${END}`, always('agreed')],
    [String.raw`priėmė${END}`, always('adopted')],
    [String.raw`(?:pasikeitė|apsikeitė)\s+nuomonėmis${END}`, always('exchanged-views')],
    [String.raw`(?:palankiai\s+įvertino|pasveikino)${END}`, always('welcomed')],
    [String.raw`(?:paragino|paprašė)${END}`, always('invited')],
    [String.raw`(?:įgaliojo|pavedė)${END}`, always('tasked')],
    [String.raw`(?:padarė\s+išvadą|apibendrino)${END}`, always('concluded')],
    [String.raw`atidėjo${END}`, always('postponed')],
    [String.raw`grįš\s+prie${END}`, always('will-return')],
    [String.raw`atsiėmė${END}`, always('withdrawn')],
  ],
  and: 'ir',
  opens: 'kad|bet|tačiau',
  relatives: 'kuris|kuri|kurie|kurios|kurį|kurią',
  passive: verbAfterPassive({
    ...NO_PARTICIPLE,
    subject: subjectNot('kuris|kuri|kurie|kurios|kurį|kurią'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:ir|kad|bet|tačiau)\s+/gu,
    negation: /(?<![\p{L}])ne(?![\p{L}])/u,
    impersonal: [
      [String.raw`(?:buvo\s+)?priimt(?:a|as|i|os)${LT_CLAUSE_END}`, 'adopted'],
      [String.raw`(?:buvo\s+)?patvirtint(?:a|as|i|os)${LT_CLAUSE_END}`, 'approved'],
      [String.raw`(?:buvo\s+)?atidėt(?:a|as|i|os)${LT_CLAUSE_END}`, 'postponed'],
      // withdrawn from the agenda: `buvo išbrauktas iš darbotvarkės`, the place after it
      [String.raw`(?:buvo\s+(?:atsiimt(?:a|as|i|os)${END}|išbraukt(?:a|as|i|os)(?=\s+iš\s+darbotvarkės))|atsiimt(?:a|as|i|os)${LT_CLAUSE_END})`, 'withdrawn'],
    ],
  }),
});

/**
 * Maltese: the past, masculine, feminine and plural (`approva`, `approvat`, `approvaw`: the feminine for `il-Presidenza`,
 * `il-Kummissjoni`), `ħa nota`; a conclusion `ikkonkluda li …`, `wasal għall-konklużjoni li …`; a postponement
 * `ippospona`, `iddiferixxa` (their `i` dropped after a vowel: `il-Presidenza kkonkludiet`); the passive with `ġie`/`ġiet` (`L-aġenda ġiet adottata`, `Il-punt ġie pospost`).
 */
const MT_BODY = String.raw`(?:${committeeNamePattern('mt')}|[Ii]l-Kumitat|(?:[Ii]l-)?COSI|[Ii]l-Presidenza|[Ii]l-Kummissjoni(?:\s+Ewropea)?|[Ii]d-delegazzjonijiet|[Ll]-Istati\s+Membri)${END}|${AGENCIES}|${MEMBERS_OF.mt}`;
/** A verb's past in the three persons a body takes (`qabel`, `qablet`, `qablu`), as alternatives. */
const mtPast = (...forms: string[]): string => `(?:${forms.join('|')})`;
const MALTESE = plainGrammar({
  when: { conjunctions: 'meta', notAfter: 'dwar' },
  hint: /(?<![\p{L}])(?:ħa|ħadet|ħadu|i?nnota|i?nnotat|i?nnotaw|approva|approvat|approvaw|appoġġa|appoġġat|appoġġaw|qabel|qablet|qablu|i?ddeċieda|i?ddeċidiet|i?ddeċidew|ftiehem|ftiehmet|ftiehmu|laħaq|laħqet|laħqu|adotta|adottat|adottaw|i?kkonferma|i?kkonfermat|i?kkonfermaw|skambja|skambjat|skambjaw|kellu|kellha|kellhom|laqa['’]|laqgħet|laqgħu|stieden|stiednet|stiednu|inkariga|inkarigat|inkarigaw|i?kkonkluda|i?kkonkludiet|i?kkonkludew|wasal|waslet|waslu|i?ppospona|i?pposponiet|i?pposponew|pospona|posponiet|posponew|i?ddiferixxa|i?ddiferiet|i?ddiferixxiet|i?ddiferixxew|ġie|ġiet|ġew|kien|kienet|kienu|se|irtira|irtirat|irtiraw)(?![\p{L}'’])/u,
  body: MT_BODY,
  others: COUNCIL_SUBJECTS.mt,
  phrases: [
    // first: `… that it would return` is a return, whatever the verb of saying before it
    [
      saidThat(String.raw`(?:indika|indikat|indikaw|qal|qalet|qalu|iddikjara|iddikjarat|iddikjaraw|ħabbar|ħabbret|ħabbru|stqarr|stqarret)`, 'li'),
      reportedReturn(String.raw`se\s+(?:(?:jerġa['’]|terġa['’]|jerġgħu)\s+lura|[jt]irritorna|jirritornaw)`),
    ],
    [String.raw`${mtPast('ħa', 'ħadet', 'ħadu')}\s+nota${END}|${mtPast('i?nnota', 'i?nnotat', 'i?nnotaw')}${END}`, always('took-note')],
    [String.raw`${mtPast('approva', 'approvat', 'approvaw')}${END}`, always('approved')],
    [String.raw`${mtPast('appoġġa', 'appoġġat', 'appoġġaw')}${END}`, always('endorsed')],
    [
      String.raw`${mtPast('qabel', 'qablet', 'qablu', 'i?ddeċieda', 'i?ddeċidiet', 'i?ddeċidew', 'ftiehem', 'ftiehmet', 'ftiehmu')}${END}|${mtPast('laħaq', 'laħqet', 'laħqu')}\s+qbil${END}`,
      always('agreed'),
    ],
    [String.raw`${mtPast('adotta', 'adottat', 'adottaw')}${END}`, always('adopted')],
    [String.raw`${mtPast('i?kkonferma', 'i?kkonfermat', 'i?kkonfermaw')}${END}`, always('confirmed')],
    [
      String.raw`(?:${mtPast('skambja', 'skambjat', 'skambjaw')}\s+fehmiet|${mtPast('kellu', 'kellha', 'kellhom')}\s+skambju\s+ta['’]\s+fehmiet)${END}`,
      always('exchanged-views'),
    ],
    [String.raw`(?:laqa['’]|laqgħet|laqgħu)(?=\s)`, always('welcomed')],
    [String.raw`${mtPast('stieden', 'stiednet', 'stiednu')}${END}`, always('invited')],
    [String.raw`(?:${mtPast('inkariga', 'inkarigat', 'inkarigaw')}|ta\s+mandat\s+lil)${END}`, always('tasked')],
    [
      String.raw`(?:${mtPast('i?kkonkluda', 'i?kkonkludiet', 'i?kkonkludew')}|${mtPast('wasal', 'waslet', 'waslu')}\s+għall-konklużjoni)${END}`,
      always('concluded'),
    ],
    [
      String.raw`${mtPast('i?ppospona', 'i?pposponiet', 'i?pposponew', 'pospona', 'posponiet', 'posponew', 'i?ddiferixxa', 'i?ddiferiet', 'i?ddiferixxiet', 'i?ddiferixxew')}${END}`,
      always('postponed'),
    ],
    [String.raw`se\s+(?:(?:jerġa['’]|terġa['’]|jerġgħu)\s+lura|[jt]irritorna|jirritornaw)(?=\s)`, always('will-return')],
    [String.raw`${mtPast('i?rtira', 'i?rtirat', 'i?rtiraw')}${END}`, always('withdrawn')],
  ],
  and: 'u',
  opens: 'iżda|imma',
  relatives: 'li',
  passive: verbAfterPassive({
    auxiliary: String.raw`ġie|ġiet|ġew|kien|kienet|kienu`,
    participles: [
      [String.raw`adottat[ai]?`, 'adopted'],
      [String.raw`approvat[ai]?`, 'approved'],
      [String.raw`ikkonfermat[ai]?`, 'confirmed'],
      [String.raw`appoġġjat[ai]?`, 'endorsed'],
      [String.raw`(?:pospost[ai]?|posposta|differit[ai]?)`, 'postponed'],
      [String.raw`i?rtirat[ai]?`, 'withdrawn'],
    ],
    agent: new RegExp(String.raw`^\s+mill-(Kumitat|Presidenza|Kummissjoni|${COUNCIL_AGENTS.mt})${END}`, 'u'),
    subject: subjectNot('li'),
    clauseOpening: /[;:,]\s*|(?<![\p{L}])(?:u|li|iżda|imma)\s+/gu,
    negation: /(?<![\p{L}])(?:ma|mhux|ebda)(?![\p{L}])/u,
    impersonal: [],
  }),
});

/**
 * Irish: the verb opens its clause, its subject after it (`Thug an Coiste dá aire an fhaisnéis`, `D'fhormheas an Coiste
 * na conclúidí`), the words after the subject completing some verbs (`Thug … dá aire`, `Chuir … fáilte roimh`, `Rinne …
 * malartú tuairimí`, `Chuir … ar athló`: postponed, `Tháinig … ar an gconclúid go`: concluded); the autonomous form
 * states a decision with no one named (`Glacadh leis an gclár oibre`, `Cuireadh an plé ar athló`). The Council is
 * `an Chomhairle`, lenited after its article (`D'fhormheas an Chomhairle na conclúidí`), and Coreper its acronym.
 */
const GA_BODY = String.raw`(?:an\s+${committeeNamePattern('ga')}|an\s+Coiste(?:\s+Seasta)?|COSI|an\s+t?Uachtaránacht|an\s+Coimisiún(?:\s+Eorpach)?|na\s+toscaireachtaí|na\s+Ballstáit|an\s+Chomhairle|(?:an\s+)?(?:Coreper|COREPER))${END}|${AGENCIES}|${MEMBERS_OF.ga}`;

/** A verb completed by the words after its subject: its decision and the object after them, else none. */
const completedBy =
  (
    completions: ReadonlyArray<
      readonly [RegExp, 'took-note' | 'welcomed' | 'endorsed' | 'exchanged-views' | 'invited' | 'concluded' | 'withdrawn' | 'will-return']
    >,
  ): Reading =>
  (object) => {
    for (const [words, verb] of completions) {
      const found = words.exec(object);
      if (found !== null) return { verb, object: object.slice(found[0].length) };
    }
    return null;
  };

/** `Chuir … ar athló` / `Chuir … siar`: a postponement, what was put off the words around the particle; else `Chuir … fáilte roimh`. */
const GA_PUT: Reading = (object) => {
  const welcomed = completedBy([[/^\s*fáilte\s+roimh(?=\s)/u, 'welcomed']])(object);
  if (welcomed !== null) return welcomed;
  const off = /\s(?:ar\s+athló|siar)(?![\p{L}])/u.exec(` ${object}`);
  return off === null ? null : { verb: 'postponed', object: `${object.slice(0, Math.max(0, off.index - 1))}${object.slice(off.index - 1 + off[0].length)}` };
};

/**
 * `Ghlac … le`: adopted or accepted, what was taken after the preposition the verb takes (`Ghlac an Coiste leis an
 * tuarascáil`, `leis na conclúidí`, `le moladh …`): the object is what follows it, as `Glacadh leis an gclár oibre`'s.
 */
const GA_ACCEPT: Reading = (object) => ({ verb: 'adopted', object: object.replace(/^(\s*)le(?:is)?\s+/u, '$1') });

const GA_PHRASES: ReadonlyArray<readonly [string, Reading]> = [
  // `Dúirt an Uachtaránacht go bhfillfeadh sí ar an mír seo`: said that it would return to …
  [String.raw`(?:[Dd]úirt|[Ll]uaigh|[Dd]['’]fhógair)`, reportedReturn(String.raw`bhfill(?:feadh|fidh)\s+(?:sí|sé|siad)(?:\s+ar)?`, 'go')],
  [
    String.raw`[Tt]hug`,
    completedBy([
      [/^\s*(?:dá\s+(?:n-)?aire|faoi\s+deara)(?=\s)/u, 'took-note'],
      [/^\s*tacaíocht\s+(?:do|don|le)(?=\s)/u, 'endorsed'],
      [/^\s*cuireadh\s+(?:do|don)(?=\s)/u, 'invited'],
      // `Thug an Uachtaránacht le fios go bhfillfeadh sí ar …`: made known that it would return to …
      [/^\s*le\s+fios\s+go\s+bhfill(?:feadh|fidh)\s+(?:sí|sé|siad)(?:\s+ar)?(?=\s)/u, 'will-return'],
    ]),
  ],
  [String.raw`[Dd]['’]fhormheas`, always('approved')],
  [String.raw`(?:[Dd]['’]fhormhuinigh|[Tt]hacaigh)`, always('endorsed')],
  [String.raw`(?:[Cc]homhaontaigh|[Dd]['’]aontaigh|[Cc]hinn)`, always('agreed')],
  [String.raw`[Gg]hlac`, GA_ACCEPT],
  [String.raw`[Dd]heimhnigh`, always('confirmed')],
  [String.raw`[Rr]inne`, completedBy([[/^\s*malartú\s+tuairimí(?:\s+(?:ar|faoi))?(?=\s)/u, 'exchanged-views']])],
  [String.raw`[Cc]huir`, GA_PUT],
  [String.raw`[Tt]háinig`, completedBy([[/^\s*ar\s+an\s+(?:gconclúid|tátal)(?=\s)/u, 'concluded']])],
  [String.raw`[Dd]['’]fháiltigh`, always('welcomed')],
  [String.raw`[Dd]['’]iarr`, always('invited')],
  [String.raw`[Ss]hainordaigh`, always('tasked')],
  [String.raw`[Ff]illfidh`, always('will-return')],
  [String.raw`[Tt]harraing`, completedBy([[/^\s*siar(?=\s)/u, 'withdrawn']])],
];

const IRISH_PLAIN = plainGrammar({
  when: { conjunctions: 'nuair', notAfter: 'faoi' },
  hint: /(?<![\p{L}])(?:[Tt]hug|[Dd]úirt|[Ll]uaigh|[Dd]['’]fhógair|[Dd]['’]fhormheas|[Dd]['’]fhormhuinigh|[Tt]hacaigh|[Cc]homhaontaigh|[Dd]['’]aontaigh|[Cc]hinn|[Gg]hlac|[Dd]heimhnigh|[Rr]inne|[Cc]huir|[Tt]háinig|[Dd]['’]fháiltigh|[Dd]['’]iarr|[Ss]hainordaigh|[Ff]illfidh|[Tt]harraing|[Tt]arraingíodh|[Gg]lacadh|[Ff]ormheasadh|[Cc]omhaontaíodh|[Tt]ugadh|[Cc]uireadh|[Cc]inneadh)(?![\p{L}])/u,
  body: GA_BODY,
  phrases: GA_PHRASES,
  and: 'agus',
  opens: 'go|ach',
  relatives: 'a|ar|atá',
  passive: verbAfterPassive({
    ...NO_PARTICIPLE,
    subject: /(?!)/u,
    clauseOpening: /[;:,]\s*/gu,
    negation: /(?<![\p{L}])(?:níor|ní|nach)(?![\p{L}])/u,
    impersonal: [
      // `Glacadh leis an gclár oibre`: what was adopted after the preposition the verb takes
      [String.raw`[Gg]lacadh(?:\s+le(?:is)?(?=\s))?${END}`, 'adopted'],
      [String.raw`[Ff]ormheasadh${END}`, 'approved'],
      [String.raw`[Cc]omhaontaíodh${END}`, 'agreed'],
      // `Cinneadh … a lorg`, it was decided to seek …: the impersonal past of `cinn` before what was decided (a verbal noun
      // with `a`, `go`, `filleadh`), never the noun `Cinneadh (AE) 2017/…`, a decision of the Council
      [String.raw`[Cc]inneadh${END}(?!\s*\()(?=\s+(?:go|nach|filleadh)\s|[^.;:(]{0,200}\sa\s+\p{L}+)`, 'agreed'],
      [String.raw`[Tt]ugadh\s+dá\s+aire${END}`, 'took-note'],
      [String.raw`[Cc]uireadh${END}(?=[^.;:]{0,200}\s(?:ar\s+athló|siar)${END})`, 'postponed'],
      [String.raw`[Tt]arraingíodh${END}(?=[^.;:]{0,200}\ssiar${END})`, 'withdrawn'],
    ],
  }),
});

/**
 * The Irish grammar: its clause opens with the verb phrase, then the body (group 1, read ahead of the verb so that the
 * groups are numbered as every grammar's: body, then phrases), the object after the body.
 */
const IRISH: Grammar = {
  ...IRISH_PLAIN,
  active: new RegExp(
    String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])agus\s{1,3})(?=(?:${anyOf(GA_PHRASES.map(([source]) => source))})\s+(${GA_BODY}))(?:${GA_PHRASES.map(([source]) => `(${source})`).join('|')})\s+(?:${GA_BODY})`,
    'gu',
  ),
};

/** The grammars of this module's languages. */
export const NORTH_GRAMMARS: readonly Grammar[] = [DANISH, SWEDISH, FINNISH, ESTONIAN, LATVIAN, LITHUANIAN, MALTESE, IRISH];
