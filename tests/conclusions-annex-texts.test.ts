import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { NOTE_HEADS, type NoteHead } from './support/note-heads.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES, wrapWords } from './support/text-shapes.ts';

/**
 * A Presidency note to COSI under which draft Council conclusions stand in the annex (6890/26), as the Council sends
 * them to COSI for agreement: two numbered paragraphs on page 1, then the annex's page with its heading (`ANNEX`), the
 * conclusions' title, the Council's name as their author on a line of its own (`THE COUNCIL OF THE EUROPEAN UNION,`),
 * the recitals each opening with its words in capitals (`RECALLING …;`, `HAVING REGARD TO …;`, `STRESSING that …;`) and
 * the numbered operative paragraphs (`1. CALLS ON …;`, `2. INVITES COSI …`), the annex's footer repeating its heading.
 * As plain `pdftotext` prints a LibreOffice PDF of it (labels as a column, then their values; each number apart from
 * its text; the footer column by column), as `-layout` prints it (label and value on one row, the title centred, each
 * operative paragraph's lines under its text's column), and each page of either run into one line as a copy out of a
 * PDF viewer gives it. The title is longer than a line a viewer's copy would keep apart, so the author's line under it
 * must open a paragraph of its own there too. Each shape must read the subject, the note's paragraphs and, in the
 * annex's section, the title, the author, each recital and each operative paragraph as a paragraph of its own. Written
 * by hand in English, French, German, Spanish, Italian and Polish.
 */
interface Version extends NoteHead {
  values: [string, string, string];
  note: [string, string];
  annex: string;
  title: string;
  author: string;
  recitals: string[];
  operative: string[];
}

