/** The words of a Council header the reader anchors on, in the languages it reads: names, kinds, stamps, codes. */
import { DATE } from './head-anchors.ts';
import { MARKING_SOURCE } from './vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** A printed form the reader knows, and the language it is written in (null: several languages print it so). */
export interface Worded {
  language: string | null;
}

/** The name of the Council at the top of every document, as a whitespace-tolerant pattern (`Council of the` / `European Union` on two lines). */
export const INSTITUTIONS: readonly (Worded & { pattern: string })[] = [
  { pattern: String.raw`Council\s+of\s+the\s+European\s+Union`, language: 'en' },
  { pattern: String.raw`Conseil\s+de\s+l\s?['’]\s?Union\s+européenne`, language: 'fr' },
  { pattern: String.raw`Rat\s+der\s+Europäischen\s+Union`, language: 'de' },
  { pattern: String.raw`Rådet\s+for\s+Den\s+Europæiske\s+Union`, language: 'da' },
  { pattern: String.raw`Consiglio\s+dell\s?['’]\s?Unione\s+europea`, language: 'it' },
  { pattern: String.raw`Consejo\s+de\s+la\s+Unión\s+Europea`, language: 'es' },
  { pattern: String.raw`Conselho\s+da\s+União\s+Europeia`, language: 'pt' },
  { pattern: String.raw`Raad\s+van\s+de\s+Europese\s+Unie`, language: 'nl' },
  { pattern: String.raw`Rada\s+Unii\s+Europejskiej`, language: 'pl' },
  { pattern: String.raw`Europeiska\s+unionens\s+råd`, language: 'sv' },
  { pattern: String.raw`Euroopan\s+unionin\s+neuvosto`, language: 'fi' },
  { pattern: String.raw`Rada\s+Evropské\s+unie`, language: 'cs' },
  { pattern: String.raw`Συμβούλιο\s+της\s+Ευρωπαϊκής\s+Ένωσης`, language: 'el' },
  { pattern: String.raw`Съвет\s+на\s+Европейския\s+съюз`, language: 'bg' },
  { pattern: String.raw`Consiliul\s+Uniunii\s+Europene`, language: 'ro' },
  { pattern: String.raw`Vijeće\s+Europske\s+unije`, language: 'hr' },
  { pattern: String.raw`Rada\s+Európskej\s+únie`, language: 'sk' },
  { pattern: String.raw`Svet\s+Evropske\s+unije`, language: 'sl' },
  { pattern: String.raw`Euroopa\s+Liidu\s+Nõukogu`, language: 'et' },
  { pattern: String.raw`Europos\s+Sąjungos\s+Taryba`, language: 'lt' },
  { pattern: String.raw`Eiropas\s+Savienības\s+Padome`, language: 'lv' },
  { pattern: String.raw`Az\s+Európai\s+Unió\s+Tanácsa`, language: 'hu' },
  { pattern: String.raw`Il-Kunsill\s+tal-Unjoni\s+Ewropea`, language: 'mt' },
  { pattern: String.raw`Comhairle\s+an\s+Aontais\s+Eorpaigh`, language: 'ga' },
  // an older header's `EUROPEAN COMMUNITIES` / `THE COUNCIL`: alone on its line or before the place and date's column,
  // never the words of a kind line or a subject (`OUTCOME OF THE COUNCIL MEETING`); the look-behind stands after `THE`,
  // so that it is tried only where `THE` stands
  { pattern: String.raw`THE(?<=(?:^|\n)[ \t]*THE)[ \t]+COUNCIL(?=[ \t]*(?:\n|$)|[ \t]{2,}\S)`, language: 'en' },
];

/** Every name of the Council as one pattern, each language's name in its own group (the group's index is the name's in INSTITUTIONS). */
export const INSTITUTION_PATTERN = new RegExp(INSTITUTIONS.map((institution) => `(${institution.pattern})`).join('|'), 'giu');

/** A document-type line: the kind it gives (an English slug whatever the language) and its language. */
export interface KindWords extends Worded {
  slug: string;
}

