import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlockWithCalls } from './support/block-text.ts';
import { paperPage, type PaperHead } from './support/discussion-paper.ts';
import { NOTE_HEADS } from './support/note-heads.ts';
import { expectOk, project } from './support/projection.ts';
import { inShape, TEXT_SHAPES_AND_PLAIN_COPY, wrapWords } from './support/text-shapes.ts';

/**
 * A Presidency note to COSI (6789/26) whose footnote 1 is called right after a document's number (`… set out in
 * 14470/25¹ and invited …`) and footnote 2 right after the abbreviation that ends an enumeration (`… training, etc.²
 * and asked …`, `usw.²`, `ecc.²`, `itd.²`, `κ.λπ.²`, `и т.н.²`), each before the sentence goes on in lower case (in
 * Bulgarian the first before its comma, `14470/25¹, и прикани`). The register's texts print such a superscript call
 * one space apart (`14470/25 1 and`, `etc. 2 and`: plain `pdftotext` and `-layout` of a LibreOffice PDF print the one
 * after a document's number so) or glued (`14470/251 and`, `etc.2 and`, a viewer's copy of a word processor's PDF). The
 * document's number keeps its year on two figures, so `14470/251` is the number `14470/25` and call 1, where the act
 * the same sentence cites, Directive (EU) 2016/681, is a year and a number of three figures and calls nothing.
 * Written by hand in eight versions, as plain `pdftotext` and `-layout` print it, a viewer's copy of each and each page
 * run into one line: each shape must read both footnotes with their texts, each called once where it is printed, and
 * leave the Directive's number and the document's as printed.
 */
interface Version extends PaperHead {
  parts: [string, string];
  /** Paragraph 1, its call written `¹` after the document's number; paragraph 2, its call written `²` after the abbreviation; paragraph 3. */
  first: string;
  second: string;
  last: string;
  notes: [string, string];
}

