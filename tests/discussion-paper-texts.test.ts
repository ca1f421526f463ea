import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { paperPage, type PaperHead } from './support/discussion-paper.ts';
import { NOTE_HEADS } from './support/note-heads.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A Presidency discussion paper to COSI: a LIMITE note whose subject ends in a word in small letters after a dash
 * (`… after 2029` / `– Presidency discussion paper`), its parts numbered headings in mixed case (`1. Introduction`,
 * `2. Questions to delegations`) with unnumbered paragraphs under them, and the questions to delegations as lettered
 * points after a lead-in (`(a) Do delegations agree …?`). As plain `pdftotext` prints a LibreOffice PDF of it (labels
 * as a column, then their values; each number apart from its heading; the two-line footer column by column), as
 * `-layout` prints it (label and value on one row, number and heading on one line), and each page of either run into
 * one line as a copy out of a PDF viewer gives it. Each shape must read the subject, each part as a section (its
 * number, its heading as title) and each question as a paragraph of its own opening with its letter, as the body
 * keeps a point. Written by hand in English, French, German, Polish, Spanish, Italian, Hungarian, Greek and Bulgarian (the Spanish
 * questions open with their inverted mark, `a) ¿Están de acuerdo las delegaciones …?`, as Spanish prints a question; the
 * Hungarian paragraphs open with the Presidency and its verb in the present, `Az elnökség emlékezteti a delegációkat
 * arra, hogy Europol …`, `Az elnökség felkéri a COSI-t, hogy … a következő kérdéseket:`, a name further on and the lead-in
 * ending in a colon; the Greek points lettered in its alphabet, `α)`, `β)`, each question ending in its question mark
 * `;`; the Bulgarian points lettered in Cyrillic, `а)`, `б)`).
 */
interface Version extends PaperHead {
  parts: { title: string; paragraphs: string[] }[];
}