// The kind is the last document-type line above the labels; an earlier one (`COMMUNICATION` above `NOTICE OF MEETING
// AND PROVISIONAL AGENDA`, a `PARTIAL DECLASSIFICATION` stamp above `NOTE`) is kept as another header line.
/** Document-type lines by language, lower case, quotes dropped, to the kind slug they give. */
const KINDS_BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'note from the presidency': 'presidency-note',
    note: 'note',
    report: 'report',
    opinion: 'opinion',
    corrigendum: 'corrigendum',
    addendum: 'addendum',
    resolution: 'resolution',
    recommendation: 'recommendation',
    decision: 'decision',
    'outcome of proceedings': 'outcome-of-proceedings',
    // the record of a committee's meeting as the register headed it in 2010–2012, before `OUTCOME OF PROCEEDINGS`: listed
    // with the outcomes, as a note whose subject opens `Summary of discussions …` is (meeting-report.ts); so in each version below
    'summary of discussions': 'outcome-of-proceedings',
    'outcome of the proceedings': 'outcome-of-the-proceedings',
    'summary record': 'summary-record',
    'draft minutes': 'draft-minutes',
    minutes: 'minutes',
    'cover note': 'cover-note',
    'information note': 'information-note',
    'i/a item note': 'i-a-item-note',
    'i item note': 'i-item-note',
    'a item note': 'a-item-note',
    'presidency note': 'presidency-note',
    'working document': 'working-document',
    'working paper': 'working-paper',
    'meeting document': 'meeting-document',
    'provisional agenda': 'provisional-agenda',
    communication: 'communication',
    'notice of meeting and provisional agenda': 'notice-of-meeting-and-provisional-agenda',
    'notice of meeting': 'notice-of-meeting',
    declassification: 'declassification',
    'partial declassification': 'partial-declassification',
    'press release': 'press-release',
    'outcome of the council meeting': 'outcome-of-the-council-meeting',
    proposal: 'proposal',
  },
  fr: {
    note: 'note',
    rapport: 'report',
    avis: 'opinion',
    rectificatif: 'corrigendum',
    addendum: 'addendum',
    'résultats des travaux': 'outcome-of-proceedings',
    'résumé des discussions': 'outcome-of-proceedings',
    'relevé des délibérations': 'outcome-of-proceedings',
    'compte rendu sommaire': 'summary-record',
    'note de transmission': 'cover-note',
    "note d'information": 'information-note',
    'note point i/a': 'i-a-item-note',
    'note point i': 'i-item-note',
    'note point a': 'a-item-note',
    'note de la présidence': 'presidency-note',
    'document de travail': 'working-document',
    'ordre du jour provisoire': 'provisional-agenda',
    communication: 'communication',
    'avis de réunion et ordre du jour provisoire': 'notice-of-meeting-and-provisional-agenda',
    'convocation et ordre du jour provisoire': 'notice-of-meeting-and-provisional-agenda',
    'avis de convocation et ordre du jour provisoire': 'notice-of-meeting-and-provisional-agenda',
    déclassification: 'declassification',
    'déclassification partielle': 'partial-declassification',
    'communiqué de presse': 'press-release',
    'résultats de la session du conseil': 'outcome-of-the-council-meeting',
  },
  de: {
    freigabe: 'declassification',
    'teilweise freigabe': 'partial-declassification',
    berichtigung: 'corrigendum',
    kurzprotokoll: 'summary-record',
    vermerk: 'note',
    bericht: 'report',
    stellungnahme: 'opinion',
    korrigendum: 'corrigendum',
    addendum: 'addendum',
    'ergebnis der beratungen': 'outcome-of-proceedings',
    // the kind line of outcomes before about 2015
    beratungsergebnisse: 'outcome-of-proceedings',
    'zusammenfassung der beratungen': 'outcome-of-proceedings',
    'zusammenfassendes protokoll': 'summary-record',
    übermittlungsvermerk: 'cover-note',
    informationsvermerk: 'information-note',
    'i/a-punkt-vermerk': 'i-a-item-note',
    'i-punkt-vermerk': 'i-item-note',
    'a-punkt-vermerk': 'a-item-note',
    'vermerk des vorsitzes': 'presidency-note',
    arbeitsdokument: 'working-document',
    'vorläufige tagesordnung': 'provisional-agenda',
    mitteilung: 'communication',
    'einberufung und vorläufige tagesordnung': 'notice-of-meeting-and-provisional-agenda',
    'aufhebung des geheimhaltungsgrads': 'declassification',
    'teilweise aufhebung des geheimhaltungsgrads': 'partial-declassification',
    pressemitteilung: 'press-release',
    'mitteilung an die presse': 'press-release',
    'ergebnisse der ratstagung': 'outcome-of-the-council-meeting',
  },
  da: {
    'notat fra formandskabet': 'presidency-note',
    afklassificering: 'declassification',
    'delvis afklassificering': 'partial-declassification',
    addendum: 'addendum',
    berigtigelse: 'corrigendum',
    'sammenfattende referat': 'summary-record',
    'kortfattet referat': 'summary-record',
    'indkaldelse og foreløbig dagsorden': 'notice-of-meeting-and-provisional-agenda',
    meddelelse: 'communication',
    notat: 'note',
    følgeskrivelse: 'cover-note',
    'resultat af drøftelserne': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'sammenfatning af drøftelserne': 'outcome-of-proceedings',
    'resumé af drøftelserne': 'outcome-of-proceedings',
    'foreløbig dagsorden': 'provisional-agenda',
    'udkast til protokol': 'draft-minutes',
    pressemeddelelse: 'press-release',
    'resultatet af rådets samling': 'outcome-of-the-council-meeting',
  },
  it: {
    'nota della presidenza': 'presidency-note',
    declassificazione: 'declassification',
    'declassificazione parziale': 'partial-declassification',
    addendum: 'addendum',
    rettifica: 'corrigendum',
    'comunicato stampa': 'press-release',
    'avviso di convocazione e ordine del giorno provvisorio': 'notice-of-meeting-and-provisional-agenda',
    comunicazione: 'communication',
    nota: 'note',
    'nota di trasmissione': 'cover-note',
    'risultati dei lavori': 'outcome-of-proceedings',
    'esito dei lavori': 'outcome-of-proceedings',
    'sintesi delle discussioni': 'outcome-of-proceedings',
    'sintesi dei lavori': 'outcome-of-proceedings',
    'nota punto i/a': 'i-a-item-note',
    'nota punto i': 'i-item-note',
    'nota punto a': 'a-item-note',
    'ordine del giorno provvisorio': 'provisional-agenda',
    'resoconto sommario': 'summary-record',
    'progetto di processo verbale': 'draft-minutes',
    relazione: 'report',
  },
  es: {
    'nota de la presidencia': 'presidency-note',
    desclasificación: 'declassification',
    'desclasificación parcial': 'partial-declassification',
    corrigendum: 'corrigendum',
    adenda: 'addendum',
    'corrección de errores': 'corrigendum',
    'acta resumida': 'summary-record',
    'comunicado de prensa': 'press-release',
    'convocatoria y orden del día provisional': 'notice-of-meeting-and-provisional-agenda',
    comunicación: 'communication',
    nota: 'note',
    'nota de transmisión': 'cover-note',
    'resultado de los trabajos': 'outcome-of-proceedings',
    'resumen de los debates': 'outcome-of-proceedings',
    'nota punto i/a': 'i-a-item-note',
    'nota punto i': 'i-item-note',
    'nota punto a': 'a-item-note',
    'orden del día provisional': 'provisional-agenda',
    'proyecto de acta': 'draft-minutes',
    informe: 'report',
  },
  pt: {
    'nota da presidência': 'presidency-note',
    desclassificação: 'declassification',
    'desclassificação parcial': 'partial-declassification',
    rectificação: 'corrigendum',
    adenda: 'addendum',
    retificação: 'corrigendum',
    'ata resumida': 'summary-record',
    'acta resumida': 'summary-record',
    'comunicado de imprensa': 'press-release',
    'convocatória e ordem do dia provisória': 'notice-of-meeting-and-provisional-agenda',
    comunicação: 'communication',
    nota: 'note',
    'nota de envio': 'cover-note',
    'resultados dos trabalhos': 'outcome-of-proceedings',
    'síntese dos debates': 'outcome-of-proceedings',
    'síntese dos trabalhos': 'outcome-of-proceedings',
    'nota ponto i/a': 'i-a-item-note',
    'nota ponto i': 'i-item-note',
    'nota ponto a': 'a-item-note',
    'ordem do dia provisória': 'provisional-agenda',
    'projeto de ata': 'draft-minutes',
    relatório: 'report',
  },
  nl: {
    'nota van het voorzitterschap': 'presidency-note',
    declassificatie: 'declassification',
    'gedeeltelijke declassificatie': 'partial-declassification',
    rectificatie: 'corrigendum',
    addendum: 'addendum',
    corrigendum: 'corrigendum',
    'beknopt verslag': 'summary-record',
    'samenvattend verslag': 'summary-record',
    'mededeling aan de pers': 'press-release',
    'convocatie en voorlopige agenda': 'notice-of-meeting-and-provisional-agenda',
    mededeling: 'communication',
    nota: 'note',
    'begeleidende nota': 'cover-note',
    // a Dutch note is printed `NOTA`, and by some versions `NOOT`
    noot: 'note',
    // the older Dutch name of a cover note (a version of 2004: `INGEKOMEN DOCUMENT`)
    'ingekomen document': 'cover-note',
    'resultaat besprekingen': 'outcome-of-proceedings',
    'samenvatting van de besprekingen': 'outcome-of-proceedings',
    'i/a-punt-nota': 'i-a-item-note',
    'i/a-puntnota': 'i-a-item-note',
    'voorlopige agenda': 'provisional-agenda',
    ontwerpnotulen: 'draft-minutes',
    verslag: 'report',
  },
  pl: {
    'nota prezydencji': 'presidency-note',
    odtajnienie: 'declassification',
    'częściowe odtajnienie': 'partial-declassification',
    addendum: 'addendum',
    sprostowanie: 'corrigendum',
    korrigendum: 'corrigendum',
    'protokół skrócony': 'summary-record',
    'sprawozdanie skrócone': 'summary-record',
    'komunikat prasowy': 'press-release',
    'zawiadomienie o posiedzeniu i wstępny porządek obrad': 'notice-of-meeting-and-provisional-agenda',
    komunikat: 'communication',
    nota: 'note',
    'pismo przewodnie': 'cover-note',
    // a Polish note is printed `NOTA`, and by some versions `NOTATKA`; its I/A item note `NOTA DO PUNKTU „I/A”`
    notatka: 'note',
    'nota do punktu i/a': 'i-a-item-note',
    'notatka do punktu i/a': 'i-a-item-note',
    'wynik prac': 'outcome-of-proceedings',
    'podsumowanie dyskusji': 'outcome-of-proceedings',
    'podsumowanie obrad': 'outcome-of-proceedings',
    'nota punkt i/a': 'i-a-item-note',
    'wstępny porządek obrad': 'provisional-agenda',
    'projekt protokołu': 'draft-minutes',
    sprawozdanie: 'report',
  },
  sv: {
    'not från ordförandeskapet': 'presidency-note',
    addendum: 'addendum',
    rättelse: 'corrigendum',
    'sammanfattande protokoll': 'summary-record',
    'kortfattat protokoll': 'summary-record',
    pressmeddelande: 'press-release',
    'kallelse och preliminär dagordning': 'notice-of-meeting-and-provisional-agenda',
    meddelande: 'communication',
    not: 'note',
    följenot: 'cover-note',
    'resultat av arbetet': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'sammanfattning av överläggningarna': 'outcome-of-proceedings',
    'i/a-punktsnot': 'i-a-item-note',
    'preliminär dagordning': 'provisional-agenda',
    'utkast till protokoll': 'draft-minutes',
    rapport: 'report',
    'borttagande av säkerhetsskyddsklassificering': 'declassification',
  },
  // Greek kind lines are printed in capitals, which drop the accents: a Greek version of 2016 prints its note `ΣΗΜΕΙΩΜΑ`,
  // one of 2018 the Commission's proposal it forwards `ΠΡΟΤΑΣΗ`
  el: {
    'σημειωμα της προεδριας': 'presidency-note',
    αποχαρακτηρισμος: 'declassification',
    'μερικος αποχαρακτηρισμος': 'partial-declassification',
    προσθηκη: 'addendum',
    διορθωτικο: 'corrigendum',
    'συνοπτικα πρακτικα': 'summary-record',
    'προσκληση σε συνεδριαση και προσωρινη ημερησια διαταξη': 'notice-of-meeting-and-provisional-agenda',
    ανακοινωση: 'communication',
    'προσωρινη ημερησια διαταξη': 'provisional-agenda',
    σημειωμα: 'note',
    σημειωση: 'note',
    προταση: 'proposal',
    'διαβιβαστικο σημειωμα': 'cover-note',
    'σημειωμα σημειου i/a': 'i-a-item-note',
    'αποτελεσμα εργασιων': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'συνοψη των συζητησεων': 'outcome-of-proceedings',
    'περιληψη των συζητησεων': 'outcome-of-proceedings',
    εκθεση: 'report',
  },
  bg: {
    'бележка от председателството': 'presidency-note',
    разсекретяване: 'declassification',
    'частично разсекретяване': 'partial-declassification',
    добавка: 'addendum',
    адендум: 'addendum',
    поправка: 'corrigendum',
    коригендум: 'corrigendum',
    'кратък протокол': 'summary-record',
    'обобщен протокол': 'summary-record',
    'известие за заседание и временен дневен ред': 'notice-of-meeting-and-provisional-agenda',
    'известие за заседание и предварителен дневен ред': 'notice-of-meeting-and-provisional-agenda',
    'покана за заседание и временен дневен ред': 'notice-of-meeting-and-provisional-agenda',
    'покана за заседание и предварителен дневен ред': 'notice-of-meeting-and-provisional-agenda',
    съобщение: 'communication',
    'временен дневен ред': 'provisional-agenda',
    'предварителен дневен ред': 'provisional-agenda',
    'съобщение за медиите': 'press-release',
    бележка: 'note',
    'придружително писмо': 'cover-note',
    'резултат от работата': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'резюме на разискванията': 'outcome-of-proceedings',
    'обобщение на разискванията': 'outcome-of-proceedings',
    'резултати от работата': 'outcome-of-proceedings',
    'бележка за точка i/a': 'i-a-item-note',
    'бележка по точка i/a': 'i-a-item-note',
    доклад: 'report',
  },
  ro: {
    'nota președinției': 'presidency-note',
    'notă a președinției': 'presidency-note',
    declasificare: 'declassification',
    'declasificare parțială': 'partial-declassification',
    addendum: 'addendum',
    rectificare: 'corrigendum',
    corigendum: 'corrigendum',
    'proces-verbal sumar': 'summary-record',
    'proces-verbal rezumat': 'summary-record',
    'convocator și ordine de zi provizorie': 'notice-of-meeting-and-provisional-agenda',
    'convocator şi ordine de zi provizorie': 'notice-of-meeting-and-provisional-agenda',
    comunicare: 'communication',
    'ordine de zi provizorie': 'provisional-agenda',
    'comunicat de presă': 'press-release',
    notă: 'note',
    'notă de însoțire': 'cover-note',
    'notă de însoţire': 'cover-note',
    'rezultatul lucrărilor': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'rezumatul dezbaterilor': 'outcome-of-proceedings',
    'rezumatul discuțiilor': 'outcome-of-proceedings',
    'notă punct i/a': 'i-a-item-note',
    raport: 'report',
  },
  hr: {
    'napomena predsjedništva': 'presidency-note',
    deklasifikacija: 'declassification',
    'djelomična deklasifikacija': 'partial-declassification',
    addendum: 'addendum',
    ispravak: 'corrigendum',
    'sažeti zapisnik': 'summary-record',
    'obavijest o sastanku i privremeni dnevni red': 'notice-of-meeting-and-provisional-agenda',
    komunikacija: 'communication',
    'privremeni dnevni red': 'provisional-agenda',
    'priopćenje za medije': 'press-release',
    // a note is a `BILJEŠKA` (as its cover note is a `POPRATNA BILJEŠKA`); `NAPOMENA` heads an I/A item note
    bilješka: 'note',
    napomena: 'note',
    'popratna bilješka': 'cover-note',
    'ishod postupka': 'outcome-of-proceedings',
    'ishod postupaka': 'outcome-of-proceedings',
    'napomena o točki i/a': 'i-a-item-note',
    izvješće: 'report',
  },
  cs: {
    'poznámka předsednictví': 'presidency-note',
    odtajnění: 'declassification',
    'částečné odtajnění': 'partial-declassification',
    addendum: 'addendum',
    oprava: 'corrigendum',
    korigendum: 'corrigendum',
    'souhrnný zápis': 'summary-record',
    'souhrnný záznam': 'summary-record',
    poznámka: 'note',
    'průvodní poznámka': 'cover-note',
    'poznámka k bodu i/a': 'i-a-item-note',
    'výsledek jednání': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'shrnutí jednání': 'outcome-of-proceedings',
    'shrnutí diskusí': 'outcome-of-proceedings',
    'tisková zpráva': 'press-release',
    'oznámení o zasedání a předběžný pořad jednání': 'notice-of-meeting-and-provisional-agenda',
    sdělení: 'communication',
    'předběžný pořad jednání': 'provisional-agenda',
    zpráva: 'report',
  },
  sk: {
    'poznámka predsedníctva': 'presidency-note',
    odtajnenie: 'declassification',
    'čiastočné odtajnenie': 'partial-declassification',
    addendum: 'addendum',
    korigendum: 'corrigendum',
    'súhrnný záznam': 'summary-record',
    'skrátená zápisnica': 'summary-record',
    'oznámenie o zasadnutí a predbežný program': 'notice-of-meeting-and-provisional-agenda',
    oznámenie: 'communication',
    'predbežný program': 'provisional-agenda',
    'tlačová správa': 'press-release',
    poznámka: 'note',
    'sprievodná poznámka': 'cover-note',
    'výsledok rokovania': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'zhrnutie rokovaní': 'outcome-of-proceedings',
    'zhrnutie diskusií': 'outcome-of-proceedings',
    'poznámka k bodu i/a': 'i-a-item-note',
    správa: 'report',
  },
  sl: {
    'opomba predsedstva': 'presidency-note',
    addendum: 'addendum',
    popravek: 'corrigendum',
    'skrajšani zapisnik': 'summary-record',
    'povzetek zapisnika': 'summary-record',
    'sklic sestanka in predlog dnevnega reda': 'notice-of-meeting-and-provisional-agenda',
    sporočilo: 'communication',
    'predlog dnevnega reda': 'provisional-agenda',
    'sporočilo za javnost': 'press-release',
    opomba: 'note',
    'spremni dopis': 'cover-note',
    'izid postopka': 'outcome-of-proceedings',
    'izid posvetovanj': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'povzetek razprav': 'outcome-of-proceedings',
    'opomba k točki i/a': 'i-a-item-note',
    poročilo: 'report',
  },
  et: {
    'eesistujariigi märkus': 'presidency-note',
    addendum: 'addendum',
    parandus: 'corrigendum',
    'kokkuvõtlik protokoll': 'summary-record',
    lühiprotokoll: 'summary-record',
    'koosoleku teade ja esialgne päevakord': 'notice-of-meeting-and-provisional-agenda',
    teatis: 'communication',
    'esialgne päevakord': 'provisional-agenda',
    pressiteade: 'press-release',
    märkus: 'note',
    kaaskiri: 'cover-note',
    'menetluse tulemus': 'outcome-of-proceedings',
    'töö tulemused': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'arutelude kokkuvõte': 'outcome-of-proceedings',
    'arutelu kokkuvõte': 'outcome-of-proceedings',
    'i/a-punkti märkus': 'i-a-item-note',
    aruanne: 'report',
  },
  lt: {
    'pirmininkaujančiosios valstybės narės pastaba': 'presidency-note',
    išslaptinimas: 'declassification',
    'dalinis išslaptinimas': 'partial-declassification',
    addendum: 'addendum',
    'klaidų ištaisymas': 'corrigendum',
    'klaidų atitaisymas': 'corrigendum',
    'santraukinis protokolas': 'summary-record',
    'sutrumpintas protokolas': 'summary-record',
    'pranešimas apie posėdį ir preliminari darbotvarkė': 'notice-of-meeting-and-provisional-agenda',
    komunikatas: 'communication',
    'preliminari darbotvarkė': 'provisional-agenda',
    'pranešimas spaudai': 'press-release',
    pranešimas: 'note',
    lydraštis: 'cover-note',
    'svarstymų rezultatai': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'diskusijų santrauka': 'outcome-of-proceedings',
    'svarstymų santrauka': 'outcome-of-proceedings',
    'pranešimas dėl i/a punkto': 'i-a-item-note',
    ataskaita: 'report',
  },
  lv: {
    'prezidentūras piezīme': 'presidency-note',
    addendum: 'addendum',
    'kļūdu labojums': 'corrigendum',
    'kopsavilkuma protokols': 'summary-record',
    'īss protokols': 'summary-record',
    'paziņojums par sanāksmi un provizoriskā darba kārtība': 'notice-of-meeting-and-provisional-agenda',
    paziņojums: 'communication',
    'provizoriskā darba kārtība': 'provisional-agenda',
    'paziņojums presei': 'press-release',
    piezīme: 'note',
    pavadvēstule: 'cover-note',
    'darba rezultāti': 'outcome-of-proceedings',
    'apspriežu rezultāti': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'diskusiju kopsavilkums': 'outcome-of-proceedings',
    'apspriežu kopsavilkums': 'outcome-of-proceedings',
    'i/a punkta piezīme': 'i-a-item-note',
    ziņojums: 'report',
  },
  hu: {
    'az elnökség feljegyzése': 'presidency-note',
    addendum: 'addendum',
    helyesbítés: 'corrigendum',
    'összefoglaló jegyzőkönyv': 'summary-record',
    'ülésösszehívó és ideiglenes napirend': 'notice-of-meeting-and-provisional-agenda',
    'ülésösszehívó és előzetes napirend': 'notice-of-meeting-and-provisional-agenda',
    közlemény: 'communication',
    'ideiglenes napirend': 'provisional-agenda',
    'előzetes napirend': 'provisional-agenda',
    sajtóközlemény: 'press-release',
    feljegyzés: 'note',
    fedőlap: 'cover-note',
    'az ülés eredménye': 'outcome-of-proceedings',
    'a tanácskozások eredménye': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'a tanácskozások összefoglalása': 'outcome-of-proceedings',
    'a megbeszélések összefoglalása': 'outcome-of-proceedings',
    'i/a napirendi pontról szóló feljegyzés': 'i-a-item-note',
    'i/a napirendi pontra vonatkozó feljegyzés': 'i-a-item-note',
    jelentés: 'report',
  },
  mt: {
    'nota mill-presidenza': 'presidency-note',
    deklassifikazzjoni: 'declassification',
    'deklassifikazzjoni parzjali': 'partial-declassification',
    addendum: 'addendum',
    rettifika: 'corrigendum',
    korriġendum: 'corrigendum',
    'rendikont sommarju': 'summary-record',
    'rapport sommarju': 'summary-record',
    "avviż ta' laqgħa u aġenda proviżorja": 'notice-of-meeting-and-provisional-agenda',
    komunikazzjoni: 'communication',
    'aġenda proviżorja': 'provisional-agenda',
    'stqarrija għall-istampa': 'press-release',
    nota: 'note',
    "nota ta' kopertura": 'cover-note',
    "nota ta' trażmissjoni": 'cover-note',
    'riżultat tal-proċedimenti': 'outcome-of-proceedings',
    'eżitu tal-proċedimenti': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'sommarju tad-diskussjonijiet': 'outcome-of-proceedings',
    'nota dwar punt i/a': 'i-a-item-note',
  },
  // Irish, as its versions print their kind since 2022; its notice of meeting `FÓGRA CRUINNITHE AGUS CLÁR OIBRE SEALADACH`
  ga: {
    'nóta ón uachtaránacht': 'presidency-note',
    addendum: 'addendum',
    ceartúchán: 'corrigendum',
    'taifead achomair': 'summary-record',
    'achoimre-thaifead': 'summary-record',
    nóta: 'note',
    'fógra cruinnithe agus clár oibre sealadach': 'notice-of-meeting-and-provisional-agenda',
    teachtaireacht: 'communication',
    'clár oibre sealadach': 'provisional-agenda',
    tuarascáil: 'report',
    'nóta cumhdaigh': 'cover-note',
    'toradh na n-imeachtaí': 'outcome-of-proceedings',
    // in capitals Irish drops the hyphen of the eclipsis and keeps its letter small: `TORADH NA nIMEACHTAÍ`
    'toradh na nimeachtaí': 'outcome-of-proceedings',
  },
  fi: {
    'puheenjohtajavaltion muistio': 'presidency-note',
    addendum: 'addendum',
    oikaisu: 'corrigendum',
    yhteenvetopöytäkirja: 'summary-record',
    'lyhennetty pöytäkirja': 'summary-record',
    'kokouskutsu ja alustava esityslista': 'notice-of-meeting-and-provisional-agenda',
    tiedonanto: 'communication',
    'alustava esityslista': 'provisional-agenda',
    ilmoitus: 'note',
    saate: 'cover-note',
    'käsittelyn tulos': 'outcome-of-proceedings',
    // the 2010–2012 summary of discussions, as in English above
    'yhteenveto keskusteluista': 'outcome-of-proceedings',
    'keskustelujen yhteenveto': 'outcome-of-proceedings',
    'i/a-kohtaa koskeva ilmoitus': 'i-a-item-note',
    lehdistötiedote: 'press-release',
    raportti: 'report',
  },
};

