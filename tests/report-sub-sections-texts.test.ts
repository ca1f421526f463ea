import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { expectOk } from './support/projection.ts';
import { type Head6543, HEADS_6543, layoutHead6543, plainHead6543 } from './support/report-6543.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * The Council's report to the European Parliament and national parliaments on COSI's proceedings (6543/25, a note of
 * the Presidency), shortened: a table of contents, then its parts numbered `1.`, `2.`, `3.` with the parts of part 2
 * numbered `2.1`, `2.2` without a closing dot, as the Council numbers them. Plain `pdftotext` prints each number of
 * the body and of the contents on its own line, a blank line before its title (`2.1`, blank, `EMPACT`), and each
 * contents entry's page under its title after a blank line (`2`); `-layout` prints number, title and page on one line.
 * Written by hand in English, French, German, Spanish, Italian and Polish, each version's head as the register prints
 * it (tests/support/report-6543.ts: its kind `NOTE`, `VERMERK`, `NOTA`, the Italian Council's name `Consiglio` over
 * `dell'Unione europea`) with the subject over two lines, and the contents' heading and the parts' titles as each
 * version prints them, in the five shapes. Each must read the head (a note, its sender, subject and codes), every part
 * by its number and title, the contents as the first part's text, one entry a line with its page.
 */
interface Version {
  head: Head6543;
  /** The subject's lines as the head's value column wraps them. */
  subject: [string, string];
  opening: string;
  contents: string;
  parts: { number: string; title: string; page: string; text: string }[];
  language: string;
}