const versions: Record<string, Version> = {
  en: {
    ...NOTE_HEADS.en,
    values: [
      'Presidency',
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      'Draft Council conclusions on the protection of public spaces',
    ],
    note: [
      'Delegations will find in the Annex the draft Council conclusions on the protection of public spaces, revised in the light of the comments made by delegations at the meeting of COSI on 17 February 2026 and in writing.',
      'COSI is invited to agree on the draft conclusions set out in the Annex and to forward them to Coreper and the Council for approval.',
    ],
    annex: 'ANNEX',
    title: 'Draft Council conclusions on the protection of public spaces',
    author: 'THE COUNCIL OF THE EUROPEAN UNION,',
    recitals: [
      'RECALLING the EU Counter-Terrorism Agenda of 9 December 2020 and the work done within EMPACT since 2022;',
      'HAVING REGARD TO the Security Union Strategy for 2020-2025;',
      'STRESSING that public spaces must remain open and accessible, while being protected against terrorist and other violent attacks, and that the Member States, CEPOL and Europol share the task;',
    ],
    operative: [
      'CALLS ON the Member States to share best practices on the protection of public spaces through EMPACT;',
      'INVITES COSI to review the implementation of these conclusions by the end of 2027.',
    ],
  },
  fr: {
    ...NOTE_HEADS.fr,
    values: [
      'présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
      'Projet de conclusions du Conseil sur la protection des espaces publics',
    ],
    note: [
      'Les délégations trouveront en annexe le projet de conclusions du Conseil sur la protection des espaces publics, révisé à la lumière des observations formulées par les délégations lors de la réunion du COSI du 17 février 2026.',
      'Le COSI est invité à marquer son accord sur le projet de conclusions figurant en annexe et à le transmettre au Coreper et au Conseil pour approbation.',
    ],
    annex: 'ANNEXE',
    title: 'Projet de conclusions du Conseil sur la protection des espaces publics',
    author: "LE CONSEIL DE L'UNION EUROPÉENNE,",
    recitals: [
      "VU le programme de lutte antiterroriste de l'UE du 9 décembre 2020;",
      "RAPPELANT les travaux menés dans le cadre d'EMPACT depuis 2022;",
      'SOULIGNANT que les espaces publics doivent rester ouverts et accessibles, tout en étant protégés contre les attentats terroristes, et que les États membres, le CEPOL et Europol partagent cette tâche;',
    ],
    operative: [
      'INVITE les États membres à partager leurs bonnes pratiques en matière de protection des espaces publics;',
      "ENCOURAGE Europol et le CEPOL à élaborer des formations d'ici la fin de 2027.",
    ],
  },
  de: {
    ...NOTE_HEADS.de,
    values: [
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
      'Entwurf von Schlussfolgerungen des Rates zum Schutz des öffentlichen Raums',
    ],
    note: [
      'Die Delegationen erhalten in der Anlage den Entwurf von Schlussfolgerungen des Rates zum Schutz des öffentlichen Raums, der im Lichte der Bemerkungen der Delegationen in der Sitzung des COSI vom 17. Februar 2026 überarbeitet wurde.',
      'Der COSI wird ersucht, den Entwurf von Schlussfolgerungen in der Anlage zu billigen und ihn dem AStV und dem Rat zur Annahme zu übermitteln.',
    ],
    annex: 'ANLAGE',
    title: 'Entwurf von Schlussfolgerungen des Rates zum Schutz des öffentlichen Raums',
    author: 'DER RAT DER EUROPÄISCHEN UNION –',
    recitals: [
      'UNTER HINWEIS AUF die Agenda der EU für die Terrorismusbekämpfung vom 9. Dezember 2020,',
      'IN ANERKENNUNG der Arbeiten im Rahmen von EMPACT seit 2022,',
      'IN DEM BEWUSSTSEIN, dass der öffentliche Raum offen und zugänglich bleiben muss –',
    ],
    operative: [
      'FORDERT die Mitgliedstaaten AUF, bewährte Verfahren zum Schutz des öffentlichen Raums auszutauschen;',
      'ERSUCHT den COSI, die Umsetzung dieser Schlussfolgerungen bis Ende 2027 zu überprüfen.',
    ],
  },
  es: {
    ...NOTE_HEADS.es,
    values: [
      'Presidencia',
      'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
      'Proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos',
    ],
    note: [
      'Se remite adjunto a las Delegaciones el proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos, revisado a la luz de las observaciones formuladas en la reunión del COSI del 17 de febrero de 2026.',
      'Se invita al COSI a que apruebe el proyecto de Conclusiones que figura en el anexo y lo transmita al Coreper y al Consejo para su aprobación.',
    ],
    annex: 'ANEXO',
    title: 'Proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos',
    author: 'EL CONSEJO DE LA UNIÓN EUROPEA,',
    recitals: [
      'RECORDANDO el Programa de Lucha contra el Terrorismo de la UE de 9 de diciembre de 2020;',
      'TENIENDO EN CUENTA la Estrategia de la UE para una Unión de la Seguridad 2020-2025;',
      'SUBRAYANDO que los espacios públicos deben seguir siendo abiertos y accesibles, y que los Estados miembros, la CEPOL y Europol comparten esta tarea;',
    ],
    operative: [
      'INSTA a los Estados miembros a intercambiar buenas prácticas a través de EMPACT;',
      'INVITA al COSI a revisar la aplicación de las presentes Conclusiones antes de finales de 2027.',
    ],
  },
  it: {
    ...NOTE_HEADS.it,
    values: [
      'Presidenza',
      'Comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
      'Progetto di conclusioni del Consiglio sulla protezione degli spazi pubblici',
    ],
    note: [
      'Si trasmette in allegato alle delegazioni il progetto di conclusioni del Consiglio sulla protezione degli spazi pubblici, riveduto alla luce delle osservazioni formulate dalle delegazioni nella riunione del COSI del 17 febbraio 2026.',
      'Il COSI è invitato a convenire sul progetto di conclusioni riportato in allegato e a trasmetterlo al Coreper e al Consiglio per approvazione.',
    ],
    annex: 'ALLEGATO',
    title: 'Progetto di conclusioni del Consiglio sulla protezione degli spazi pubblici',
    author: "IL CONSIGLIO DELL'UNIONE EUROPEA,",
    recitals: [
      "RICORDANDO il programma di lotta al terrorismo dell'UE del 9 dicembre 2020 e i lavori svolti nell'ambito di EMPACT dal 2022;",
      "VISTA la strategia dell'UE per l'Unione della sicurezza 2020-2025;",
      'SOTTOLINEANDO che gli spazi pubblici devono restare aperti e accessibili, pur essendo protetti dagli attentati terroristici, e che gli Stati membri, la CEPOL ed Europol condividono tale compito;',
    ],
    operative: [
      'INVITA gli Stati membri a scambiare buone pratiche in materia di protezione degli spazi pubblici nel quadro di EMPACT;',
      "INVITA il COSI a riesaminare l'attuazione delle presenti conclusioni entro la fine del 2027.",
    ],
  },
  pl: {
    ...NOTE_HEADS.pl,
    values: [
      'prezydencja',
      'Stały Komitet ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego (COSI)',
      'Projekt konkluzji Rady w sprawie ochrony przestrzeni publicznej',
    ],
    note: [
      'W załączniku delegacje otrzymują projekt konkluzji Rady w sprawie ochrony przestrzeni publicznej, zmieniony w świetle uwag zgłoszonych przez delegacje na posiedzeniu COSI w dniu 17 lutego 2026 r.',
      'COSI jest proszony o uzgodnienie projektu konkluzji zawartego w załączniku i przekazanie go Coreperowi i Radzie do zatwierdzenia.',
    ],
    annex: 'ZAŁĄCZNIK',
    title: 'Projekt konkluzji Rady w sprawie ochrony przestrzeni publicznej',
    author: 'RADA UNII EUROPEJSKIEJ,',
    recitals: [
      'PRZYPOMINAJĄC unijny program zwalczania terroryzmu z 9 grudnia 2020 r. oraz prace prowadzone w ramach EMPACT od 2022 r.;',
      'UWZGLĘDNIAJĄC strategię UE w sprawie unii bezpieczeństwa na lata 2020–2025;',
      'PODKREŚLAJĄC, że przestrzeń publiczna musi pozostać otwarta i dostępna, a jednocześnie chroniona przed atakami terrorystycznymi, oraz że państwa członkowskie, CEPOL i Europol wspólnie wykonują to zadanie;',
    ],
    operative: [
      'WZYWA państwa członkowskie do wymiany najlepszych praktyk w zakresie ochrony przestrzeni publicznej w ramach EMPACT;',
      'ZWRACA SIĘ do COSI o dokonanie przeglądu wdrażania niniejszych konkluzji do końca 2027 r.',
    ],
  },
};