function wordTable<T extends string>(byLanguage: Readonly<Record<string, Readonly<Record<string, T>>>>): Map<string, Worded & { slug: T }> {
  const table = new Map<string, Worded & { slug: T }>();
  for (const [language, words] of Object.entries(byLanguage)) {
    for (const [printed, slug] of Object.entries(words)) {
      const known = table.get(printed);
      table.set(printed, { slug, language: known === undefined || known.language === language ? language : null });
    }
  }
  return table;
}

/** The parts the Council issues to a document after it, each printed before the kind it amends (`ADDENDUM TO NOTE`). */
const PARTS_TO: readonly string[] = ['addendum', 'corrigendum'];

/**
 * An addendum's or corrigendum's kind line in English names the kind of the document it completes: `ADDENDUM TO
 * NOTE`, `CORRIGENDUM TO I/A ITEM NOTE` give `addendum-to-note`, `corrigendum-to-i-a-item-note` (the whole line,
 * so that no word of it is left over as a code).
 */
function partsTo(words: Readonly<Record<string, string>>): Record<string, string> {
  const amended = Object.entries(words).filter(([printed]) => !PARTS_TO.includes(printed));
  return Object.fromEntries(PARTS_TO.flatMap((part) => amended.map(([printed, slug]) => [`${part} to ${printed}`, `${part}-to-${slug}`])));
}

