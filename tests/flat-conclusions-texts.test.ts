import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A Presidency note whose annex holds draft Council conclusions, as plain `pdftotext` prints a LibreOffice PDF of it
 * (the header table a cell to a line, each paragraph's number apart from its text, the two-line footer column by
 * column), each page then run into one line as a copy out of a PDF viewer gives it. The conclusions print the
 * Council's name as their author on a line of its own, each recital under it opening with its words in capitals
 * (`RECALLING …;`, `HAVING REGARD TO …;`, `STRESSING …;`), then the operative paragraphs, unnumbered or numbered
 * (`1. CALLS ON …`); each must be read as a paragraph of its own, as the page prints it, in the annex's section.
 * Written by hand in English, French, German and Spanish; an acronym in capitals inside a recital (`EMPACT`, `CEPOL`)
 * opens none.
 */
interface Version {
  header: string;
  footer: (page: number) => string;
  annex: string;
  title: string;
  author: string;
  paragraphs: string[];
}

const versions: Record<string, Version> = {
  en: {
    header: `Council of the
European Union

Brussels, 4 March 2026
(OR. en)
6890/26
LIMITE
COSI 41
ENFOPOL 88
JAI 301

NOTE
From:
To:
Subject:

Presidency
Standing Committee on Operational Cooperation on Internal Security (COSI)
Draft Council conclusions on the protection of public spaces

1.

Delegations will find in the Annex the draft Council conclusions on the protection of public spaces, revised in the light of the comments made by delegations at the meeting of COSI on 17 February 2026 and in writing.

2.

COSI is invited to agree on the draft conclusions set out in the Annex and to forward them to Coreper and the Council for approval.`,
    footer: (page) => `6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n${page}\nEN`,
    annex: 'ANNEX',
    title: 'Draft Council conclusions on the protection of public spaces',
    author: 'THE COUNCIL OF THE EUROPEAN UNION,',
    paragraphs: [
      'RECALLING the EU Counter-Terrorism Agenda of 9 December 2020 and the work done within EMPACT since 2022;',
      'HAVING REGARD TO the Security Union Strategy for 2020-2025;',
      'STRESSING that public spaces must remain open and accessible, while being protected against terrorist and other violent attacks, and that the Member States, CEPOL and Europol share the task;',
      'ACKNOWLEDGING the role of local authorities and private operators;',
      'HEREBY:',
      'CALLS ON the Member States to share best practices on the protection of public spaces through EMPACT;',
      'INVITES COSI to review the implementation of these conclusions by the end of 2027.',
    ],
  },
  fr: {
    header: `Conseil de
l'Union européenne

Bruxelles, le 4 mars 2026
(OR. en)
6890/26
LIMITE
COSI 41
ENFOPOL 88
JAI 301

NOTE
Origine:
Destinataire:
Objet:

présidence
Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)
Projet de conclusions du Conseil sur la protection des espaces publics

1.

Les délégations trouveront en annexe le projet de conclusions du Conseil sur la protection des espaces publics, révisé à la lumière des observations formulées par les délégations lors de la réunion du COSI du 17 février 2026.

2.

Le COSI est invité à marquer son accord sur le projet de conclusions figurant en annexe et à le transmettre au Coreper et au Conseil pour approbation.`,
    footer: (page) => `6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n${page}\nFR`,
    annex: 'ANNEXE',
    title: 'Projet de conclusions du Conseil sur la protection des espaces publics',
    author: "LE CONSEIL DE L'UNION EUROPÉENNE,",
    paragraphs: [
      "VU le programme de lutte antiterroriste de l'UE du 9 décembre 2020;",
      "RAPPELANT les travaux menés dans le cadre d'EMPACT depuis 2022;",
      'SOULIGNANT que les espaces publics doivent rester ouverts et accessibles, tout en étant protégés contre les attentats terroristes, et que les États membres, le CEPOL et Europol partagent cette tâche;',
      'PAR LES PRÉSENTES:',
      'INVITE les États membres à partager leurs bonnes pratiques en matière de protection des espaces publics;',
      "ENCOURAGE Europol et le CEPOL à élaborer des formations d'ici la fin de 2027.",
    ],
  },
  de: {
    header: `Rat der
Europäischen Union

Brüssel, den 4. März 2026
(OR. en)
6890/26
LIMITE
COSI 41
ENFOPOL 88
JAI 301

VERMERK
Absender:
Empfänger:
Betr.:

Vorsitz
Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)
Entwurf von Schlussfolgerungen des Rates zum Schutz des öffentlichen Raums

1.

Die Delegationen erhalten in der Anlage den Entwurf von Schlussfolgerungen des Rates zum Schutz des öffentlichen Raums, der im Lichte der Bemerkungen der Delegationen in der Sitzung des COSI vom 17. Februar 2026 überarbeitet wurde.

2.

Der COSI wird ersucht, den Entwurf von Schlussfolgerungen in der Anlage zu billigen und ihn dem AStV und dem Rat zur Annahme zu übermitteln.`,
    footer: (page) => `6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n${page}\nDE`,
    annex: 'ANLAGE',
    title: 'Entwurf von Schlussfolgerungen des Rates zum Schutz des öffentlichen Raums',
    author: 'DER RAT DER EUROPÄISCHEN UNION –',
    paragraphs: [
      'UNTER HINWEIS AUF die Agenda der EU für die Terrorismusbekämpfung vom 9. Dezember 2020,',
      'IN ANERKENNUNG der Arbeiten im Rahmen von EMPACT seit 2022,',
      'IN DEM BEWUSSTSEIN, dass der öffentliche Raum offen und zugänglich bleiben muss –',
      'FORDERT die Mitgliedstaaten AUF, bewährte Verfahren zum Schutz des öffentlichen Raums auszutauschen;',
      'ERSUCHT den COSI, die Umsetzung dieser Schlussfolgerungen bis Ende 2027 zu überprüfen.',
    ],
  },
  es: {
    header: `Consejo de la
Unión Europea

Bruselas, 4 de marzo de 2026
(OR. en)
6890/26
LIMITE
COSI 41
ENFOPOL 88
JAI 301

NOTA
De:
A:
Asunto:

Presidencia
Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)
Proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos

1.

Se remite adjunto a las Delegaciones el proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos, revisado a la luz de las observaciones formuladas en la reunión del COSI del 17 de febrero de 2026.

2.

Se invita al COSI a que apruebe el proyecto de Conclusiones que figura en el anexo y lo transmita al Coreper y al Consejo para su aprobación.`,
    footer: (page) => `6890/26\nJAI.1\n\nTR/kl\nLIMITE\n\n${page}\nES`,
    annex: 'ANEXO',
    title: 'Proyecto de Conclusiones del Consejo sobre la protección de los espacios públicos',
    author: 'EL CONSEJO DE LA UNIÓN EUROPEA,',
    paragraphs: [
      'RECORDANDO el Programa de Lucha contra el Terrorismo de la UE de 9 de diciembre de 2020;',
      'TENIENDO EN CUENTA la Estrategia de la UE para una Unión de la Seguridad 2020-2025;',
      'SUBRAYANDO que los espacios públicos deben seguir siendo abiertos y accesibles, y que los Estados miembros, la CEPOL y Europol comparten esta tarea;',
      'INSTA a los Estados miembros a intercambiar buenas prácticas a través de EMPACT;',
      'INVITA al COSI a revisar la aplicación de las presentes Conclusiones antes de finales de 2027.',
    ],
  },
};

