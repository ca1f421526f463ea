import { ACTORS } from './actors.ts';

/**
 * Who sends and receives Council documents: the senders and recipients a header's `From:` and `To:` name. The EU
 * bodies, agencies, working parties, Presidencies and delegations of the actor table count as they are spelled
 * there; this list adds the Council's own bodies and usual correspondents that the actor table does not count as
 * actors (the Presidency without a country, the General Secretariat, the delegations, Coreper's parts, the Council,
 * COSI itself), in English, French and German, in Danish as national parliaments publish the versions, and in the other languages
 * of the register's versions (Italian, Spanish, Portuguese, Dutch, Polish, Swedish, Greek, Czech, Bulgarian, Romanian,
 * Croatian, Slovak, Slovenian, Estonian, Lithuanian, Latvian, Maltese, Hungarian, Finnish, Irish).
 */
const COUNCIL_CORRESPONDENTS: readonly string[] = [
  // Presidency and secretariat
  'Presidency',
  'The Presidency',
  'Incoming Presidency',
  'Présidence',
  'La présidence',
  // a French note's sender in lower case as its header prints it (`Origine:` / `la présidence`)
  'la présidence',
  'Vorsitz',
  'Der Vorsitz',
  // an older German header's sender after `des` (genitive): `des` / `Vorsitzes`, `des` / `Generalsekretariats des Rates`
  'Vorsitzes',
  'General Secretariat of the Council',
  'General Secretariat',
  'Council General Secretariat',
  'Council Secretariat',
  'Secretariat',
  'GSC',
  'Secrétariat général du Conseil',
  'Secrétariat général',
  'Generalsekretariat des Rates',
  'Generalsekretariats des Rates',
  'Generalsekretariat',
  // delegations and Member States
  'Delegations',
  'delegations',
  "Member States' delegations",
  'Member States’ delegations',
  'Member States',
  'Délégations',
  'délégations',
  'Delegationen',
  // Council, Coreper and their parts
  'Council',
  'Conseil',
  'Rat',
  'Permanent Representatives Committee',
  'Comité des représentants permanents',
  'Ausschuss der Ständigen Vertreter',
  'AStV',
  'COREPER',
  'Coreper',
  'General Affairs Council',
  'Foreign Affairs Council',
  'Justice and Home Affairs Council',
  'JHA Council',
  'European Council',
  'National Parliaments',
  'national Parliaments',
  'national parliaments',
  'the national parliaments',
  'the national Parliaments',
  'Parlements nationaux',
  'Nationale Parlamente',
  'Parlamenti nazionali',
  'Parlamentos nacionales',
  'Parlamentos nacionais',
  'Nationale parlementen',
  'Parlamenty narodowe',
  'Nationella parlament',
  // the European Parliament, which the Council's reports on COSI's proceedings go to with the national parliaments
  'European Parliament',
  'Parlement européen',
  'Europäisches Parlament',
  'Parlamento europeo',
  'Parlamento Europeo',
  'Parlamento Europeu',
  'Europees Parlement',
  'Parlament Europejski',
  'Europaparlamentet',
  'Europa-Parlamentet',
  // the European Parliament and the national parliaments of the other versions, as a note addressed to both prints them
  // on one line (`Europäisches Parlament und die nationalen Parlamente`, `Parlamentul European și parlamentele naționale`):
  // the national parliaments as printed after the word for and, article included, and with a capital on a line of their own
  'parlements nationaux',
  'die nationalen Parlamente',
  'nationale Parlamente',
  'parlamenti nazionali',
  'parlamentos nacionales',
  'los Parlamentos nacionales',
  'los parlamentos nacionales',
  'parlamentos nacionais',
  'os parlamentos nacionais',
  'nationale parlementen',
  'de nationale parlementen',
  'parlamenty narodowe',
  'de nationella parlamenten',
  'Nationella parlamenten',
  'de nationale parlamenter',
  'Euroopan parlamentti',
  'kansalliset parlamentit',
  'Kansalliset parlamentit',
  'Ευρωπαϊκό Κοινοβούλιο',
  'εθνικά κοινοβούλια',
  'τα εθνικά κοινοβούλια',
  'Εθνικά κοινοβούλια',
  'Evropský parlament',
  'vnitrostátní parlamenty',
  'Vnitrostátní parlamenty',
  'národní parlamenty',
  'Národní parlamenty',
  'Európsky parlament',
  'národné parlamenty',
  'Národné parlamenty',
  'Evropski parlament',
  'nacionalni parlamenti',
  'Nacionalni parlamenti',
  'Europski parlament',
  'Европейски парламент',
  'Европейския парламент',
  'национални парламенти',
  'националните парламенти',
  'Национални парламенти',
  'Националните парламенти',
  'Parlamentul European',
  'parlamentele naționale',
  'parlamentele naţionale',
  'Parlamentele naționale',
  'Parlamentele naţionale',
  'Európai Parlament',
  'a nemzeti parlamentek',
  'nemzeti parlamentek',
  'Nemzeti parlamentek',
  'Euroopa Parlament',
  'liikmesriikide parlamendid',
  'Liikmesriikide parlamendid',
  'riikide parlamendid',
  'Riikide parlamendid',
  'Europos Parlamentas',
  'nacionaliniai parlamentai',
  'Nacionaliniai parlamentai',
  'Eiropas Parlaments',
  'valstu parlamenti',
  'Valstu parlamenti',
  'dalībvalstu parlamenti',
  'Dalībvalstu parlamenti',
  'Parlament Ewropew',
  'il-Parlament Ewropew',
  'l-parlamenti nazzjonali',
  'il-parlamenti nazzjonali',
  'Parlamenti nazzjonali',
  'Parlaimint na hEorpa',
  'na parlaimintí náisiúnta',
  'parlaimintí náisiúnta',
  'Parlaimintí náisiúnta',
  // COSI and the bodies around it
  'COSI',
  'Standing Committee on Operational Cooperation on Internal Security',
  'Standing Committee on operational cooperation on internal security',
  'Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
  'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
  // the recipient after an older German header's `für den` (accusative)
  'Ständigen Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
  'JHA Counsellors',
  'JAI Counsellors',
  'Conseillers JAI',
  'JI-Referenten',
  'SCIFA',
  'Strategic Committee on Immigration, Frontiers and Asylum',
  "Comité stratégique sur l'immigration, les frontières et l'asile",
  'Strategischer Ausschuss für Einwanderungs-, Grenz- und Asylfragen',
  'Friends of the Presidency',
  'Mixed Committee',
  // the Mixed Committee with the Schengen associated states, as a note addressed to COSI, SCIFA and it prints it
  'Mixed Committee (EU-Iceland, Liechtenstein, Norway and Switzerland)',
  'Comité mixte (UE-Islande, Liechtenstein, Norvège et Suisse)',
  'Gemischter Ausschuss (EU-Island, Liechtenstein, Norwegen und Schweiz)',
  // Commission and counter-terrorism coordinator in French and German
  'Commission européenne',
  'Europäische Kommission',
  'Kommission',
  "Coordinateur de l'UE pour la lutte contre le terrorisme",
  'EU-Koordinator für die Terrorismusbekämpfung',
  'High Representative',
  'European External Action Service',
  'EEAS',
  // Danish, as the versions national parliaments publish print them
  'Formandskabet',
  'Generalsekretariatet for Rådet',
  'Delegationerne',
  'De Faste Repræsentanters Komité',
  'Rådet',
  'Nationale parlamenter',
  // Italian, Spanish, Portuguese, Dutch, Polish and Swedish versions of the register
  'Presidenza',
  'Segretariato generale del Consiglio',
  'Delegazioni',
  'delegazioni',
  'Consiglio',
  'Comitato dei rappresentanti permanenti',
  'Comitato permanente per la cooperazione operativa in materia di sicurezza interna',
  'Comitato strategico in materia di immigrazione, frontiere e asilo',
  'Comitato misto (UE-Islanda, Liechtenstein, Norvegia e Svizzera)',
  'Comitato misto',
  'Presidencia',
  // an older Spanish header's sender after `de :`, in lower case as printed (`de : la Presidencia`)
  'la Presidencia',
  'Secretaría General del Consejo',
  'Delegaciones',
  'delegaciones',
  'Consejo',
  'Comité de Representantes Permanentes',
  'Presidência',
  'Secretariado-Geral do Conselho',
  'Delegações',
  'delegações',
  'Conselho',
  'Comité de Representantes Permanentes (Coreper)',
  'Voorzitterschap',
  'voorzitterschap',
  'het voorzitterschap',
  'Secretariaat-generaal van de Raad',
  'Delegaties',
  'delegaties',
  'Raad',
  'Comité van permanente vertegenwoordigers',
  'Prezydencja',
  'Sekretariat Generalny Rady',
  'Delegacje',
  'delegacje',
  'Rada',
  'Komitet Stałych Przedstawicieli',
  'Ordförandeskapet',
  'ordförandeskapet',
  'Rådets generalsekretariat',
  'Delegationerna',
  'delegationerna',
  'Ständiga representanternas kommitté',
  'rådet',
  // Greek and Czech versions (a Greek note of 2016 is from `Προεδρία` to `Συμβούλιο`)
  'Προεδρία',
  'Γενική Γραμματεία του Συμβουλίου',
  'Αντιπροσωπίες',
  'αντιπροσωπίες',
  'Συμβούλιο',
  'Επιτροπή των Μονίμων Αντιπροσώπων',
  'Předsednictví',
  'předsednictví',
  'Generální sekretariát Rady',
  'Delegace',
  'delegace',
  'Výbor stálých zástupců',
  // Bulgarian, Romanian (comma and cedilla spellings), Croatian, Slovak, Slovenian, Estonian, Lithuanian, Latvian,
  // Maltese, Hungarian and Finnish versions: the Council's bodies as their headers name them, articles included
  'Председателството',
  'Председателство',
  'Генералния секретариат на Съвета',
  'Генералният секретариат на Съвета',
  'Генерален секретариат на Съвета',
  'Делегациите',
  'делегациите',
  'Делегации',
  'Комитета на постоянните представители',
  'Комитетът на постоянните представители',
  'Корепер',
  'Съвета',
  'Съветът',
  // the indefinite forms an I/A item note's recipient prints (`Комитет на постоянните представители/Съвет`)
  'Комитет на постоянните представители',
  'Съвет',
  'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност',
  'Președinția',
  'Președinție',
  'Preşedinţia',
  'Preşedinţie',
  'Secretariatul General al Consiliului',
  'Delegațiile',
  'Delegații',
  'delegațiile',
  'Delegaţiile',
  'Delegaţii',
  'Comitetul Reprezentanților Permanenți',
  'Comitetul Reprezentanţilor Permanenţi',
  'Consiliul',
  'Consiliu',
  'Comitetul permanent pentru cooperare operațională în materie de securitate internă',
  'Predsjedništvo',
  'Glavno tajništvo Vijeća',
  'Delegacije',
  'delegacije',
  'Odbor stalnih predstavnika',
  'Vijeće',
  'Stalni odbor za operativnu suradnju u području unutarnje sigurnosti',
  'Predsedníctvo',
  'predsedníctvo',
  'Generálny sekretariát Rady',
  'Delegácie',
  'delegácie',
  'Výbor stálych predstaviteľov',
  'Stály výbor pre operačnú spoluprácu v oblasti vnútornej bezpečnosti',
  'Predsedstvo',
  'predsedstvo',
  'Generalni sekretariat Sveta',
  'Odbor stalnih predstavnikov',
  'Svet',
  'Stalni odbor za operativno sodelovanje na področju notranje varnosti',
  'Eesistujariik',
  'eesistujariik',
  'Nõukogu peasekretariaat',
  'nõukogu peasekretariaat',
  'Delegatsioonid',
  'delegatsioonid',
  'Alaliste esindajate komitee',
  'alaliste esindajate komitee',
  'Nõukogu',
  'nõukogu',
  'Sisejulgeolekualase operatiivkoostöö alaline komitee',
  'Pirmininkaujanti valstybė narė',
  'pirmininkaujanti valstybė narė',
  'Tarybos generalinis sekretoriatas',
  'Delegacijos',
  'delegacijos',
  'Nuolatinių atstovų komitetas',
  'Taryba',
  'Vidaus saugumo operatyvinio bendradarbiavimo nuolatinis komitetas',
  'Prezidentvalsts',
  'prezidentvalsts',
  'Padomes Ģenerālsekretariāts',
  'Delegācijas',
  'delegācijas',
  'Pastāvīgo pārstāvju komiteja',
  'Padome',
  'Iekšējās drošības operatīvās sadarbības pastāvīgā komiteja',
  'Il-Presidenza',
  'Is-Segretarjat Ġenerali tal-Kunsill',
  'Id-delegazzjonijiet',
  'Delegazzjonijiet',
  'Il-Kumitat tar-Rappreżentanti Permanenti',
  'Il-Kunsill',
  'Elnökség',
  'az elnökség',
  'Az elnökség',
  'a Tanács Főtitkársága',
  'A Tanács Főtitkársága',
  'Delegációk',
  'a delegációk',
  'A delegációk',
  'Állandó Képviselők Bizottsága',
  'az Állandó Képviselők Bizottsága',
  'Az Állandó Képviselők Bizottsága',
  'Tanács',
  'a Tanács',
  'Puheenjohtajavaltio',
  'puheenjohtajavaltio',
  'Neuvoston pääsihteeristö',
  'Valtuuskunnat',
  'valtuuskunnat',
  'Pysyvien edustajien komitea',
  'Neuvosto',
  // in lower case after Coreper and a slash, as Finnish writes it inside a line (`Pysyvien edustajien komitea/neuvosto`), like the Swedish `rådet`
  'neuvosto',
  'Sisäisen turvallisuuden operatiivisen yhteistyön pysyvä komitea',
  // COSI as a header's recipient in the languages above lacking it (nominative; the outcomes' subjects name it so in the genitive)
  'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior',
  'Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna',
  'Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid',
  'Stały Komitet ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego',
  'Ständiga kommittén för operativt samarbete i frågor som rör inre säkerhet',
  'Den Stående Komité for Operativt Samarbejde om Intern Sikkerhed',
  'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια',
  'Il-Kumitat Permanenti dwar il-Kooperazzjoni Operazzjonali fil-qasam tas-Sigurtà Interna',
  'Stálý výbor pro operativní spolupráci v oblasti vnitřní bezpečnosti',
  'A belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság',
  'An Buanchoiste um Chomhar Oibríochtúil maidir le Slándáil Inmheánach',
  // the General Secretariat as other versions' senders print it: in lower case (Dutch, Slovenian), without the
  // Council's name (Lithuanian, Latvian), in the Bulgarian definite form (`От: Генералния секретариат на Съвета`)
  'secretariaat-generaal van de Raad',
  'generalni sekretariat Sveta',
  'Generalinis sekretoriatas',
  'Ģenerālsekretariāts',
  'Генералния секретариат на Съвета',
  // Irish, as its versions name them since 2022
  'An Uachtaránacht',
  'Ardrúnaíocht na Comhairle',
  'Toscaireachtaí',
  'Coiste na mBuanionadaithe',
  'An Chomhairle',
];

