/**
 * A Commission staff working document sent by cover note (13890/25), in nineteen versions, written by hand after the
 * register's cover notes: the sender a Director signing for the Commission's Secretary-General, the recipient the
 * Council's Secretary-General by name and office, the date of receipt with its label, the Commission document's label
 * (its number is `SWD(2025) 123 final`), the subject, and the body's sentence naming the document.
 */
export interface CoverNote {
  kind: string;
  from: string;
  receipt: string;
  to: string;
  cion: string;
  subject: string;
  sentence: string;
  /**
   * The version's words after a Commission document's number in the cell under its label, as the register's cover
   * notes print them: one annex after a dash (`- ANNEXE`), a range of annexes (`- ANHÄNGE 1 bis 3`), one part of a
   * document printed in parts (`PARTIE 1/2`).
   */
  annexes: readonly [annex: string, annexes: string, part: string];
}

/** The cover note in each version, by the version's language code. */
export const COVER_NOTES: Readonly<Record<string, CoverNote>> = {
  en: {
    kind: 'COVER NOTE',
    from: 'Secretary-General of the European Commission, signed by Ms Martine DEPREZ, Director',
    receipt: 'date of receipt: 3 October 2025',
    to: 'Ms Thérèse BLANCHET, Secretary-General of the Council of the European Union',
    cion: 'No. Cion doc.:',
    subject: 'COMMISSION STAFF WORKING DOCUMENT Evaluation of the European Cybercrime Centre (EC3) at Europol',
    sentence: 'Delegations will find attached document SWD(2025) 123 final.',
    annexes: ['- ANNEX', '- Annexes 1 to 3', 'PART 1/2'],
  },
  fr: {
    kind: 'NOTE DE TRANSMISSION',
    from: 'Pour la Secrétaire générale de la Commission européenne, Madame Martine DEPREZ, Directrice',
    receipt: 'Date de réception: 3 octobre 2025',
    to: "Madame Thérèse BLANCHET, Secrétaire générale du Conseil de l'Union européenne",
    cion: 'N° doc. Cion:',
    subject: "DOCUMENT DE TRAVAIL DES SERVICES DE LA COMMISSION Évaluation du Centre européen de lutte contre la cybercriminalité (EC3) d'Europol",
    sentence: 'Les délégations trouveront ci-joint le document SWD(2025) 123 final.',
    annexes: ['- ANNEXE', '- ANNEXES 1 à 3', 'PARTIE 1/2'],
  },
  de: {
    kind: 'ÜBERMITTLUNGSVERMERK',
    from: 'Frau Martine DEPREZ, Direktorin, im Auftrag der Generalsekretärin der Europäischen Kommission',
    receipt: 'Eingangsdatum: 3. Oktober 2025',
    to: 'Frau Thérèse BLANCHET, Generalsekretärin des Rates der Europäischen Union',
    cion: 'Nr. Komm.dok.:',
    subject: 'ARBEITSUNTERLAGE DER KOMMISSIONSDIENSTSTELLEN Bewertung des Europäischen Zentrums zur Bekämpfung der Cyberkriminalität (EC3) bei Europol',
    sentence: 'Die Delegationen erhalten anbei das Dokument SWD(2025) 123 final.',
    annexes: ['- ANHANG', '- ANHÄNGE 1 bis 3', 'TEIL 1/2'],
  },
  es: {
    kind: 'NOTA DE TRANSMISIÓN',
    from: 'Por la secretaria general de la Comisión Europea, D.ª Martine DEPREZ, directora',
    receipt: 'Fecha de recepción: 3 de octubre de 2025',
    to: 'D.ª Thérèse BLANCHET, secretaria general del Consejo de la Unión Europea',
    cion: 'N.° doc. Ción.:',
    subject: 'DOCUMENTO DE TRABAJO DE LOS SERVICIOS DE LA COMISIÓN Evaluación del Centro Europeo de Ciberdelincuencia (EC3) de Europol',
    sentence: 'Adjunto se remite a las Delegaciones el documento SWD(2025) 123 final.',
    annexes: ['- ANEXO', '- ANEXOS 1 a 3', 'PARTE 1/2'],
  },
  it: {
    kind: 'NOTA DI TRASMISSIONE',
    from: 'Per la Segretaria generale della Commissione europea, Martine DEPREZ, Direttrice',
    receipt: 'Data di ricevimento: 3 ottobre 2025',
    to: "Thérèse BLANCHET, Segretaria generale del Consiglio dell'Unione europea",
    cion: 'n. doc. Comm.:',
    subject: 'DOCUMENTO DI LAVORO DEI SERVIZI DELLA COMMISSIONE Valutazione del Centro europeo per la lotta alla criminalità informatica (EC3) di Europol',
    sentence: 'Si trasmette in allegato, per le delegazioni, il documento SWD(2025) 123 final.',
    annexes: ['- ALLEGATO', '- ALLEGATI da 1 a 3', 'PARTE 1/2'],
  },
  pl: {
    kind: 'PISMO PRZEWODNIE',
    from: 'Sekretarz Generalna Komisji Europejskiej, podpisała dyrektor Martine DEPREZ',
    receipt: 'Data otrzymania: 3 października 2025 r.',
    to: 'Thérèse BLANCHET, Sekretarz Generalna Rady Unii Europejskiej',
    cion: 'Nr dok. Kom.:',
    subject: 'DOKUMENT ROBOCZY SŁUŻB KOMISJI Ocena Europejskiego Centrum ds. Walki z Cyberprzestępczością (EC3) w Europolu',
    sentence: 'Delegacje otrzymują w załączeniu dokument SWD(2025) 123 final.',
    annexes: ['- ZAŁĄCZNIK', '- ZAŁĄCZNIKI 1–3', 'CZĘŚĆ 1/2'],
  },
  pt: {
    kind: 'NOTA DE ENVIO',
    from: 'Pela Secretária-Geral da Comissão Europeia, Martine DEPREZ, Diretora',
    receipt: 'Data de receção: 3 de outubro de 2025',
    to: 'Thérèse BLANCHET, Secretária-Geral do Conselho da União Europeia',
    cion: 'n.° doc. Com.:',
    subject: 'DOCUMENTO DE TRABALHO DOS SERVIÇOS DA COMISSÃO Avaliação do Centro Europeu da Cibercriminalidade (EC3) da Europol',
    sentence: 'Envia-se em anexo, à atenção das delegações, o documento SWD(2025) 123 final.',
    annexes: ['- ANEXO', '- ANEXOS 1 a 3', 'PARTE 1/2'],
  },
  ro: {
    kind: 'NOTĂ DE ÎNSOȚIRE',
    from: 'Secretara generală a Comisiei Europene, semnat de doamna Martine DEPREZ, director',
    receipt: 'Data primirii: 3 octombrie 2025',
    to: 'Doamna Thérèse BLANCHET, Secretarul General al Consiliului Uniunii Europene',
    cion: 'Nr. doc. Com.:',
    subject: 'DOCUMENT DE LUCRU AL SERVICIILOR COMISIEI Evaluarea Centrului european de combatere a criminalității informatice (EC3) din cadrul Europol',
    sentence: 'Se transmite alăturat, în atenția delegațiilor, documentul SWD(2025) 123 final.',
    annexes: ['- ANEXĂ', '- ANEXELE 1-3', 'PARTEA 1/2'],
  },
  cs: {
    kind: 'PRŮVODNÍ POZNÁMKA',
    from: 'Generální tajemnice Evropské komise, podepsala Martine DEPREZOVÁ, ředitelka',
    receipt: 'Datum přijetí: 3. října 2025',
    to: 'Thérèse BLANCHETOVÁ, generální tajemnice Rady Evropské unie',
    cion: 'Č. dok. Komise:',
    subject: 'PRACOVNÍ DOKUMENT ÚTVARŮ KOMISE Hodnocení Evropského centra pro boj proti kyberkriminalitě (EC3) při Europolu',
    sentence: 'Delegace naleznou v příloze dokument SWD(2025) 123 final.',
    annexes: ['- PŘÍLOHA', '- PŘÍLOHY 1 až 3', 'ČÁST 1/2'],
  },
  bg: {
    kind: 'ПРИДРУЖИТЕЛНО ПИСМО',
    from: 'Генералния секретар на Европейската комисия, подписано от г-жа Martine DEPREZ, директор',
    receipt: 'Дата на получаване: 3 октомври 2025 г.',
    to: 'г-жа Thérèse BLANCHET, генерален секретар на Съвета на Европейския съюз',
    cion: '№ док. ком.:',
    subject: 'РАБОТЕН ДОКУМЕНТ НА СЛУЖБИТЕ НА КОМИСИЯТА Оценка на Европейския център за борба с киберпрестъпността (EC3) към Европол',
    sentence: 'Приложено се изпраща на делегациите документ SWD(2025) 123 final.',
    annexes: ['- ПРИЛОЖЕНИЕ', '- ПРИЛОЖЕНИЯ от 1 до 3', 'ЧАСТ 1/2'],
  },
  hu: {
    kind: 'FEDŐLAP',
    from: 'Martine DEPREZ igazgató, az Európai Bizottság főtitkára nevében',
    receipt: 'Az átvétel dátuma: 2025. október 3.',
    to: 'Thérèse BLANCHET, az Európai Unió Tanácsának főtitkára',
    cion: 'Biz. dok. sz.:',
    subject: 'BIZOTTSÁGI SZOLGÁLATI MUNKADOKUMENTUM A Europolon belüli Számítástechnikai Bűnözés Elleni Európai Központ (EC3) értékelése',
    sentence: 'Mellékelten továbbítjuk a delegációknak a SWD(2025) 123 final számú dokumentumot.',
    annexes: ['- MELLÉKLET', '- MELLÉKLETEK 1–3.', 'RÉSZ 1/2'],
  },
  lt: {
    kind: 'LYDRAŠTIS',
    from: 'Europos Komisijos generalinės sekretorės vardu – direktorė Martine DEPREZ',
    receipt: 'Gavimo data: 2025 m. spalio 3 d.',
    to: 'Thérèse BLANCHET, Europos Sąjungos Tarybos generalinė sekretorė',
    cion: 'Komisijos dok. Nr.:',
    subject: 'KOMISIJOS TARNYBŲ DARBINIS DOKUMENTAS Europolo Europos kovos su elektroniniais nusikaltimais centro (EC3) vertinimas',
    sentence: 'Delegacijoms pateikiamas dokumentas SWD(2025) 123 final.',
    annexes: ['- PRIEDAS', '- PRIEDAI 1–3', 'DALIS 1/2'],
  },
  lv: {
    kind: 'PAVADVĒSTULE',
    from: 'Eiropas Komisijas ģenerālsekretāres vārdā – direktore Martine DEPREZ',
    receipt: 'Saņemšanas datums: 2025. gada 3. oktobrī',
    to: 'Thérèse BLANCHET, Eiropas Savienības Padomes ģenerālsekretāre',
    cion: 'Komisijas dok. Nr.:',
    subject: 'KOMISIJAS DIENESTU DARBA DOKUMENTS Eiropola Eiropas Kibernoziegumu apkarošanas centra (EC3) izvērtējums',
    sentence: 'Pielikumā ir pievienots dokuments SWD(2025) 123 final.',
    annexes: ['- PIELIKUMS', '- PIELIKUMI 1–3', 'DAĻA 1/2'],
  },
  hr: {
    kind: 'POPRATNA BILJEŠKA',
    from: 'Za glavnu tajnicu Europske komisije, gđa Martine DEPREZ, direktorica',
    receipt: 'Datum primitka: 3. listopada 2025.',
    to: 'gđa Thérèse BLANCHET, glavna tajnica Vijeća Europske unije',
    cion: 'Br. dok. Kom.:',
    subject: 'RADNI DOKUMENT SLUŽBI KOMISIJE Evaluacija Europskog centra za kibernetički kriminal (EC3) pri Europolu',
    sentence: 'Za delegacije u prilogu se nalazi dokument SWD(2025) 123 final.',
    annexes: ['- PRILOG', '- PRILOZI 1. do 3.', 'DIO 1/2'],
  },
  et: {
    kind: 'KAASKIRI',
    from: 'Euroopa Komisjoni peasekretäri nimel direktor Martine DEPREZ',
    receipt: 'Kättesaamise kuupäev: 3. oktoober 2025',
    to: 'Thérèse BLANCHET, Euroopa Liidu Nõukogu peasekretär',
    cion: 'Komisjoni dok nr:',
    subject: 'KOMISJONI TALITUSTE TÖÖDOKUMENT Europoli juures asuva Euroopa küberkuritegevuse keskuse (EC3) hindamine',
    sentence: 'Delegatsioonidele edastatakse dokument SWD(2025) 123 final.',
    annexes: ['- LISA', '- LISAD 1–3', 'OSA 1/2'],
  },
  fi: {
    kind: 'SAATE',
    from: 'Euroopan komission pääsihteerin puolesta johtaja Martine DEPREZ',
    receipt: 'Vastaanottopäivä: 3. lokakuuta 2025',
    to: 'Thérèse BLANCHET, Euroopan unionin neuvoston pääsihteeri',
    cion: 'Kom:n asiak. nro:',
    subject: 'KOMISSION YKSIKÖIDEN VALMISTELUASIAKIRJA Europolin yhteydessä toimivan Euroopan verkkorikostorjuntakeskuksen (EC3) arviointi',
    sentence: 'Valtuuskunnille toimitetaan oheisena asiakirja SWD(2025) 123 final.',
    annexes: ['- LIITE', '- LIITTEET 1–3', 'OSA 1/2'],
  },
  sv: {
    kind: 'FÖLJENOT',
    from: 'Martine DEPREZ, direktör, för Europeiska kommissionens generalsekreterare',
    receipt: 'Mottagen den: 3 oktober 2025',
    to: 'Thérèse BLANCHET, generalsekreterare för Europeiska unionens råd',
    cion: 'Komm. dok. nr:',
    subject: 'ARBETSDOKUMENT FRÅN KOMMISSIONENS AVDELNINGAR Utvärdering av Europeiska it-brottscentrumet (EC3) vid Europol',
    sentence: 'För delegationerna bifogas dokument SWD(2025) 123 final.',
    annexes: ['- BILAGA', '- BILAGOR 1–3', 'DEL 1/2'],
  },
  nl: {
    kind: 'BEGELEIDENDE NOTA',
    from: 'Voor de secretaris-generaal van de Europese Commissie, mevrouw Martine DEPREZ, directeur',
    receipt: 'Datum van ontvangst: 3 oktober 2025',
    to: 'mevrouw Thérèse BLANCHET, secretaris-generaal van de Raad van de Europese Unie',
    cion: 'Nr. Cie-doc.:',
    subject: 'WERKDOCUMENT VAN DE DIENSTEN VAN DE COMMISSIE Evaluatie van het Europees Centrum voor de bestrijding van cybercriminaliteit (EC3) bij Europol',
    sentence: 'Hierbij gaat voor de delegaties document SWD(2025) 123 final.',
    annexes: ['- BIJLAGE', '- BIJLAGEN 1 tot en met 3', 'DEEL 1/2'],
  },
  da: {
    kind: 'FØLGESKRIVELSE',
    from: 'Martine DEPREZ, direktør, på vegne af generalsekretæren for Europa-Kommissionen',
    receipt: 'Modtaget den: 3. oktober 2025',
    to: 'Thérèse BLANCHET, generalsekretær for Rådet for Den Europæiske Union',
    cion: 'Komm. dok. nr.:',
    subject: 'ARBEJDSDOKUMENT FRA KOMMISSIONENS TJENESTEGRENE Evaluering af Det Europæiske Center for Bekæmpelse af IT-kriminalitet (EC3) ved Europol',
    sentence: 'Hermed følger til delegationerne dokument SWD(2025) 123 final.',
    annexes: ['- BILAG', '- BILAG 1-3', 'DEL 1/2'],
  },
};