/** The annex page as plain `pdftotext` prints it: each paragraph after a blank line, its words wrapped at 90 characters. */
function annexPage({ annex, title, author, paragraphs }: Version, numbered: boolean): string {
  const wrap = (text: string) => text.replace(/(.{60,90}?) /gu, '$1\n');
  const body = paragraphs.map((paragraph, index) => {
    const operative = index >= paragraphs.length - 2;
    return numbered && operative ? `${index - paragraphs.length + 3}.\n\n${wrap(paragraph)}` : wrap(paragraph);
  });
  return [annex, title, author, ...body].join('\n\n');
}

describe.each(Object.entries(versions))('draft Council conclusions annexed to a note (%s), each page run into one line', (_language, version) => {
  it.each([
    ['unnumbered', false],
    ['numbered', true],
  ])('reads the author, each recital and each %s operative paragraph as a paragraph of its own', (_shape, numbered) => {
    const text = flattenedPages(`${version.header}\n\n${version.footer(1)}\f${annexPage(version, numbered)}\n\n${version.footer(2)}\f`);
    const record = expectOk(parseDocument(text, 'content/sources/conclusions.txt'));
    const annex = record.sections.find((section) => section.title === version.annex);
    const blocks = (annex?.text ?? []).map(plain);
    const operative = (paragraph: string, index: number) =>
      numbered && index >= version.paragraphs.length - 2 ? `${index - version.paragraphs.length + 3}. ${paragraph}` : paragraph;
    expect(blocks).toEqual([version.title, version.author, ...version.paragraphs.map(operative)]);
  });
});
