import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { reportPeriod } from '../scripts/ingest/parse/document/report-period.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * The note by which the Council transmits COSI's report to the national Parliaments under Article 71 TFEU, in the
 * shape the register prints it: the header (a NOTE from the General Secretariat to the national Parliaments, its
 * subject naming the report but not its period), a paragraph saying the Presidency submitted the annexed report on the
 * committee's proceedings for a period of months (`for the period July 2024-December 2025`, the dash without spaces),
 * one saying the Council transmits it under Article 71, then `ANNEX` and the report's summary. As plain `pdftotext`
 * prints a LibreOffice PDF of it (labels as a column, then their values; paragraphs wrapped), as `-layout` prints it,
 * and each page of either run into one line or copied out of a viewer. The record must give the period as a field, its
 * first and last month and the words as printed. Written by hand in English, French, German, Spanish and Italian.
 */
interface Version {
  head: string[];
  labels: string[];
  values: string[];
  paragraphs: string[];
  printed: string;
  footer: string;
}

const versions: Record<string, Version> = {
  en: {
    head: ['Council of the', 'European Union', '', 'Brussels, 20 January 2026', '(OR. en)', '5432/26', '', 'COSI 12', 'JAI 60', 'PE 5', '', 'NOTE'],
    labels: ['From:', 'To:', 'Subject:'],
    values: [
      'General Secretariat of the Council',
      'National Parliaments',
      'Report on the proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)',
    ],
    paragraphs: [
      'The Presidency of the Council has submitted to the Council the annexed report on the proceedings of the Standing Committee on Operational Cooperation on Internal Security for the period July 2024-December 2025.',
      'In accordance with Article 71 of the Treaty on the Functioning of the European Union and Article 6(2) of Council Decision 2010/131/EU, the Council hereby transmits the said report to the national Parliaments.',
      'ANNEX',
      'This is the seventh report to the European Parliament and the national Parliaments on the work of COSI; it covers three Presidencies.',
    ],
    printed: 'July 2024-December 2025',
    footer: '5432/26\t\tJV/ab\t1\nJAI.1\t\tEN',
  },
  fr: {
    head: ['Conseil de', "l'Union européenne", '', 'Bruxelles, le 20 janvier 2026', '(OR. en)', '5432/26', '', 'COSI 12', 'JAI 60', 'PE 5', '', 'NOTE'],
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    values: [
      'Secrétariat général du Conseil',
      'Parlements nationaux',
      'Rapport sur les travaux du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
    ],
    paragraphs: [
      'La présidence du Conseil a soumis au Conseil le rapport ci-joint sur les travaux du Comité permanent de coopération opérationnelle en matière de sécurité intérieure pour la période de juillet 2024 à décembre 2025.',
      "Conformément à l'article 71 du traité sur le fonctionnement de l'Union européenne et à l'article 6, paragraphe 2, de la décision 2010/131/UE du Conseil, le Conseil transmet ledit rapport aux parlements nationaux.",
      'ANNEXE',
      'Le présent rapport est le septième adressé au Parlement européen et aux parlements nationaux sur les travaux du COSI; il couvre trois présidences.',
    ],
    printed: 'juillet 2024 à décembre 2025',
    footer: '5432/26\t\tJV/ab\t1\nJAI.1\t\tFR',
  },
  de: {
    head: ['Rat der', 'Europäischen Union', '', 'Brüssel, den 20. Januar 2026', '(OR. en)', '5432/26', '', 'COSI 12', 'JAI 60', 'PE 5', '', 'VERMERK'],
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    values: [
      'Generalsekretariat des Rates',
      'Nationale Parlamente',
      'Bericht über die Arbeiten des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
    ],
    paragraphs: [
      'Der Vorsitz hat dem Rat den beigefügten Bericht über die Arbeiten des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit für den Zeitraum von Juli 2024 bis Dezember 2025 vorgelegt.',
      'Gemäß Artikel 71 des Vertrags über die Arbeitsweise der Europäischen Union und Artikel 6 Absatz 2 des Beschlusses 2010/131/EU des Rates übermittelt der Rat diesen Bericht den nationalen Parlamenten.',
      'ANLAGE',
      'Dies ist der siebte Bericht an das Europäische Parlament und die nationalen Parlamente über die Arbeit des COSI; er umfasst drei Vorsitze.',
    ],
    printed: 'Juli 2024 bis Dezember 2025',
    footer: '5432/26\t\tJV/ab\t1\nJAI.1\t\tDE',
  },
  es: {
    head: ['Consejo de la', 'Unión Europea', '', 'Bruselas, 20 de enero de 2026', '(OR. en)', '5432/26', '', 'COSI 12', 'JAI 60', 'PE 5', '', 'NOTA'],
    labels: ['De:', 'A:', 'Asunto:'],
    values: [
      'Secretaría General del Consejo',
      'Parlamentos nacionales',
      'Informe sobre los trabajos del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI)',
    ],
    paragraphs: [
      'La Presidencia del Consejo ha presentado al Consejo el informe adjunto sobre los trabajos del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior correspondiente al período de julio de 2024 a diciembre de 2025.',
      'De conformidad con el artículo 71 del Tratado de Funcionamiento de la Unión Europea y con el artículo 6, apartado 2, de la Decisión 2010/131/UE del Consejo, el Consejo transmite dicho informe a los Parlamentos nacionales.',
      'ANEXO',
      'Este es el séptimo informe al Parlamento Europeo y a los Parlamentos nacionales sobre los trabajos del COSI; abarca tres Presidencias.',
    ],
    printed: 'julio de 2024 a diciembre de 2025',
    footer: '5432/26\t\tJV/ab\t1\nJAI.1\t\tES',
  },
  it: {
    head: ['Consiglio', "dell'Unione europea", '', 'Bruxelles, 20 gennaio 2026', '(OR. en)', '5432/26', '', 'COSI 12', 'JAI 60', 'PE 5', '', 'NOTA'],
    labels: ['Origine:', 'Destinatario:', 'Oggetto:'],
    values: [
      'Segretariato generale del Consiglio',
      'Parlamenti nazionali',
      'Relazione sui lavori del comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI)',
    ],
    paragraphs: [
      'La Presidenza del Consiglio ha presentato al Consiglio la relazione allegata sui lavori del comitato permanente per la cooperazione operativa in materia di sicurezza interna per il periodo da luglio 2024 a dicembre 2025.',
      "Conformemente all'articolo 71 del trattato sul funzionamento dell'Unione europea e all'articolo 6, paragrafo 2, della decisione 2010/131/UE del Consiglio, il Consiglio trasmette tale relazione ai parlamenti nazionali.",
      'ALLEGATO',
      'Si tratta della settima relazione al Parlamento europeo e ai parlamenti nazionali sui lavori del COSI; essa copre tre presidenze.',
    ],
    printed: 'luglio 2024 a dicembre 2025',
    footer: '5432/26\t\tJV/ab\t1\nJAI.1\t\tIT',
  },
};