/** The width a body's lines run to: plain `pdftotext` and `-layout` wrap the same lines. */
const WIDTH = 88;

/** The column `-layout` sets a numbered paragraph's text in, after its number. */
const TEXT_COLUMN = '        ';

/** A numbered paragraph as plain `pdftotext` prints it (the number apart, a blank line, the text) or as `-layout` does. */
function numbered(number: number, text: string, layout: boolean): string[] {
  const lines = wrapWords(text, WIDTH - TEXT_COLUMN.length);
  if (!layout) return [`${number}.`, '', ...lines, ''];
  return [`${`${number}.`.padEnd(TEXT_COLUMN.length)}${lines[0] ?? ''}`, ...lines.slice(1).map((line) => `${TEXT_COLUMN}${line}`), ''];
}

/** The note and its annex as plain `pdftotext` prints them (`layout` false) or as `-layout` does, each page closed by a form feed. */
function noteWithConclusions(version: Version, layout: boolean): string {
  const [from, to, subject] = version.values;
  const header = layout
    ? [
        version.institution[0],
        `${version.institution[1].padEnd(66)}${version.placeDate}`,
        `${''.padEnd(66)}(OR. en)`,
        `${''.padEnd(66)}6890/26`,
        '',
        `${''.padEnd(66)}LIMITE`,
        `${''.padEnd(66)}COSI 41`,
        `${''.padEnd(66)}ENFOPOL 88`,
        `${''.padEnd(66)}JAI 301`,
        '',
        version.kind,
        `${version.labels[0].padEnd(16)}${from}`,
        `${version.labels[1].padEnd(16)}${to}`,
        `${version.labels[2].padEnd(16)}${subject}`,
        '',
      ]
    : [
        ...version.institution,
        '',
        version.placeDate,
        '(OR. en)',
        '6890/26',
        'LIMITE',
        'COSI 41',
        'ENFOPOL 88',
        'JAI 301',
        '',
        version.kind,
        ...version.labels,
        '',
        ...version.values,
        '',
      ];
  const note = version.note.flatMap((paragraph, index) => numbered(index + 1, paragraph, layout));
  const footer = (page: number, annex: string) =>
    layout
      ? [
          `6890/26                                        TR/kl                                       ${page}`,
          `${annex.padEnd(15)}JAI.1                        LIMITE                                   ${version.language}`,
        ]
      : ['6890/26', ...(annex === '' ? [] : [annex]), 'JAI.1', '', 'TR/kl', '', String(page), 'LIMITE', '', version.language];
  const paragraph = (text: string) => [...wrapWords(text, WIDTH), ''];
  const annexPage = [
    layout ? `${''.padEnd(80)}${version.annex}` : version.annex,
    '',
    layout ? `${''.padEnd(Math.max(0, Math.floor((WIDTH - version.title.length) / 2)))}${version.title}` : version.title,
    '',
    version.author,
    '',
    ...version.recitals.flatMap(paragraph),
    ...version.operative.flatMap((text, index) => numbered(index + 1, text, layout)),
  ];
  return [...header, ...note, '', ...footer(1, ''), '\f', ...annexPage, '', ...footer(2, version.annex), '\f'].join('\n');
}

describe.each(Object.entries(versions))('draft Council conclusions annexed to a Presidency note (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads the note, and the title, author, each recital and each operative paragraph of the annex (%s)', (_shape, layout, flat) => {
    const text = inShape(noteWithConclusions(version, layout), flat);
    const record = expectOk(parseDocument(text, 'content/sources/conclusions.txt'));
    expect([record.number, record.date, record.limite, record.from, record.subject]).toEqual([
      '6890/26',
      '2026-03-04',
      true,
      version.values[0],
      version.values[2],
    ]);
    const annex = record.sections.find((section) => section.title === version.annex);
    const rest = record.sections.filter((section) => section !== annex);
    expect(rest.flatMap((section) => section.text.map(plain))).toEqual(version.note.map((text, index) => `${index + 1}. ${text}`));
    expect((annex?.text ?? []).map(plain)).toEqual([
      version.title,
      version.author,
      ...version.recitals,
      ...version.operative.map((text, index) => `${index + 1}. ${text}`),
    ]);
  });
});