const versions: Record<string, Version> = {
  en: {
    ...NOTE_HEADS.en,
    values: [
      'Presidency',
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      ['Future of the EU Policy Cycle / EMPACT after 2029', '– Presidency discussion paper'],
    ],
    parts: [
      {
        title: 'Introduction',
        paragraphs: [
          'The EU Policy Cycle for organised and serious international crime (EMPACT) has been the main tool of operational cooperation since 2010. The current cycle ends in 2029.',
        ],
      },
      {
        title: 'Questions to delegations',
        paragraphs: [
          'In view of the above, delegations are invited to reply to the following questions at the COSI meeting on 18 March 2026:',
          '(a) Do delegations agree that the number of EMPACT priorities should be reduced?',
          '(b) Which operational results of the current cycle should the next cycle build on?',
          '(c) How could the participation of third countries in the operational action plans be improved?',
        ],
      },
    ],
  },
  fr: {
    ...NOTE_HEADS.fr,
    values: [
      'présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
      ["Avenir du cycle politique de l'UE / EMPACT après 2029", '– document de réflexion de la présidence'],
    ],
    parts: [
      {
        title: 'Introduction',
        paragraphs: [
          "Le cycle politique de l'UE pour lutter contre la grande criminalité internationale organisée (EMPACT) est le principal outil de la coopération opérationnelle depuis 2010. Le cycle actuel prend fin en 2029.",
        ],
      },
      {
        title: 'Questions aux délégations',
        paragraphs: [
          'Les délégations sont invitées à répondre aux questions suivantes lors de la réunion du COSI du 18 mars 2026:',
          "a) Les délégations estiment-elles que le nombre de priorités d'EMPACT devrait être réduit?",
          'b) Sur quels résultats opérationnels du cycle actuel le prochain cycle devrait-il s’appuyer?',
        ],
      },
    ],
  },
  de: {
    ...NOTE_HEADS.de,
    values: [
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
      ['Zukunft des EU-Politikzyklus / EMPACT nach 2029', '– Diskussionspapier des Vorsitzes'],
    ],
    parts: [
      {
        title: 'Einleitung',
        paragraphs: [
          'Der EU-Politikzyklus zur Bekämpfung der organisierten und schweren internationalen Kriminalität (EMPACT) ist seit 2010 das wichtigste Instrument der operativen Zusammenarbeit. Der derzeitige Zyklus endet 2029.',
        ],
      },
      {
        title: 'Fragen an die Delegationen',
        paragraphs: [
          'Die Delegationen werden ersucht, auf der Sitzung des COSI am 18. März 2026 folgende Fragen zu beantworten:',
          'a) Sind die Delegationen der Auffassung, dass die Zahl der EMPACT-Prioritäten verringert werden sollte?',
          'b) Auf welchen operativen Ergebnissen des derzeitigen Zyklus sollte der nächste Zyklus aufbauen?',
        ],
      },
    ],
  },
  pl: {
    ...NOTE_HEADS.pl,
    values: [
      'prezydencja',
      'Stały Komitet ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego (COSI)',
      ['Przyszłość cyklu polityki UE / EMPACT po 2029 roku', '– dokument prezydencji do dyskusji'],
    ],
    parts: [
      {
        title: 'Wprowadzenie',
        paragraphs: [
          'Cykl polityki UE dotyczący zwalczania poważnej i zorganizowanej przestępczości międzynarodowej (EMPACT) jest od 2010 roku głównym narzędziem współpracy operacyjnej. Obecny cykl kończy się w 2029 roku.',
        ],
      },
      {
        title: 'Pytania do delegacji',
        paragraphs: [
          'Delegacje proszone są o udzielenie odpowiedzi na następujące pytania na posiedzeniu COSI w dniu 18 marca 2026 r.:',
          'a) Czy delegacje zgadzają się, że liczbę priorytetów EMPACT należy ograniczyć?',
          'b) Na jakich wynikach operacyjnych obecnego cyklu powinien opierać się kolejny cykl?',
        ],
      },
    ],
  },
  hu: {
    ...NOTE_HEADS.hu,
    values: [
      'az elnökség',
      'a belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI)',
      ['Az uniós szakpolitikai ciklus / EMPACT jövője 2029 után', '– az elnökség vitaanyaga'],
    ],
    parts: [
      {
        title: 'Bevezetés',
        paragraphs: [
          'Az elnökség emlékezteti a delegációkat arra, hogy Europol értékelése szerint a szervezett és súlyos nemzetközi bűnözéssel foglalkozó uniós szakpolitikai ciklus (EMPACT) 2010 óta az operatív együttműködés fő eszköze. A jelenlegi ciklus 2029-ben zárul.',
        ],
      },
      {
        title: 'A delegációkhoz intézett kérdések',
        paragraphs: [
          'Az elnökség felkéri a COSI-t, hogy 2026. március 18-i ülésén vitassa meg a következő kérdéseket:',
          'a) Egyetértenek-e a delegációk azzal, hogy csökkenteni kell az EMPACT-prioritások számát?',
          'b) A jelenlegi ciklus mely operatív eredményeire kell a következő ciklusnak építenie?',
        ],
      },
    ],
  },
  el: {
    ...NOTE_HEADS.el,
    values: [
      'Προεδρία',
      'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI)',
      ['Το μέλλον του κύκλου πολιτικής της ΕΕ / EMPACT μετά το 2029', '– έγγραφο προβληματισμού της Προεδρίας'],
    ],
    parts: [
      {
        title: 'Εισαγωγή',
        paragraphs: [
          'Η Προεδρία υπενθυμίζει ότι, σύμφωνα με την αξιολόγηση της Ευρωπόλ, ο κύκλος πολιτικής της ΕΕ για το σοβαρό και οργανωμένο διεθνές έγκλημα (EMPACT) αποτελεί από το 2010 το κύριο εργαλείο επιχειρησιακής συνεργασίας. Ο τρέχων κύκλος λήγει το 2029.',
        ],
      },
      {
        title: 'Ερωτήσεις προς τις αντιπροσωπίες',
        paragraphs: [
          'Η Προεδρία καλεί τις αντιπροσωπίες να απαντήσουν στις ακόλουθες ερωτήσεις κατά τη συνεδρίαση της COSI στις 18 Μαρτίου 2026:',
          'α) Συμφωνούν οι αντιπροσωπίες ότι ο αριθμός των προτεραιοτήτων της EMPACT θα πρέπει να μειωθεί;',
          'β) Σε ποια επιχειρησιακά αποτελέσματα του τρέχοντος κύκλου θα πρέπει να βασιστεί ο επόμενος κύκλος;',
        ],
      },
    ],
  },
  bg: {
    ...NOTE_HEADS.bg,
    values: [
      'Председателството',
      'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI)',
      ['Бъдещето на цикъла на политиката на ЕС / EMPACT след 2029 г.', '– документ за обсъждане на председателството'],
    ],
    parts: [
      {
        title: 'Въведение',
        paragraphs: [
          'Цикълът на политиката на ЕС за борба с тежката и организираната международна престъпност (EMPACT) е основният инструмент за оперативно сътрудничество от 2010 г. насам. Настоящият цикъл приключва през 2029 г.',
        ],
      },
      {
        title: 'Въпроси към делегациите',
        paragraphs: [
          'Делегациите се приканват да отговорят на следните въпроси на заседанието на COSI на 18 март 2026 г.:',
          'а) Съгласни ли са делегациите, че броят на приоритетите на EMPACT следва да бъде намален?',
          'б) Върху кои оперативни резултати от настоящия цикъл следва да се основава следващият цикъл?',
        ],
      },
    ],
  },
  es: {
    ...NOTE_HEADS.es,
    values: [
      'Presidencia',
      'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
      ['Futuro del ciclo de actuación de la UE / EMPACT después de 2029', '– Documento de debate de la Presidencia'],
    ],
    parts: [
      {
        title: 'Introducción',
        paragraphs: [
          'El ciclo de actuación de la UE contra la delincuencia organizada y grave internacional (EMPACT) ha sido el principal instrumento de cooperación operativa desde 2010. El ciclo actual termina en 2029.',
        ],
      },
      {
        title: 'Preguntas a las delegaciones',
        paragraphs: [
          'Se invita a las delegaciones a responder a las siguientes preguntas en la reunión del COSI del 18 de marzo de 2026:',
          'a) ¿Están de acuerdo las delegaciones en que debería reducirse el número de prioridades de EMPACT?',
          'b) ¿En qué resultados operativos del ciclo actual debería basarse el próximo ciclo?',
        ],
      },
    ],
  },
  it: {
    ...NOTE_HEADS.it,
    values: [
      'Presidenza',
      'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
      ["Futuro del ciclo programmatico dell'UE / EMPACT dopo il 2029", '– documento di discussione della Presidenza'],
    ],
    parts: [
      {
        title: 'Introduzione',
        paragraphs: [
          "Il ciclo programmatico dell'UE per contrastare la criminalità organizzata e le forme gravi di criminalità internazionale (EMPACT) è dal 2010 il principale strumento di cooperazione operativa. Il ciclo attuale termina nel 2029.",
        ],
      },
      {
        title: 'Domande alle delegazioni',
        paragraphs: [
          'Le delegazioni sono invitate a rispondere alle seguenti domande nella riunione del COSI del 18 marzo 2026:',
          "a) Le delegazioni concordano sulla necessità di ridurre il numero delle priorità dell'EMPACT?",
          'b) Su quali risultati operativi del ciclo attuale dovrebbe basarsi il prossimo ciclo?',
        ],
      },
    ],
  },
};