/** Document-type lines (lower case, quotes dropped) to their kind and language. */
export const KINDS: ReadonlyMap<string, KindWords> = wordTable({
  ...KINDS_BY_LANGUAGE,
  en: { ...KINDS_BY_LANGUAGE['en'], ...partsTo(KINDS_BY_LANGUAGE['en'] ?? {}) },
});

/**
 * The heading a notice prints over its agenda's items under the header's table, in each version (`Provisional agenda`,
 * `Ordre du jour provisoire`, `Wstępny porządek obrad`, `Предварителен дневен ред`): the kind lines KINDS reads as a
 * provisional agenda, lower case, each as its words.
 */
export const AGENDA_TITLES: readonly (readonly string[])[] = [...KINDS]
  .filter(([, { slug }]) => slug === 'provisional-agenda')
  .map(([printed]) => printed.split(' '));

/** The kinds the vocabulary knows, by slug (`summary-record`, `note`, `addendum-to-note` …). */
export const KIND_SLUGS: ReadonlySet<string> = new Set([...KINDS.values()].map(({ slug }) => slug));

/**
 * The stamp the Council's register prints above the header of a LIMITE document it gave partial access to (Regulation
 * (EC) No 1049/2001), before the day of that decision in brackets, in the version's language: `DOCUMENT PARTIALLY
 * ACCESSIBLE TO THE PUBLIC (12.05.2025)`. Read into the record's `publicAccess` (public-access.ts), not kept as an
 * other header line. Words apart by one space; a line break may stand for any of them.
 */