const versions: Record<string, Version> = {
  en: {
    ...NOTE_HEADS.en,
    values: [
      'Presidency',
      'Standing Committee on Operational Cooperation on Internal Security',
      ['Passenger data in the fight against serious crime', '– Exchange of views'],
    ],
    parts: ['INTRODUCTION', 'STATE OF PLAY'],
    first:
      'The Presidency presented the draft conclusions set out in 14470/25¹ and invited delegations to send their comments, taking into account Directive (EU) 2016/681.',
    second: 'Delegations raised the exchange of information, the role of the agencies, training, etc.² and asked the Presidency to report on them.',
    last: 'The Presidency will inform COSI of the outcome at its meeting on 11 June 2026.',
    notes: ['Also circulated as WK 15012/2025.', 'Written comments were received from eight delegations.'],
  },
  fr: {
    ...NOTE_HEADS.fr,
    values: [
      'Présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
      ['Données des passagers dans la lutte contre la criminalité grave', '– Échange de vues'],
    ],
    parts: ['INTRODUCTION', 'ÉTAT DES LIEUX'],
    first:
      'La présidence a présenté le projet de conclusions figurant dans le document 14470/25¹ et a invité les délégations à transmettre leurs observations, compte tenu de la directive (UE) 2016/681.',
    second:
      'Les délégations ont évoqué l’échange d’informations, le rôle des agences, la formation, etc.² et ont demandé à la présidence de faire rapport à ce sujet.',
    last: 'La présidence informera le COSI du résultat lors de sa réunion du 11 juin 2026.',
    notes: ['Également diffusé sous la cote WK 15012/2025.', 'Huit délégations ont transmis des observations écrites.'],
  },
  de: {
    ...NOTE_HEADS.de,
    values: [
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
      ['Fluggastdaten bei der Bekämpfung schwerer Kriminalität', '– Gedankenaustausch'],
    ],
    parts: ['EINLEITUNG', 'SACHSTAND'],
    first:
      'Der Vorsitz hat den Entwurf von Schlussfolgerungen in Dokument 14470/25¹ vorgestellt und die Delegationen ersucht, ihre Bemerkungen unter Berücksichtigung der Richtlinie (EU) 2016/681 zu übermitteln.',
    second:
      'Die Delegationen sprachen den Informationsaustausch, die Rolle der Agenturen, die Ausbildung usw.² an und ersuchten den Vorsitz, darüber Bericht zu erstatten.',
    last: 'Der Vorsitz wird den COSI auf seiner Tagung am 11. Juni 2026 über das Ergebnis unterrichten.',
    notes: ['Auch als WK 15012/2025 verteilt.', 'Acht Delegationen haben schriftliche Bemerkungen übermittelt.'],
  },
  es: {
    ...NOTE_HEADS.es,
    values: [
      'Presidencia',
      'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior',
      ['Datos de los pasajeros en la lucha contra la delincuencia grave', '– Cambio de impresiones'],
    ],
    parts: ['INTRODUCCIÓN', 'SITUACIÓN ACTUAL'],
    first:
      'La Presidencia presentó el proyecto de Conclusiones que figura en el documento 14470/25¹ e invitó a las delegaciones a enviar sus observaciones, teniendo en cuenta la Directiva (UE) 2016/681.',
    second:
      'Las delegaciones plantearon el intercambio de información, el papel de las agencias, la formación, etc.² y pidieron a la Presidencia que informara al respecto.',
    last: 'La Presidencia informará al COSI del resultado en su reunión del 11 de junio de 2026.',
    notes: ['Distribuido también con la signatura WK 15012/2025.', 'Ocho delegaciones enviaron observaciones por escrito.'],
  },
  it: {
    ...NOTE_HEADS.it,
    values: [
      'Presidenza',
      'Comitato permanente per la cooperazione operativa in materia di sicurezza interna',
      ['Dati dei passeggeri nella lotta contro i reati gravi', '– Scambio di opinioni'],
    ],
    parts: ['INTRODUZIONE', 'SITUAZIONE ATTUALE'],
    first:
      'La presidenza ha presentato il progetto di conclusioni che figura nel documento 14470/25¹ e ha invitato le delegazioni a trasmettere le loro osservazioni, tenendo conto della direttiva (UE) 2016/681.',
    second:
      'Le delegazioni hanno sollevato lo scambio di informazioni, il ruolo delle agenzie, la formazione ecc.² e hanno chiesto alla presidenza di riferire in merito.',
    last: 'La presidenza informerà il COSI del risultato nella riunione dell’11 giugno 2026.',
    notes: ['Diffuso anche come WK 15012/2025.', 'Otto delegazioni hanno trasmesso osservazioni scritte.'],
  },
  pl: {
    ...NOTE_HEADS.pl,
    values: [
      'Prezydencja',
      'Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI)',
      ['Dane pasażerów w zwalczaniu poważnej przestępczości', '– Wymiana poglądów'],
    ],
    parts: ['WPROWADZENIE', 'STAN PRAC'],
    first:
      'Prezydencja przedstawiła projekt konkluzji zawarty w dokumencie 14470/25¹ i zwróciła się do delegacji o przesłanie uwag z uwzględnieniem dyrektywy (UE) 2016/681.',
    second:
      'Delegacje poruszyły kwestie wymiany informacji, roli agencji, szkoleń itd.² i zwróciły się do prezydencji o przedstawienie sprawozdania w tej sprawie.',
    last: 'Prezydencja poinformuje COSI o wynikach na posiedzeniu w dniu 11 czerwca 2026 r.',
    notes: ['Rozesłano również jako WK 15012/2025.', 'Uwagi na piśmie przesłało osiem delegacji.'],
  },
  el: {
    ...NOTE_HEADS.el,
    values: [
      'Προεδρία',
      'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια',
      ['Δεδομένα επιβατών για την καταπολέμηση σοβαρών εγκλημάτων', '– Ανταλλαγή απόψεων'],
    ],
    parts: ['ΕΙΣΑΓΩΓΗ', 'ΤΡΕΧΟΥΣΑ ΚΑΤΑΣΤΑΣΗ'],
    first:
      'Η Προεδρία παρουσίασε το σχέδιο συμπερασμάτων που περιέχεται στο έγγραφο 14470/25¹ και κάλεσε τις αντιπροσωπίες να διαβιβάσουν τις παρατηρήσεις τους, λαμβάνοντας υπόψη την οδηγία (ΕΕ) 2016/681.',
    second: 'Οι αντιπροσωπίες έθεσαν την ανταλλαγή πληροφοριών, τον ρόλο των οργανισμών, την κατάρτιση κ.λπ.² και ζήτησαν από την Προεδρία να υποβάλει έκθεση.',
    last: 'Η Προεδρία θα ενημερώσει την COSI για το αποτέλεσμα στη συνεδρίασή της στις 11 Ιουνίου 2026.',
    notes: ['Διανεμήθηκε επίσης ως WK 15012/2025.', 'Οκτώ αντιπροσωπίες διαβίβασαν γραπτές παρατηρήσεις.'],
  },
  bg: {
    ...NOTE_HEADS.bg,
    values: [
      'Председателството',
      'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност',
      ['Данни за пътниците в борбата с тежката престъпност', '– Обмен на мнения'],
    ],
    parts: ['ВЪВЕДЕНИЕ', 'ТЕКУЩО СЪСТОЯНИЕ'],
    first:
      'Председателството представи проекта на заключения, съдържащ се в документ 14470/25¹, и прикани делегациите да изпратят своите бележки, като вземат предвид Директива (ЕС) 2016/681.',
    second:
      'Делегациите повдигнаха въпросите за обмена на информация, ролята на агенциите, обучението и т.н.² и поискаха от председателството да докладва по тях.',
    last: 'Председателството ще информира COSI за резултата на заседанието си на 11 юни 2026 г.',
    notes: ['Разпространено и като WK 15012/2025.', 'Осем делегации изпратиха писмени бележки.'],
  },
};

