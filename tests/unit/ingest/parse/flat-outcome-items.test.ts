import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';

/** Each item of a record: its number, its title, its documents and its decisions' verbs. */
function items(text: string): Array<[string | null, string, string[], string[]]> {
  const record = parseDocument(text, 'outcome.txt');
  if (record.status !== 'ok') throw new Error(record.error.message);
  return record.items.map((item) => [item.number, item.title, item.references, item.decisions.map(({ verb }) => verb)]);
}

/** An outcome of two pages, each run into one line: the first page's header and items 1 and 2, the second page `second`. */
function flattened(language: { header: string; first: string; footer: (page: number) => string }, second: string): string {
  return [`${language.header} ${language.first} ${language.footer(1)}`, `${second} ${language.footer(2)}`].join('\n');
}

const ENGLISH = {
  header:
    'Council of the European Union Brussels, 25 November 2025 (OR. en) 15990/25 LIMITE COSI 240 OUTCOME OF PROCEEDINGS From: General Secretariat of the Council To: Delegations Subject: Outcome of proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI) on 18 November 2025',
  first:
    '1. Adoption of the agenda The agenda was adopted as set out in CM 4578/25. 2. EMPACT – state of play 13990/25 COSI took note of the state of play set out in the Presidency paper.',
  footer: (page: number) => `15990/25 AB/cd ${page} JAI.1 LIMITE EN`,
};

const GERMAN = {
  header:
    'Rat der Europäischen Union Brüssel, den 25. November 2025 (OR. en) 15990/25 LIMITE COSI 240 BERATUNGSERGEBNISSE Absender: Generalsekretariat des Rates Empfänger: Delegationen Betr.: Ergebnis der Beratungen des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI) am 18. November 2025',
  first:
    '1. Annahme der Tagesordnung Die Tagesordnung wurde in der in CM 4578/25 enthaltenen Fassung angenommen. 2. EMPACT – Sachstand 13990/25 Der Ausschuss nahm den Sachstand zur Kenntnis.',
  footer: (page: number) => `15990/25 AB/cd ${page} JAI.1 LIMITE DE`,
};

const FRENCH = {
  header:
    "Conseil de l'Union européenne Bruxelles, le 25 novembre 2025 (OR. en) 15990/25 LIMITE COSI 240 RÉSULTATS DES TRAVAUX Origine: Secrétariat général du Conseil Destinataire: Délégations Objet: Résultats des travaux du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) du 18 novembre 2025",
  first:
    "1. Adoption de l'ordre du jour L'ordre du jour a été adopté tel qu'il figure dans le document CM 4578/25. 2. EMPACT – état des lieux 13990/25 Le COSI a pris note de l'état des lieux.",
  footer: (page: number) => `15990/25 AB/cd ${page} JAI.1 LIMITE FR`,
};

describe('an outcome whose pages are run into one line each', () => {
  it.each([
    ['English', ENGLISH, 'EMPACT – state of play'],
    ['German', GERMAN, 'EMPACT – Sachstand'],
    ['French', FRENCH, 'EMPACT – état des lieux'],
  ])('keeps the document printed under a title out of the title (%s)', (_language, language, title) => {
    const read = items(flattened(language, '3. Drugs COSI took note of the presentation.'));
    expect(read[1]?.slice(0, 3)).toEqual(['2', title, ['13990/25']]);
  });

  it.each([
    ['English', ENGLISH, 'Items 3 and 4 – Schengen and internal security COSI endorsed the report set out in 14001/25.', 'Schengen and internal security'],
    [
      'English, a colon',
      ENGLISH,
      'Agenda items 3 and 4: Schengen and internal security COSI endorsed the report set out in 14001/25.',
      'Schengen and internal security',
    ],
    [
      'German',
      GERMAN,
      'Punkte 3 und 4 – Schengen und innere Sicherheit Der Ausschuss billigte den Bericht in Dokument 14001/25.',
      'Schengen und innere Sicherheit',
    ],
    [
      'French',
      FRENCH,
      'Points 3 et 4 – Schengen et sécurité intérieure Le COSI a approuvé le rapport figurant dans le document 14001/25.',
      'Schengen et sécurité intérieure',
    ],
  ])('cuts the title of items taken together opening a page from the sentence after it (%s)', (_language, language, second, title) => {
    const read = items(flattened(language, second));
    expect(read[2]?.slice(0, 3)).toEqual(['3', title, ['14001/25']]);
    expect(read[2]?.[3]).toHaveLength(1);
  });

  it('reads the items after items taken together', () => {
    const read = items(
      flattened(
        GERMAN,
        'Punkte 3 und 4 – Schengen und innere Sicherheit Der Ausschuss billigte den Bericht in Dokument 14001/25. 5. Drogen Der Ausschuss nahm die Präsentation von Europol zur Kenntnis.',
      ),
    );
    expect(read.slice(2).map(([number, title, , verbs]) => [number, title, verbs])).toEqual([
      ['3', 'Schengen und innere Sicherheit', ['approved']],
      ['5', 'Drogen', ['took-note']],
    ]);
  });
});