export const PUBLIC_ACCESS_STAMPS: Readonly<Record<string, string>> = {
  bg: 'ДОКУМЕНТЪТ Е ЧАСТИЧНО ДОСТЪПЕН ЗА ОБЩЕСТВЕНОСТТА',
  cs: 'DOKUMENT ČÁSTEČNĚ PŘÍSTUPNÝ VEŘEJNOSTI',
  da: 'DOKUMENTET ER DELVIST TILGÆNGELIGT FOR OFFENTLIGHEDEN',
  de: 'DOKUMENT TEILWEISE ÖFFENTLICH ZUGÄNGLICH',
  el: 'ΕΓΓΡΑΦΟ ΜΕΡΙΚΩΣ ΠΡΟΣΒΑΣΙΜΟ ΣΤΟ ΚΟΙΝΟ',
  en: 'DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC',
  es: 'DOCUMENTO PARCIALMENTE ACCESIBLE AL PÚBLICO',
  et: 'DOKUMENT ON OSALISELT AVALIKKUSELE KÄTTESAADAV',
  fi: 'ASIAKIRJA ON OSITTAIN YLEISÖN SAATAVILLA',
  fr: 'DOCUMENT PARTIELLEMENT ACCESSIBLE AU PUBLIC',
  ga: 'DOICIMÉAD INROCHTANA GO PÁIRTEACH AG AN bPOBAL',
  hr: 'DOKUMENT DJELOMIČNO DOSTUPAN JAVNOSTI',
  hu: 'A DOKUMENTUM RÉSZBEN HOZZÁFÉRHETŐ A NYILVÁNOSSÁG SZÁMÁRA',
  it: 'DOCUMENTO PARZIALMENTE ACCESSIBILE AL PUBBLICO',
  lt: 'DOKUMENTAS IŠ DALIES PRIEINAMAS VISUOMENEI',
  lv: 'DOKUMENTS DAĻĒJI PIEEJAMS SABIEDRĪBAI',
  mt: 'DOKUMENT PARZJALMENT AĊĊESSIBBLI GĦALL-PUBBLIKU',
  nl: 'DOCUMENT GEDEELTELIJK TOEGANKELIJK VOOR HET PUBLIEK',
  pl: 'DOKUMENT CZĘŚCIOWO UDOSTĘPNIONY DO WIADOMOŚCI PUBLICZNEJ',
  pt: 'DOCUMENTO PARCIALMENTE ACESSÍVEL AO PÚBLICO',
  ro: 'DOCUMENT PARȚIAL ACCESIBIL PUBLICULUI',
  sk: 'DOKUMENT ČIASTOČNE SPRÍSTUPNENÝ VEREJNOSTI',
  sl: 'DOKUMENT DELNO DOSTOPEN JAVNOSTI',
  sv: 'DOKUMENTET ÄR DELVIS TILLGÄNGLIGT FÖR ALLMÄNHETEN',
};