/** The width a wrapped paragraph's lines keep at most, as the PDF's text column holds them. */
const WIDTH = 90;

/** A paragraph's lines as the page wraps it at `WIDTH`, each indented by `indent`. */
function wrapped(paragraph: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(`${indent}${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, `${indent}${line}`];
}

/** The note as plain `pdftotext` (`layout` false) or `-layout` prints it. */
function note(version: Version, layout: boolean): string {
  const header = layout
    ? [...version.head, ...version.labels.map((label, index) => `${label.padEnd(16)}${version.values[index] ?? ''}`)]
    : [...version.head, ...version.labels, '', ...version.values];
  const body = version.paragraphs.flatMap((paragraph) => ['', ...wrapped(paragraph, layout ? '    ' : '')]);
  return [...header, ...body, '', version.footer, '\f'].join('\n');
}

describe.each(Object.entries(versions))('the note transmitting COSI’s report to the national Parliaments (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('gives the period the report covers as a field, from its opening paragraph (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(note(version, layout), flat), 'content/sources/report-transmission.txt'));
    expect([record.number, record.kind]).toEqual(['5432/26', 'note']);
    expect(record.period).toEqual({ from: '2024-07', to: '2025-12', printed: version.printed });
  });
});

describe('the period a report covers', () => {
  it.each([
    ['a subject naming it', 'Report on the proceedings of COSI for the period January 2024 - June 2025', [], '2024-01', '2025-06', 'January 2024 - June 2025'],
    [
      'days before the months, in brackets',
      null,
      ['COSI met twelve times over the 18-month reporting period (1 July 2024 - 31 December 2025).'],
      '2024-07',
      '2025-12',
      '1 July 2024 - 31 December 2025',
    ],
    [
      'French days',
      null,
      ['Le présent rapport couvre la période du 1er juillet 2024 au 31 décembre 2025.'],
      '2024-07',
      '2025-12',
      '1er juillet 2024 au 31 décembre 2025',
    ],
    ['Dutch', null, ['Dit verslag bestrijkt de periode van januari 2024 tot en met juni 2025.'], '2024-01', '2025-06', 'januari 2024 tot en met juni 2025'],
    [
      'Polish genitive months and the year’s abbreviation',
      null,
      ['Sprawozdanie obejmuje okres od stycznia 2024 r. do czerwca 2025 r.'],
      '2024-01',
      '2025-06',
      'stycznia 2024 r. do czerwca 2025 r.',
    ],
    [
      'tabs before the years and a dash right after the first',
      'Report for the period January\t2024–June\t2025',
      [],
      '2024-01',
      '2025-06',
      'January 2024–June 2025',
    ],
    [
      'Spanish, `de` before each year',
      null,
      ['El presente informe abarca el período de enero de 2024 a junio de 2025.'],
      '2024-01',
      '2025-06',
      'enero de 2024 a junio de 2025',
    ],
  ] as const)('is read from %s', (_case, subject, opening, from, to, printed) => {
    expect(reportPeriod(subject, opening)).toEqual({ from, to, printed });
  });

  it.each([
    ['a range no word for a period stands before in the opening', null, ['COSI met on 3 March 2025 - 4 March 2025 and on 5 June 2025.']],
    ['a range ending before it starts', 'Report for the period June 2025 - January 2024', []],
    ['years without months', 'Report on EMPACT for the period 2022-2025', []],
  ] as const)('is none for %s', (_case, subject, opening) => {
    expect(reportPeriod(subject, opening)).toBeNull();
  });
});