/** The alphabets a point is lettered in: Latin, Greek (`α)`, `β)`) and the Bulgarian version's Cyrillic (`а)`, `б)`); a letter's place gives its number. */
const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'αβγδεζηθικλμνξοπρστυφχψω', 'абвгдежзийклмнопрстуфхцчшщъьюя'];

/** A point's label at a paragraph's start (`(a)`, `b)`), which plain `pdftotext` prints apart and `-layout` before a tab. */
const LABEL = /^(\(?[a-zα-ωа-я]\))[ ](.*)$/u;

/** The paper as plain `pdftotext` prints it (`layout` false) or as `-layout` does; `lines` gives its body's lines (its parts numbered 1, 2 unless told). */
function paper(version: Version, layout: boolean, lines: (version: Version, layout: boolean) => string[] = numberedHeadings): string {
  return paperPage(version, layout, lines(version, layout));
}

/** The paper's body: its parts numbered 1, 2 with their headings, unnumbered paragraphs and lettered questions under them. */
function numberedHeadings(version: Version, layout: boolean): string[] {
  return version.parts.flatMap(({ title, paragraphs }, index) => {
    const heading = layout ? [`${index + 1}.      ${title}`] : [`${index + 1}.`, '', title];
    const text = paragraphs.flatMap((paragraph) => {
      const point = LABEL.exec(paragraph);
      if (point === null) return [paragraph, ''];
      return layout ? [`      ${point[1]}      ${point[2]}`, ''] : [point[1] ?? '', '', point[2] ?? '', ''];
    });
    return ['', ...heading, '', ...text];
  });
}