/**
 * The stems of the word for "public" (or "publicly") in the official languages: a line of the stamp's shape whose words
 * are not those of PUBLIC_ACCESS_STAMPS is a stamp only where it holds one (public-access.ts).
 */
export const PUBLIC_STEMS: readonly string[] = [
  'PUBLI',
  'PÚBLI',
  'PUBBLI',
  'PUBLIEK',
  'ÖFFENTLICH',
  'OFFENTLIG',
  'ALLMÄNHET',
  'YLEISÖ',
  'JAVNOST',
  'VEREJNOS',
  'VEŘEJNOS',
  'NYILVÁNOS',
  'SABIEDR',
  'VISUOMEN',
  'ÜLDSUS',
  'AVALIK',
  'ΚΟΙΝ',
  'ОБЩЕСТВ',
  'POBAL',
  'WIADOMOŚCI',
];

/**
 * Stamps and notes printed above or beside a header that are not part of it (kept as other header lines): the access
 * and declassification stamps, the Council's logo text, the reference of a declassified
 * document, a transcription site's note on where the text comes from. A `LIMITE` or a code inside a stamp is not the
 * document's own.
 */
export const STAMPS: readonly RegExp[] = [
  /(?<![\p{L}])LIMITE[ \t]+PUBLIC(?![\p{L}])/gu,
  /(?<![\p{L}])(?:DECLASSIFIED|SENSITIVE)(?![\p{L}])/gu,
  /(?<![\p{L}])Conseil\s+UE(?![\p{L}])/gu,
  // the registration stamp of the Austrian Parliament on the documents it files: `041243/EU XXVII. GP`, `Eingelangt am 26/11/20`
  /(?<![\p{L}\p{N}])\d{1,6}\/EU[ \t]+[XVIL]{1,8}\.?[ \t]*GP\.?/gu,
  /(?<![\p{L}])Eingelangt[ \t]+am[ \t]+\d{1,2}\/\d{1,2}\/\d{2}\.?/gu,
  // the reference of a declassified or partly released document, printed above its header without colons
  new RegExp(
    String.raw`(?<![\p{L}])of[ \t]+document[ \t]+(?:ST[ \t]+)?\d{1,6}(?:\/\d{1,2})?\/\d{2}(?:[ \t]+(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})*(?:[ \t]+${MARKING_SOURCE})?`,
    'gu',
  ),
  new RegExp(String.raw`(?<![\p{L}])dated[ \t]+${DATE}`, 'gu'),
  // the line asktheeu.org prints above the text of a document released to a request, the request's title quoted
  /This[ \t]+is[ \t]+an[ \t]+HTML[ \t]+version[ \t]+of[ \t]+an[ \t]+attachment[ \t]+to[ \t]+the[ \t]+Freedom[ \t]+of[ \t]+Information[ \t]+request(?:[ \t]+'[^\n]{0,300}')?\.?/gu,
];