describe('an outcome page run into one line: a stray capital, and the unnumbered any other business with sub-points', () => {
  it.each([
    ['English, `I`', ENGLISH, '3. Drugs I COSI took note of the presentation. 4. Cybercrime COSI endorsed the report set out in 14001/25.', 'Drugs I'],
    ['English, `A`', ENGLISH, '3. Drugs A COSI took note of the presentation. 4. Cybercrime COSI endorsed the report set out in 14001/25.', 'Drugs A'],
    ['German', GERMAN, '3. Drogen I Der Ausschuss nahm die Präsentation zur Kenntnis. 4. Cyberkriminalität Der Ausschuss billigte den Bericht.', 'Drogen I'],
  ])('cuts the sentence from a title a lone capital letter ends (%s)', (_language, language, second, title) => {
    const read = items(flattened(language, second));
    expect(read[2]?.[1]).toBe(title);
    expect(read[2]?.[3]).toEqual(['took-note']);
    expect(read[3]?.[3]).toHaveLength(1);
  });

  it.each([
    [
      'German, `a)`',
      GERMAN,
      '3. Drogen Der Ausschuss billigte den Bericht in Dokument 14001/25. Sonstiges a) Vorstellung des Berichts von Europol Der Ausschuss nahm den Bericht zur Kenntnis. b) Information des Vorsitzes Der Vorsitz unterrichtete die Delegationen.',
      ['3', 'Drogen', ['approved']],
      'Sonstiges',
    ],
    [
      'English, `(a)`',
      ENGLISH,
      '3. Drugs COSI endorsed the report set out in 14001/25. Any other business (a) Presentation by Europol COSI took note of the presentation. (b) Information from the Presidency The Presidency informed delegations about the next meeting.',
      ['3', 'Drugs', ['endorsed']],
      'Any other business',
    ],
    [
      'French, `Divers a)`',
      FRENCH,
      '3. Drogues Le COSI a approuvé le rapport figurant dans le document 14001/25. Divers a) Présentation par Europol Le COSI a pris note de la présentation. b) Informations de la présidence La présidence a informé les délégations.',
      ['3', 'Drogues', ['approved']],
      'Divers',
    ],
  ])('reads an unnumbered any other business whose sub-points follow it on the page as an item of its own (%s)', (_language, language, second, item, other) => {
    const read = items(flattened(language, second));
    expect(read[2]?.filter((_, index) => index !== 2)).toEqual(item);
    expect(read[3]?.[0]).toBeNull();
    expect(read[3]?.[1]).toBe(other);
    expect(read[3]?.[3]).toEqual(['took-note']);
  });

  it('keeps a French sentence that opens with `Divers` (`Divers États membres …`) in the item before', () => {
    const read = items(
      flattened(
        FRENCH,
        '3. Drogues Le COSI a approuvé le rapport. Divers États membres ont soutenu le rapport. 4. Cybercriminalité Le COSI a pris note du rapport.',
      ),
    );
    expect(read.map(([number]) => number)).toEqual(['1', '2', '3', '4']);
  });
});

describe('an outcome page run into one line that holds a single item', () => {
  it.each([
    ['English', ENGLISH, '3. Drugs COSI endorsed the report set out in 14001/25.', ['3', 'Drugs', ['14001/25'], ['endorsed']]],
    ['German', GERMAN, '3. Drogen Der Ausschuss billigte den Bericht in Dokument 14001/25.', ['3', 'Drogen', ['14001/25'], ['approved']]],
    ['French', FRENCH, '3. Drogues Le COSI a approuvé le rapport figurant dans le document 14001/25.', ['3', 'Drogues', ['14001/25'], ['approved']]],
    ['English, the document under the title', ENGLISH, '3. Drugs 14001/25 COSI took note of the report.', ['3', 'Drugs', ['14001/25'], ['took-note']]],
  ])('cuts its title from its sentence (%s)', (_language, language, second, item) => {
    expect(items(flattened(language, second))[2]).toEqual(item);
  });
});
