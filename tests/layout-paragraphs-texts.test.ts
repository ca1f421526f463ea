import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { outcomes, outcomePage, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * An outcome of proceedings of COSI (14470/25, the header of tests/fixtures/outcome-languages) whose second item's
 * text is two paragraphs, the first wrapped by the word processor so that one of its lines ends exactly on a
 * sentence's full stop and the next sentence opens the line under it (`… of December 2025.` / `Delegations welcomed
 * …`), as the register's 15912/25 prints `… existing structures or products.` / `COSI is expected to get back …`.
 * `pdftotext -layout` keeps the space the Council's PDFs set between paragraphs as a blank line, so that such a
 * line is read as going on: each paragraph whole. Written by hand in English, French, German, Spanish, Italian, Dutch
 * and Polish, each line of a paragraph as the page wraps it (about 90 characters).
 *
 * Not read yet, and stated below: plain `pdftotext` and a viewer's copy of the `-layout` page print no blank line
 * between many paragraphs of the register's PDFs (in the plain pdftotext of the five seed PDFs, 15912/25, 6543/25,
 * 14342/21, 9267/25 and 15754/17, 47 of the 55 full stops ending a line with a capital under it end a paragraph as the
 * PDF's reading places them, their lines as wide as the others; in their `-layout` texts none does), so the first
 * paragraph stays cut at its full stop there; a page run into one line has no line break to tell a paragraph by. No text is lost in any of them.
 */
const ITEM_TEXTS: Record<string, { first: string[]; second: string }> = {
  en: {
    first: [
      'The Presidency informed the Committee about the state of play of the legislative proposals and',
      'about the agenda of the meeting of the Justice and Home Affairs Council of December 2025.',
      'Delegations welcomed the progress made and called for further work on the exchange of',
      'information with third countries.',
    ],
    second: 'The Committee took note of the information from the Presidency.',
  },
  fr: {
    first: [
      "La présidence a informé le comité de l'état d'avancement des propositions législatives et de",
      "l'ordre du jour de la session du Conseil « Justice et affaires intérieures » de décembre 2025.",
      'Les délégations se sont félicitées des progrès accomplis et ont appelé à poursuivre les travaux',
      "sur l'échange d'informations avec les pays tiers.",
    ],
    second: 'Le Comité a pris note des informations de la présidence.',
  },
  de: {
    first: [
      'Der Vorsitz unterrichtete den Ausschuss über den Stand der Gesetzgebungsvorschläge und über die',
      'Tagesordnung der Tagung des Rates (Justiz und Inneres) im Dezember 2025 in Brüssel.',
      'Die Delegationen begrüßten die erzielten Fortschritte und forderten weitere Arbeiten zum',
      'Informationsaustausch mit Drittstaaten.',
    ],
    second: 'Der Ausschuss nahm die Informationen des Vorsitzes zur Kenntnis.',
  },
  es: {
    first: [
      'La Presidencia informó al Comité sobre el estado de las propuestas legislativas y sobre el orden',
      'del día de la sesión del Consejo de Justicia y Asuntos de Interior de diciembre de 2025.',
      'Las delegaciones acogieron con satisfacción los avances logrados y pidieron que se prosiga el',
      'trabajo sobre el intercambio de información con terceros países.',
    ],
    second: 'El Comité tomó nota de la información de la Presidencia.',
  },
  it: {
    first: [
      'La presidenza ha informato il comitato sullo stato di avanzamento delle proposte legislative e',
      "sull'ordine del giorno della sessione del Consiglio Giustizia e affari interni di dicembre 2025.",
      'Le delegazioni hanno accolto con favore i progressi compiuti e hanno chiesto di proseguire i',
      'lavori sullo scambio di informazioni con i paesi terzi.',
    ],
    second: 'Il comitato ha preso atto delle informazioni della presidenza.',
  },
  nl: {
    first: [
      'Het voorzitterschap heeft het comité ingelicht over de stand van de wetgevingsvoorstellen en over',
      'de agenda van de zitting van de Raad Justitie en Binnenlandse Zaken van december 2025.',
      'De delegaties verwelkomden de geboekte vooruitgang en vroegen om verdere werkzaamheden inzake',
      'de uitwisseling van informatie met derde landen.',
    ],
    second: 'Het comité nam nota van de informatie van het voorzitterschap.',
  },
  pl: {
    first: [
      'Prezydencja poinformowała komitet o stanie prac nad wnioskami ustawodawczymi oraz o porządku',
      'obrad posiedzenia Rady ds. Wymiaru Sprawiedliwości i Spraw Wewnętrznych w grudniu 2025 r.',
      'Delegacje z zadowoleniem przyjęły osiągnięte postępy i wezwały do dalszych prac nad wymianą',
      'informacji z państwami trzecimi.',
    ],
    second: 'Komitet przyjął do wiadomości informacje prezydencji.',
  },
};

/** The outcome's page with item 2's two paragraphs as the page wraps them, a blank line between them, in `shape`. */
function page(language: string, shape: OutcomeShape): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const { first, second } = ITEM_TEXTS[language] ?? { first: [], second: '' };
  const sentences = [outcome.sentences[0] ?? '', `${first.join('\n')}\n\n${second}`, outcome.sentences[2] ?? ''];
  return outcomePage(outcome, language, shape, { sentences, foot: [] });
}

/** Item 2's paragraphs as the record gives them. */
function secondItem(text: string): string[] {
  const record = expectOk(parseDocument(text, 'content/sources/outcome-paragraphs.txt'));
  expect(record.items.map((item) => item.title)).toEqual(outcomes[record.language ?? '']?.items);
  return (record.items[1]?.text ?? []).map(plain);
}

describe.each(Object.keys(ITEM_TEXTS))('an outcome in %s whose paragraph has a line ending on a full stop', (language) => {
  const { first, second } = ITEM_TEXTS[language] ?? { first: [], second: '' };
  const whole = [first.join(' '), second];

  it('reads each paragraph whole as pdftotext -layout prints it (a blank line between the paragraphs)', () => {
    expect(secondItem(page(language, 'layout'))).toEqual(whole);
  });

  it('keeps every word in plain pdftotext and a viewer’s copy, the paragraph still cut at its full stop there (not read: no blank line tells it)', () => {
    const cut = [first.slice(0, 2).join(' '), first.slice(2).join(' '), second];
    expect(secondItem(page(language, 'labelled rows'))).toEqual(cut);
    expect(secondItem(viewerCopyOfLayout(page(language, 'layout')))).toEqual(cut);
  });

  it('keeps every word, in order, with the page run into one line (where no line break tells a paragraph)', () => {
    expect(secondItem(page(language, 'flattened')).join(' ')).toBe(whole.join(' '));
  });
});
