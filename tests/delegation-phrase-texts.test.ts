import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { HEAD_14079 } from './support/note-heads.ts';
import { expectOk } from './support/projection.ts';
import { plainFooter } from './support/page-footer.ts';
import { plainHead } from './support/plain-head.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A note's one opening sentence after its subject, as the Presidency's note of 2015 on the renewed Internal Security
 * Strategy prints it (14079/15: `Delegation will find attached a report …`, one delegation, under the subject `Renewed
 * European Union Internal Security Strategy: Report on Implementation`), and the other ways the versions open it (`The
 * delegation will find …`, `Delegations will find in the annex …`, `La délégation trouvera ci-joint …`, `Die Delegation
 * erhält anbei …`, `La delegazione troverà in allegato …`, `La delegación encontrará adjunto …`, and their plurals). The
 * note numbers no paragraph, so where its page is run into one line or copied without its blank lines nothing but that
 * phrase tells where the subject ends: the subject must stop before it, the sentence opening the text. In English,
 * French, German, Italian and Spanish, in the shapes users bring them in (plain `pdftotext`, `-layout`, each page run
 * into one line, a viewer's copy of `-layout`).
 */

/** A version's note: its header's words, the subject, the opening sentence's rest after the phrase, and a second sentence. */
interface Note {
  institution: [string, string];
  placeDate: string;
  kind: string;
  labels: [from: string, to: string, subject: string];
  from: string;
  to: string;
  subject: string;
  phrases: string[];
  rest: string;
  second: string;
  footer: string;
}

const NOTES: Record<string, Note> = {
  en: {
    ...HEAD_14079,
    subject: 'Renewed European Union Internal Security Strategy: Report on Implementation',
    phrases: ['Delegation will find attached', 'The delegation will find attached', 'Delegations will find in the annex'],
    rest: 'a report on the progress achieved on the actions foreseen in the implementation paper for the Renewed European Union Internal Security Strategy (ISS), which was adopted by the Council on its Conclusions of 16 June 2015.',
    second: 'The report follows exactly the same structure as the implementation paper.',
    footer: 'EN',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 23 novembre 2015',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    from: 'Présidence',
    to: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
    subject: "Stratégie de sécurité intérieure renouvelée de l'Union européenne: rapport sur la mise en œuvre",
    phrases: ['La délégation trouvera ci-joint', 'Les délégations trouveront en annexe'],
    rest: "un rapport sur l'état d'avancement des actions prévues dans le document de mise en œuvre de la stratégie de sécurité intérieure renouvelée de l'Union européenne, que le Conseil a adoptée dans ses conclusions du 16 juin 2015.",
    second: 'Le rapport suit exactement la même structure que le document de mise en œuvre.',
    footer: 'FR',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 23. November 2015',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    from: 'Vorsitz',
    to: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
    subject: 'Erneuerte Strategie der inneren Sicherheit der Europäischen Union: Bericht über die Umsetzung',
    phrases: ['Die Delegation erhält anbei', 'Die Delegationen erhalten in der Anlage'],
    rest: 'einen Bericht über die Fortschritte bei den Maßnahmen, die im Umsetzungspapier zur erneuerten Strategie der inneren Sicherheit der Europäischen Union vorgesehen sind, das der Rat in seinen Schlussfolgerungen vom 16. Juni 2015 angenommen hat.',
    second: 'Der Bericht folgt genau dem Aufbau des Umsetzungspapiers.',
    footer: 'DE',
  },
  it: {
    institution: ['Consiglio', "dell'Unione europea"],
    placeDate: 'Bruxelles, 23 novembre 2015',
    kind: 'NOTA',
    labels: ['Origine:', 'Destinatario:', 'Oggetto:'],
    from: 'Presidenza',
    to: 'Comitato permanente per la cooperazione operativa in materia di sicurezza interna',
    subject: "Strategia rinnovata di sicurezza interna dell'Unione europea: relazione sull'attuazione",
    phrases: ['La delegazione troverà in allegato', 'Le delegazioni troveranno in allegato'],
    rest: "una relazione sui progressi compiuti nelle azioni previste nel documento di attuazione della strategia rinnovata di sicurezza interna dell'Unione europea, adottata dal Consiglio nelle conclusioni del 16 giugno 2015.",
    second: 'La relazione segue esattamente la stessa struttura del documento di attuazione.',
    footer: 'IT',
  },
  es: {
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 23 de noviembre de 2015',
    kind: 'NOTA',
    labels: ['De:', 'A:', 'Asunto:'],
    from: 'Presidencia',
    to: 'Comité Permanente de Cooperación Operativa en materia de Seguridad Interior',
    subject: 'Estrategia renovada de Seguridad Interior de la Unión Europea: informe sobre la aplicación',
    phrases: ['La delegación encontrará adjunto', 'Las delegaciones encontrarán en el anexo'],
    rest: 'un informe sobre los avances logrados en las acciones previstas en el documento de aplicación de la Estrategia renovada de Seguridad Interior de la Unión Europea, adoptada por el Consejo en sus Conclusiones de 16 de junio de 2015.',
    second: 'El informe sigue exactamente la misma estructura que el documento de aplicación.',
    footer: 'ES',
  },
};

/** `text` broken into lines of at most 95 characters between its words, as the note's lines run. */
function wrapped(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 95) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** The note's one page as plain `pdftotext` (`layout` false: labels, then values) or `-layout` prints it. */
function noteText(note: Note, phrase: string, layout: boolean): string {
  const body = [...wrapped(`${phrase} ${note.rest}`), '', ...wrapped(note.second)];
  const [from, to, subject] = note.labels;
  const right = (text: string) => `${''.padEnd(48)}${text}`;
  const lines = layout
    ? [
        `${note.institution[0].padEnd(48)}${note.placeDate}`,
        `${note.institution[1].padEnd(48)}(OR. en)`,
        right('14079/15'),
        '',
        right('LIMITE'),
        '',
        right('COSI 142'),
        right('JAI 853'),
        '',
        note.kind,
        `${from.padEnd(25)}${note.from}`,
        `${to.padEnd(25)}${note.to}`,
        `${subject.padEnd(25)}${note.subject}`,
        '',
        ...body,
        '',
        `14079/15${''.padEnd(30)}EB/FR/dk${''.padEnd(35)}1`,
        `${''.padEnd(38)}DGD 1C${''.padEnd(16)}LIMITE${''.padEnd(15)}${note.footer}`,
      ]
    : [
        ...plainHead(note, ['14079/15', 'LIMITE', 'COSI 142', 'JAI 853']),
        subject,
        '',
        note.subject,
        '',
        ...body,
        '',
        ...plainFooter('14079/15', 'EB/FR/dk', 'DGD 1C', '1', note.footer),
        '',
      ];
  return `${lines.join('\n')}\n\f`;
}

describe.each(Object.entries(NOTES))('a Presidency note in %s opening with one sentence after its subject', (_language, note) => {
  describe.each(note.phrases)('`%s …`', (phrase) => {
    it.each(TEXT_SHAPES)('ends the subject before the sentence, which opens the text (%s)', (_shape, layout, flat) => {
      const record = expectOk(parseDocument(inShape(noteText(note, phrase, layout), flat), 'content/sources/14079-15.txt'));
      const text = record.sections.flatMap((section) => section.text.map((block) => blocksPlain([block])));
      expect({ number: record.number, subject: record.subject, opening: text[0]?.startsWith(`${phrase} ${note.rest.slice(0, 20)}`) }).toEqual({
        number: '14079/15',
        subject: note.subject,
        opening: true,
      });
      expect(text.join(' ')).toContain(note.second);
    });
  });
});