/** The part of a committee or a Council configuration after its name: `(Part 1)`, `(2e partie)`, `(2. Teil)`, `(Justice and Home Affairs)`. */
const PART = String.raw`(?:[ \t]{0,3}\((?:Part[ \t]?[12]|[12](?:re|e|ème)[ \t]partie|[12]\.[ \t]Teil|[\p{Lu}][\p{L} ]{2,40})\))?`;

/** Working parties named by pattern: `Law Enforcement Working Party`, `Working Party on Frontiers`, `Groupe "Application de la loi"`. */
const WORKING_PARTY = String.raw`(?:(?:[\p{Lu}][\p{L}-]*[ \t]){1,5}Working[ \t]Party|Working[ \t]Party[ \t]on(?:[ \t](?:[\p{Lu}][\p{L}-]*|and|of|the|in|for)){1,8}(?:[ \t]\([A-Z]{2,10}\))?|Groupe[ \t]«?[ \t]?[\p{Lu}][\p{L} '’-]{2,60}»|Gruppe[ \t]„[\p{L} -]{2,60}“)`;

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The articles a version prints before a body's name, capitalised as the vocabulary spells a name opening a cell: a cell
 * that runs on after another word, or a version that prints its recipients in lower case, gives them in lower case
 * (`a belső biztonsággal … bizottság (COSI)`, `il-Kumitat Permanenti …`, `den Stående Komité …`).
 */