/** How the register's texts print a superscript call: one space apart from what it follows, or glued to it. */
const CALLS = { 'one space apart': ' ', glued: '' } as const;

/** How wide the body's lines run, as the register's notes wrap them. */
const WIDTH = 84;

/**
 * The note's body as plain `pdftotext` prints it (`layout` false: each number apart from its text, a blank line
 * between) or as `-layout` does (the number before its text, the wrapped lines under it indented), each call printed
 * `apart` from what it follows, the footnotes at the page's foot.
 */
function body(version: Version, layout: boolean, apart: string): string[] {
  const printed = (text: string): string => text.replace('¹', `${apart}1`).replace('²', `${apart}2`);
  const numbered = (number: string, lines: string[]): string[] =>
    layout ? [`${`${number}.`.padEnd(6)}${lines[0] ?? ''}`, ...lines.slice(1).map((line) => `      ${line}`), ''] : [`${number}.`, '', ...lines, ''];
  const paragraph = (number: string, text: string): string[] => numbered(number, wrapWords(printed(text), WIDTH - 6));
  return [
    '',
    ...numbered('I', [version.parts[0]]),
    ...paragraph('1', version.first),
    ...numbered('II', [version.parts[1]]),
    ...paragraph('2', version.second),
    ...paragraph('3', version.last),
    '',
    `1 ${version.notes[0]}`,
    `2 ${version.notes[1]}`,
  ];
}

/** The words around a call as the record keeps them, `^N` where the call stands (`14470/25 ^1 and`, `etc.^2 and`). */
function called(text: string, mark: '¹' | '²', apart: string): string {
  const match = new RegExp(String.raw`\S+${mark},? \S+`, 'u').exec(text)?.[0] ?? '';
  return match.replace(mark, `${apart}^${mark === '¹' ? '1' : '2'}`);
}

describe.each(Object.entries(versions))('a note calling its footnotes after a document’s number and after `etc.` (%s)', (_language, version) => {
  describe.each(Object.entries(CALLS))('each call printed %s', (_calls, apart) => {
    it.each(TEXT_SHAPES_AND_PLAIN_COPY)('reads both footnotes, each called once where it is printed (%s)', (_shape, layout, flat) => {
      const text = inShape(paperPage(version, layout, body(version, layout, apart)), flat);
      const record = expectOk(parseDocument(text, 'content/sources/abbreviation-number-calls.txt'));
      expect(project(record).footnotes).toEqual([
        { mark: '1', text: version.notes[0] },
        { mark: '2', text: version.notes[1] },
      ]);
      const written = record.sections.flatMap((section) => section.text.map(plainBlockWithCalls)).join(' ');
      expect(written.match(/\^\d+/gu)).toEqual(['^1', '^2']);
      expect(written).toContain(called(version.first, '¹', apart));
      expect(written).toContain(called(version.second, '²', apart));
      expect(written).toContain('2016/681');
    });
  });
});