/** The press office's number a press release prints after its document number (`13839/02 (Presse 344)`): without a kind line, it makes the document a press release. */
export const PRESS_NUMBER = /\((?:Presse|PRESSE|Press|Prensa|Stampa)[ \t]+\d{1,4}\)/;

/** The official languages' codes in capitals: printed alone on a line (a press release's `FR`, a footer's `EN`), one marks the page's language, never a distribution code. */
export const LANGUAGE_MARKS: ReadonlySet<string> = new Set([
  'BG',
  'CS',
  'DA',
  'DE',
  'EL',
  'EN',
  'ES',
  'ET',
  'FI',
  'FR',
  'GA',
  'HR',
  'HU',
  'IT',
  'LT',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SL',
  'SV',
]);

/** Distribution codes printed without a number (`CEPOL`, `EUROPOL` under seed 000's codes; `COSI`, `JAI` in notices of meeting). */
export const BARE_CODES: ReadonlySet<string> = new Set([
  'CEPOL',
  'EUDA',
  'EUROJUST',
  'EUROPOL',
  'FRONTEX',
  'COSI',
  'JAI',
  'ENFOPOL',
  'CRIMORG',
  'ENFOCUSTOM',
  'CORDROGUE',
  'CATS',
  'COPEN',
  'CYBER',
  'IXIM',
  'JAIEX',
  'CT',
  'COMIX',
  'FRONT',
  'MIGR',
  'ASIM',
  'SCHENGEN',
  'GENVAL',
  'DROIPEN',
  'EPPO',
  'CODEC',
  'POLGEN',
  'RELEX',
  'PESC',
  'COPS',
  'EJN',
  'DAPIX',
  'SIRIS',
  'CSC',
]);