const CAPITALISED_ARTICLES: readonly string[] = ['A', 'Az', 'Il-', 'Is-', 'L-', 'Den', 'Het', 'De', 'The', 'An'];

/**
 * The Dutch recipients printed with their article in lower case, as the Dutch versions print every sender and recipient
 * (`het Permanent Comité operationele samenwerking …`, like `het voorzitterschap` and `delegaties`): the names of the
 * vocabulary that take `het`.
 */
const DUTCH_NEUTER_NAMES: readonly string[] = [
  'Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid',
  'Comité van permanente vertegenwoordigers',
];

/**
 * The Maltese article joined by a hyphen to the name it opens (`Il-Kunsill`, `Is-Segretarjat Ġenerali tal-Kunsill`,
 * `Id-delegazzjonijiet`), which the Maltese headers also leave out (`Kumitat tar-Rappreżentanti Permanenti/Kunsill`).
 */
const MALTESE_ARTICLE = /^(?:Il|Is|Id|It|Ir|In|Ix|Iż|Iċ|L)-(?=\p{L})/u;

/** A spelling opening with the Maltese article, without it and capitalised (`Il-Kunsill` → `Kunsill`); else null. */
function withoutMalteseArticle(spelling: string): string | null {
  const article = MALTESE_ARTICLE.exec(spelling);
  if (article === null) return null;
  const name = spelling.slice(article[0].length);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** A spelling opening with a capitalised article, with its article in lower case (`A belső …` → `a belső …`); else null. */
function lowerArticle(spelling: string): string | null {
  const article = CAPITALISED_ARTICLES.find((word) => spelling.startsWith(word.endsWith('-') ? word : `${word} `));
  return article === undefined ? null : `${article.toLowerCase()}${spelling.slice(article.length)}`;
}

/** Every spelling of a correspondent, longest first: the actor table's aliases of bodies, Presidencies and delegations, then the Council's own. */
function spellings(): string[] {
  const fromActors = ACTORS.flatMap((actor) =>
    actor.group === 'partner' ? [] : actor.aliases.filter((alias) => actor.group !== 'delegation' || / delegation$/.test(alias)),
  );
  const plural = ACTORS.flatMap((actor) => actor.aliases.filter((alias) => / delegation$/.test(alias)).map((alias) => `${alias}s`));
  const named = [...fromActors, ...plural, ...COUNCIL_CORRESPONDENTS, ...DUTCH_NEUTER_NAMES.map((name) => `het ${name}`)];
  const all = [...named, ...named.flatMap((spelling) => [lowerArticle(spelling) ?? [], withoutMalteseArticle(spelling) ?? []].flat())];
  // Older headers print the values in capitals (`DELEGATIONS`, `GENERAL SECRETARIAT OF THE COUNCIL`).
  return [...new Set([...all, ...all.map((spelling) => spelling.toUpperCase())])].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** One correspondent: a known spelling or a working party, with its part; never glued to a following letter. */
const ONE = String.raw`(?:${spellings().map(escapeRegExp).join('|')}|${WORKING_PARTY})${PART}(?![\p{L}\p{N}])`;

/**
 * The word for and that joins two correspondents in each version (`and`, `et`, `und`, `y`, `e`, `en`, `i`, `och`, `og`,
 * `ja`, `a`, `in`, `ir`, `un`, `u`, `és`, `și`, `и`, `και`, `agus`): only between two names of the vocabulary.
 */
const AND = String.raw`(?:and|et|und|y|e|en|i|och|og|ja|a|in|ir|un|u|és|și|şi|и|και|agus)`;

/** Correspondents joined as headers join them: `Presidency/GSC`, `Permanent Representatives Committee/Council`, `Coreper / Council`, `Presidency and Commission`. */
const CORRESPONDENTS_AT = new RegExp(String.raw`${ONE}(?:[ \t]{0,2}/[ \t]{0,2}${ONE}|[ \t]{1,3}${AND}[ \t]{1,3}${ONE})*`, 'uy');

/**
 * The length of the sender or recipient named at `start` of `text` (one correspondent of the vocabulary, or several
 * joined by `/` or `and`), or 0 when the text there names none.
 */
export function correspondentLength(text: string, start: number): number {
  CORRESPONDENTS_AT.lastIndex = start;
  return CORRESPONDENTS_AT.exec(text)?.[0].length ?? 0;
}

/** One correspondent at a given index. */
const ONE_AT = new RegExp(ONE, 'uy');

/** What stands between two correspondents a header names one after another: a line break or spaces, `/`, `and`. */
const BETWEEN = new RegExp(String.raw`[ \t]{0,2}\/[ \t]{0,2}|[ \t\n]{1,3}${AND}[ \t\n]{1,3}|\s{1,10}`, 'uy');

/**
 * The senders or recipients a header's value names, each as printed, when the value is nothing but correspondents of
 * the vocabulary one after another (`Permanent Representatives Committee/Council`, `COSI` / `Coreper` / `Council` one per
 * line and joined, `Presidency and Commission`); null when anything else stands in it (a person's name and office).
 */
export function correspondentList(value: string): string[] | null {
  const text = value.trim();
  const names: string[] = [];
  let at = 0;
  while (at < text.length) {
    if (names.length > 0) {
      BETWEEN.lastIndex = at;
      if (BETWEEN.exec(text) === null) return null;
      at = BETWEEN.lastIndex;
    }
    ONE_AT.lastIndex = at;
    const name = ONE_AT.exec(text);
    if (name === null) return null;
    names.push(name[0]);
    at = ONE_AT.lastIndex;
  }
  return names.length === 0 ? null : names;
}