const versions: Record<string, Version> = {
  en: {
    head: HEADS_6543.en,
    subject: ['Report to the European Parliament and national parliaments on the', 'proceedings of COSI'],
    opening: 'Delegations will find below the report on the proceedings of COSI for the period from July 2023 to December 2024.',
    contents: 'Table of Contents',
    parts: [
      { number: '1', title: 'EXECUTIVE SUMMARY', page: '2', text: 'COSI continued to fulfil its mandate as a monitoring, advisory and decision-making body.' },
      { number: '2', title: 'SERIOUS AND ORGANISED CRIME', page: '2', text: 'COSI paid specific attention to the fight against firearms trafficking.' },
      { number: '2.1', title: 'EMPACT', page: '2', text: 'COSI continued to provide strategic guidance and oversight for EMPACT.' },
      { number: '2.2', title: 'Drug trafficking', page: '3', text: 'COSI considered the implementation of the EU roadmap to fight drug trafficking.' },
      { number: '3', title: 'COUNTERTERRORISM', page: '3', text: 'COSI continued to monitor developments related to terrorism.' },
    ],
    language: 'EN',
  },
  fr: {
    head: HEADS_6543.fr,
    subject: ['Rapport au Parlement européen et aux parlements nationaux sur les', 'travaux du COSI'],
    opening: 'Les délégations trouveront ci-après le rapport sur les travaux du COSI pour la période de juillet 2023 à décembre 2024.',
    contents: 'Table des matières',
    parts: [
      { number: '1', title: 'RÉSUMÉ', page: '2', text: 'Le COSI a continué de remplir son mandat d’organe de suivi, de conseil et de décision.' },
      {
        number: '2',
        title: 'CRIMINALITÉ GRAVE ET ORGANISÉE',
        page: '2',
        text: 'Le COSI a accordé une attention particulière à la lutte contre le trafic d’armes à feu.',
      },
      { number: '2.1', title: 'EMPACT', page: '2', text: 'Le COSI a continué de fournir des orientations stratégiques pour EMPACT.' },
      {
        number: '2.2',
        title: 'Trafic de drogue',
        page: '3',
        text: 'Le COSI a examiné la mise en œuvre de la feuille de route de l’UE contre le trafic de drogue.',
      },
      { number: '3', title: 'LUTTE CONTRE LE TERRORISME', page: '3', text: 'Le COSI a continué de suivre l’évolution de la menace terroriste.' },
    ],
    language: 'FR',
  },
  de: {
    head: HEADS_6543.de,
    subject: ['Bericht an das Europäische Parlament und die nationalen Parlamente über', 'die Arbeiten des COSI'],
    opening: 'Die Delegationen erhalten nachstehend den Bericht über die Arbeiten des COSI im Zeitraum von Juli 2023 bis Dezember 2024.',
    contents: 'Inhaltsverzeichnis',
    parts: [
      {
        number: '1',
        title: 'ZUSAMMENFASSUNG',
        page: '2',
        text: 'Der COSI hat sein Mandat als Überwachungs-, Beratungs- und Entscheidungsgremium weiter erfüllt.',
      },
      {
        number: '2',
        title: 'SCHWERE UND ORGANISIERTE KRIMINALITÄT',
        page: '2',
        text: 'Der COSI widmete der Bekämpfung des Feuerwaffenhandels besondere Aufmerksamkeit.',
      },
      { number: '2.1', title: 'EMPACT', page: '2', text: 'Der COSI hat die strategische Steuerung von EMPACT fortgesetzt.' },
      { number: '2.2', title: 'Drogenhandel', page: '3', text: 'Der COSI prüfte die Umsetzung des EU-Fahrplans zur Bekämpfung des Drogenhandels.' },
      { number: '3', title: 'TERRORISMUSBEKÄMPFUNG', page: '3', text: 'Der COSI verfolgte weiterhin die Entwicklungen im Bereich des Terrorismus.' },
    ],
    language: 'DE',
  },
  es: {
    head: HEADS_6543.es,
    subject: ['Informe al Parlamento Europeo y a los Parlamentos nacionales sobre los', 'trabajos del COSI'],
    opening: 'Se remite a las Delegaciones el informe sobre los trabajos del COSI durante el período de julio de 2023 a diciembre de 2024.',
    contents: 'Índice',
    parts: [
      { number: '1', title: 'RESUMEN', page: '2', text: 'El COSI siguió cumpliendo su mandato como órgano de seguimiento, asesoramiento y decisión.' },
      {
        number: '2',
        title: 'DELINCUENCIA GRAVE Y ORGANIZADA',
        page: '2',
        text: 'El COSI prestó especial atención a la lucha contra el tráfico de armas de fuego.',
      },
      { number: '2.1', title: 'EMPACT', page: '2', text: 'El COSI siguió proporcionando orientación estratégica a EMPACT.' },
      { number: '2.2', title: 'Tráfico de drogas', page: '3', text: 'El COSI examinó la aplicación de la hoja de ruta de la UE contra el tráfico de drogas.' },
      { number: '3', title: 'LUCHA CONTRA EL TERRORISMO', page: '3', text: 'El COSI siguió de cerca la evolución de la amenaza terrorista.' },
    ],
    language: 'ES',
  },
  it: {
    head: HEADS_6543.it,
    subject: ['Relazione al Parlamento europeo e ai parlamenti nazionali sui', 'lavori del COSI'],
    opening: 'Si trasmette in allegato alle delegazioni la relazione sui lavori del COSI nel periodo da luglio 2023 a dicembre 2024.',
    contents: 'Indice',
    parts: [
      { number: '1', title: 'SINTESI', page: '2', text: 'Il COSI ha continuato a svolgere il suo mandato di organo di controllo, consulenza e decisione.' },
      {
        number: '2',
        title: 'CRIMINALITÀ GRAVE E ORGANIZZATA',
        page: '2',
        text: 'Il COSI ha prestato particolare attenzione alla lotta contro il traffico di armi da fuoco.',
      },
      { number: '2.1', title: 'EMPACT', page: '2', text: 'Il COSI ha continuato a fornire orientamenti strategici per EMPACT.' },
      {
        number: '2.2',
        title: 'Traffico di stupefacenti',
        page: '3',
        text: "Il COSI ha esaminato l'attuazione della tabella di marcia dell'UE contro il traffico di stupefacenti.",
      },
      { number: '3', title: 'ANTITERRORISMO', page: '3', text: "Il COSI ha continuato a seguire l'evoluzione della minaccia terroristica." },
    ],
    language: 'IT',
  },
  pl: {
    head: HEADS_6543.pl,
    subject: ['Sprawozdanie dla Parlamentu Europejskiego i parlamentów narodowych', 'z prac COSI'],
    opening: 'Delegacje otrzymują w załączeniu sprawozdanie z prac COSI w okresie od lipca 2023 r. do grudnia 2024 r.',
    contents: 'Spis treści',
    parts: [
      { number: '1', title: 'STRESZCZENIE', page: '2', text: 'COSI nadal wykonywał swój mandat organu monitorującego, doradczego i decyzyjnego.' },
      { number: '2', title: 'POWAŻNA I ZORGANIZOWANA PRZESTĘPCZOŚĆ', page: '2', text: 'COSI zwrócił szczególną uwagę na zwalczanie handlu bronią palną.' },
      { number: '2.1', title: 'EMPACT', page: '2', text: 'COSI nadal zapewniał strategiczne wytyczne dla EMPACT.' },
      {
        number: '2.2',
        title: 'Handel narkotykami',
        page: '3',
        text: 'COSI rozważył wdrażanie unijnego planu działania na rzecz zwalczania handlu narkotykami.',
      },
      { number: '3', title: 'ZWALCZANIE TERRORYZMU', page: '3', text: 'COSI nadal monitorował rozwój sytuacji w dziedzinie terroryzmu.' },
    ],
    language: 'PL',
  },
};