/**
 * The cities where the Council meets, as a notice's venue names them after the postcode, in the 24 official languages
 * (lower case): Brussels (`Brussels`, `Bruxelles`, `Brüssel`, `Bruselas`, `Bruxelas`, `Brussel`, `Bruksela`, `Brusel`,
 * `Bryssel`, `An Bhruiséil`, `Брюксел`, `Βρυξέλλες`, `Brüsszel`, `Brisele`, `Briuselis`, `Brussell`, `Bruselj`) and
 * Luxembourg (`Luxembourg`, `Luxemburg`, `Luxemburgo`, `Lussemburgo`, `Lussemburgu`, `Люксембург`, `Λουξεμβούργο`,
 * `Lucemburk`, `Luksemburg`, `Liuksemburgas`, `Luksemburga`, `Lucsamburg`). The venue's address ends with one.
 */
export const SEAT_CITIES: ReadonlySet<string> = new Set([
  ...['brussels', 'bruxelles', 'brüssel', 'bruselas', 'bruxelas', 'brussel', 'bruksela', 'brusel', 'bryssel', 'an bhruiséil'],
  ...['брюксел', 'βρυξέλλες', 'brüsszel', 'brisele', 'briuselis', 'brussell', 'bruselj'],
  ...['luxembourg', 'luxemburg', 'luxemburgo', 'lussemburgo', 'lussemburgu', 'люксембург', 'λουξεμβούργο', 'lucemburk'],
  ...['luksemburg', 'liuksemburgas', 'luksemburga', 'lucsamburg'],
]);

/**
 * The small words a city's name holds between its capitalised words, in the Member States' languages (`Santa Cruz de
 * Tenerife`, `Alcalá de Henares`, `Frankfurt am Main`, `Halle an der Saale`, `Châlons-en-Champagne` run apart, `Alphen aan
 * den Rijn`, `Castelo de Vide`): the city goes on after one (or two) where a capitalised word follows, no sentence opens.
 */
export const CITY_PARTICLES: readonly string[] = [
  ...['de', 'del', 'dei', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'las', 'los', 'le', 'les', 'y', 'e'],
  ...['am', 'an', 'der', 'den', 'im', 'ob', 'bei', 'sur', 'sous', 'lès', 'en', 'upon', 'on', 'na', 'nad', 'pod'],
  ...['van', 'aan', 'op', 'ter', 'ten', 'af'],
];

/**
 * The names of the tools a meeting held by videoconference is held on, as a notice prints its format (`Webex`, `Cisco
 * Webex`, `Zoom`, `MS Teams`, `Microsoft Teams`, `Interactio`, `KUDO`, `Skype for Business`), alike in every version:
 * such a name ending a venue's line run together is the format's, whatever city or room comes before it.
 */
export const FORMAT_TOOLS: readonly string[] = [
  ...['Cisco Webex', 'Webex', 'Zoom', 'MS Teams', 'Microsoft Teams', 'Teams', 'Interactio', 'KUDO', 'Kudo'],
  ...['Skype for Business', 'Skype', 'Jitsi', 'GoToMeeting', 'BlueJeans'],
];
