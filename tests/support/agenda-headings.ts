/**
 * The heading each version prints over its agenda's items under the header's table (`Provisional agenda`), as the
 * Council's notices print it, written by hand (for tests/notice-time-last-texts.test.ts and
 * tests/notice-venue-end-texts.test.ts); and the other wordings some notices print (`Временен дневен ред`,
 * `Előzetes napirend`, the heading in capitals).
 */
export const AGENDA_HEADINGS: [language: string, heading: string][] = [
  ['bg', 'Предварителен дневен ред'],
  ['cs', 'Předběžný pořad jednání'],
  ['da', 'Foreløbig dagsorden'],
  ['de', 'Vorläufige Tagesordnung'],
  ['el', 'Προσωρινή ημερήσια διάταξη'],
  ['en', 'Provisional agenda'],
  ['es', 'Orden del día provisional'],
  ['et', 'Esialgne päevakord'],
  ['fi', 'Alustava esityslista'],
  ['fr', 'Ordre du jour provisoire'],
  ['ga', 'Clár oibre sealadach'],
  ['hr', 'Privremeni dnevni red'],
  ['hu', 'Ideiglenes napirend'],
  ['it', 'Ordine del giorno provvisorio'],
  ['lt', 'Preliminari darbotvarkė'],
  ['lv', 'Provizoriskā darba kārtība'],
  ['mt', 'Aġenda proviżorja'],
  ['nl', 'Voorlopige agenda'],
  ['pl', 'Wstępny porządek obrad'],
  ['pt', 'Ordem do dia provisória'],
  ['ro', 'Ordine de zi provizorie'],
  ['sk', 'Predbežný program'],
  ['sl', 'Predlog dnevnega reda'],
  ['sv', 'Preliminär dagordning'],
  ['bg', 'Временен дневен ред'],
  ['hu', 'Előzetes napirend'],
  ['en', 'PROVISIONAL AGENDA'],
  ['de', 'VORLÄUFIGE TAGESORDNUNG'],
];