describe.each(Object.entries(versions))('a Presidency discussion paper with questions to delegations (%s)', (_language, version) => {
  const printed = version.parts.map(({ title, paragraphs }, index) => ({ number: String(index + 1), title, text: paragraphs }));
  it.each(TEXT_SHAPES)('reads its subject, each part with its heading and each question as a paragraph of its own (%s)', (_shape, layout, flat) => {
    const text = inShape(paper(version, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/discussion-paper.txt'));
    expect([record.number, record.date, record.limite, record.from]).toEqual(['6789/26', '2026-03-04', true, version.values[0]]);
    expect(record.subject).toBe(version.values[2].join(' '));
    expect(record.sections.map((section) => ({ number: section.number, title: section.title, text: section.text.map(plain) }))).toEqual(printed);
  });
});

/** The Roman numeral of a part of the steering note. */
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The same paper as a Presidency steering note prints it (in English, French, German, Italian, Polish, Spanish, Hungarian, Greek and Bulgarian): its parts numbered
 * in Roman numerals (`II.      Questions to delegations`), its paragraphs numbered on across them (`1.`, `2.`), the
 * lead-in a numbered paragraph of its own ending in a colon (`2. In view of the above, delegations are invited to reply
 * … 18 March 2026:`) and the questions numbered with a bracket (`1) Do delegations agree …?`), as plain `pdftotext`
 * (each number apart) or `-layout` prints it.
 */
function steeringNote(version: Version, layout: boolean): string {
  return paper(version, layout, (printed, columns) =>
    numberedParts(printed).flatMap(({ number, title, text }) => {
      const heading = columns ? [`${number}.      ${title}`] : [`${number}.`, '', title];
      const paragraphs = text.flatMap((paragraph) => {
        const point = /^(\d{1,2}[.)])[ ](.*)$/u.exec(paragraph);
        if (point === null) return [paragraph, ''];
        const indent = point[1]?.endsWith(')') === true ? '        ' : '';
        return columns ? [`${indent}${point[1]}      ${point[2]}`, ''] : [point[1] ?? '', '', point[2] ?? '', ''];
      });
      return ['', ...heading, '', ...paragraphs];
    }),
  );
}

/** The steering note's parts: each numbered in Roman numerals, its paragraphs numbered on, its questions `1)`, `2)`, `3)`. */
function numberedParts(version: Version): { number: string; title: string; text: string[] }[] {
  let paragraph = 0;
  return version.parts.map(({ title, paragraphs }, index) => ({
    number: ROMAN[index] ?? '',
    title,
    text: paragraphs.map((text) => {
      const point = LABEL.exec(text);
      if (point !== null) {
        const letter = (point[1] ?? 'a').replace(/[()]/gu, '');
        const place = ALPHABETS.map((alphabet) => alphabet.indexOf(letter)).find((index) => index >= 0) ?? 0;
        return `${place + 1}) ${point[2] ?? ''}`;
      }
      paragraph += 1;
      return `${paragraph}. ${text}`;
    }),
  }));
}

/**
 * The versions the steering note is written in: all nine, the Polish page run into one line keeping its paragraph whole
 * after an acronym (`1. Cykl polityki UE dotyczący …`, the EU's cycle, no title and text) and the Spanish one cutting its
 * questions after their inverted mark (`… de 2026: 1) ¿Están de acuerdo …? 2) ¿En qué …?`).
 */
const STEERING_LANGUAGES = ['en', 'fr', 'de', 'it', 'pl', 'es', 'hu', 'el', 'bg'];

describe.each(Object.entries(versions).filter(([language]) => STEERING_LANGUAGES.includes(language)))(
  'a Presidency steering note whose numbered paragraph leads in to numbered questions (%s)',
  (_language, version) => {
    it.each(TEXT_SHAPES)(
      'reads each part with its heading, the lead-in as a paragraph of it and each question as a paragraph of its own (%s)',
      (_shape, layout, flat) => {
        const text = inShape(steeringNote(version, layout), flat);
        const record = expectOk(parseDocument(text, 'content/sources/steering-note.txt'));
        expect([record.number, record.date, record.limite, record.from]).toEqual(['6789/26', '2026-03-04', true, version.values[0]]);
        expect(record.subject).toBe(version.values[2].join(' '));
        expect(record.sections.map((section) => ({ number: section.number, title: section.title, text: section.text.map(plain) }))).toEqual(
          numberedParts(version),
        );
      },
    );
  },
);