/** A part's number as printed: `1.`, `2.` with a dot, `2.1` without. */
const printed = (number: string) => (number.includes('.') ? number : `${number}.`);

/** The report's first page as plain `pdftotext` (`layout` false) or `pdftotext -layout` prints it, the footer `6543/25 … MK/ps 1` / `JAI.1 EN` closing it. */
function report(version: Version, layout: boolean): string {
  const header = layout ? layoutHead6543(version.head, version.subject) : plainHead6543(version.head, version.subject);
  const contents = version.parts.flatMap(({ number, title, page }) =>
    layout ? [`${printed(number).padEnd(6)}${title.padEnd(70)}${page.padStart(4)}`] : [printed(number), '', title, '', page, ''],
  );
  const body = version.parts.flatMap(({ number, title, text }) =>
    layout ? [`${printed(number).padEnd(6)}${title}`, '', text, ''] : [printed(number), '', title, '', text, ''],
  );
  const footer = layout
    ? [
        '6543/25                                        MK/ps                                       1',
        `JAI.1                                                                                      ${version.language}`,
      ]
    : ['6543/25', 'JAI.1', '', 'MK/ps', '', '1', version.language];
  return [...header, '', version.opening, '', version.contents, '', ...contents, ...body, ...footer, '\f'].join('\n');
}

/** The codes the head prints under the number (`-layout`) or under the subject (plain `pdftotext`). */
const CODES = ['COSI 38', 'JAI 236'];

describe.each(Object.entries(versions))('the report on COSI’s proceedings with parts numbered `2.1` (%s)', (_language, version) => {
  const parts = [{ number: null, title: null }, ...version.parts.map(({ number, title }) => ({ number, title }))];

  it.each(TEXT_SHAPES)('reads each part by its number and title, the contents one entry a line (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(report(version, layout), flat), 'content/sources/report-sub-sections.txt'));
    expect({ number: record.number, kind: record.kind, from: record.from, subject: record.subject, codes: record.codes }).toEqual({
      number: '6543/25',
      kind: 'note',
      from: version.head.from,
      subject: version.subject.join(' '),
      codes: CODES,
    });
    expect(record.sections.map(({ number, title }) => ({ number, title }))).toEqual(parts);
    expect(record.sections[0]?.text.map(plain)).toEqual([
      version.opening,
      version.contents,
      ...version.parts.map(({ number, title, page }) => `${printed(number)} ${title} ${page}`),
    ]);
    expect(record.sections.slice(1).map((section) => section.text.map(plain))).toEqual(version.parts.map(({ text }) => [text]));
  });
});
