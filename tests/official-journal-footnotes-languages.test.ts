import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { splitSentences } from '../scripts/ingest/parse/text/sentences.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { plainBlockWithCalls as plain } from './support/block-text.ts';
import { outcomes, OUTCOME_COPIES, outcomeCopy } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A footnote citing the Official Journal, as the Council's versions print the citation of the Europol Regulation (its
 * number in each version's words, then the Journal's abbreviation, series, number, date and page: `Regulation (EU)
 * 2016/794, OJ L 135, 24.5.2016, p. 53.`, `Verordnung (EU) 2016/794, ABl. L 135 vom 24.5.2016, S. 53.`, `Rozporządzenie
 * (UE) 2016/794, Dz.U. L 135 z 24.5.2016, s. 53.`, `Κανονισμός (ΕΕ) 2016/794, ΕΕ L 135 της 24.5.2016, σ. 53.`, the
 * Hungarian and Latvian page after its number: `53. o.`, `53. lpp.`), called by item 3 of the COSI outcome 14470/25
 * (tests/fixtures/outcome-languages/outcomes.json: `The Committee approved the conclusions set out in 13802/25.1`), in
 * the 24 versions and five shapes: plain `pdftotext` (labels first), labelled rows, `-layout`, the page run into one line
 * and a viewer's copy of `-layout`. The footnote's text is the citation whole, one sentence (the Journal's and the
 * page's abbreviations end none: `ABl.`, `Dz.U.`, `Pb.`, `S.`, `s.`, `σ.`, `стр.`, `pag.`, `lch.`, `blz.`, `str.`),
 * called once, out of the items' text; on a page run into one line the page's number after its abbreviation (`p. 53.`)
 * is no paragraph's number (before: it stood apart on the page after item 3, the footnote's text ending at `p.`).
 */
const CITATIONS: Record<string, string> = {
  bg: 'Регламент (ЕС) 2016/794, ОВ L 135, 24.5.2016 г., стр. 53.',
  cs: 'Nařízení (EU) 2016/794, Úř. věst. L 135, 24.5.2016, s. 53.',
  da: 'Forordning (EU) 2016/794, EUT L 135 af 24.5.2016, s. 53.',
  de: 'Verordnung (EU) 2016/794, ABl. L 135 vom 24.5.2016, S. 53.',
  el: 'Κανονισμός (ΕΕ) 2016/794, ΕΕ L 135 της 24.5.2016, σ. 53.',
  en: 'Regulation (EU) 2016/794, OJ L 135, 24.5.2016, p. 53.',
  es: 'Reglamento (UE) 2016/794, DO L 135 de 24.5.2016, p. 53.',
  et: 'Määrus (EL) 2016/794, ELT L 135, 24.5.2016, lk 53.',
  fi: 'Asetus (EU) 2016/794, EUVL L 135, 24.5.2016, s. 53.',
  fr: 'Règlement (UE) 2016/794, JO L 135 du 24.5.2016, p. 53.',
  ga: 'Rialachán (AE) 2016/794, IO L 135, 24.5.2016, lch. 53.',
  hr: 'Uredba (EU) 2016/794, SL L 135, 24.5.2016., str. 53.',
  hu: '(EU) 2016/794 rendelet, HL L 135., 2016.5.24., 53. o.',
  it: 'Regolamento (UE) 2016/794, GU L 135 del 24.5.2016, pag. 53.',
  lt: 'Reglamentas (ES) 2016/794, OL L 135, 2016 5 24, p. 53.',
  lv: 'Regula (ES) 2016/794, OV L 135, 24.5.2016., 53. lpp.',
  mt: 'Regolament (UE) 2016/794, ĠU L 135, 24.5.2016, p. 53.',
  nl: 'Verordening (EU) 2016/794, PB L 135 van 24.5.2016, blz. 53.',
  pl: 'Rozporządzenie (UE) 2016/794, Dz.U. L 135 z 24.5.2016, s. 53.',
  pt: 'Regulamento (UE) 2016/794, JO L 135 de 24.5.2016, p. 53.',
  ro: 'Regulamentul (UE) 2016/794, JO L 135, 24.5.2016, p. 53.',
  sk: 'Nariadenie (EÚ) 2016/794, Ú. v. EÚ L 135, 24.5.2016, s. 53.',
  sl: 'Uredba (EU) 2016/794, UL L 135, 24.5.2016, str. 53.',
  sv: 'Förordning (EU) 2016/794, EUT L 135, 24.5.2016, s. 53.',
};

/** The older citations some versions print (`Pb.` before 2020 in Dutch) and the German one the task names. */
const OLDER: Record<string, string> = {
  nl: 'Verordening (EU) 2016/794, Pb. L 135 van 24.5.2016, blz. 53.',
  de: 'Verordnung (EU) 2016/679, ABl. L 119 vom 4.5.2016, S. 1.',
  pl: 'Rozporządzenie (UE) 2016/679, Dz.U. L 119 z 4.5.2016, s. 1.',
};

/** The items' text, each block as the page shows it. */
const itemsText = (record: OkRecord) => record.items.flatMap((item) => item.text.map(plain));

const CASES = [
  ...Object.entries(CITATIONS).map(([language, citation]) => [language, citation] as const),
  ...Object.entries(OLDER).map(([language, citation]) => [language, citation] as const),
];

describe.each(CASES)('the outcome 14470/25 in %s whose item 3 calls a footnote citing the Official Journal (%s)', (language, citation) => {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(`no outcome in ${language}`);
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', `${outcome.sentences[2] ?? ''}1`];
  it.each(OUTCOME_COPIES)('reads the citation whole as the footnote’s one sentence, called once by item 3 (%s)', (shape) => {
    const page = outcomeCopy(outcome, language, shape, { foot: [`1 ${citation}`], sentences });
    const record = expectOk(parseDocument(page, `content/sources/official-journal-${language}.txt`));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    expect(record.footnotes.map((footnote) => [footnote.label, footnote.text.map(plain).join(' ')])).toEqual([['1', citation]]);
    expect(splitSentences(citation)).toEqual([citation]);
    expect(itemsText(record)).toEqual([outcome.sentences[0], outcome.sentences[1], `${outcome.sentences[2]?.slice(0, -1)}.^1`]);
  });
});

/**
 * The Hungarian footnote whose citation ends on the page after its number (`53. o.`, oldal) and goes on with a
 * sentence of its own (`Lásd még a 13802/25 dokumentumot.`): the footnote's text is both sentences, whole, and the
 * sentence splitter ends the first at `o.` (before, `o` was read as an initial: the footnote one sentence).
 */
describe('the outcome 14470/25 in Hungarian whose footnote cites the Official Journal and goes on after the page (`53. o. Lásd még …`)', () => {
  const outcome = outcomes.hu;
  if (outcome === undefined) throw new Error('no outcome in hu');
  const citation = CITATIONS.hu ?? '';
  const more = 'Lásd még a 13802/25 dokumentumot.';
  const sentences = [outcome.sentences[0] ?? '', outcome.sentences[1] ?? '', `${outcome.sentences[2] ?? ''}1`];
  it.each(OUTCOME_COPIES)('reads the footnote whole, two sentences, called once by item 3 (%s)', (shape) => {
    const page = outcomeCopy(outcome, 'hu', shape, { foot: [`1 ${citation} ${more}`], sentences });
    const record = expectOk(parseDocument(page, 'content/sources/official-journal-hu-more.txt'));
    expect(record.items.map((item) => item.title)).toEqual(outcome.items);
    const text = record.footnotes.map((footnote) => [footnote.label, footnote.text.map(plain).join(' ')]);
    expect(text).toEqual([['1', `${citation} ${more}`]]);
    expect(splitSentences(text[0]?.[1] ?? '')).toEqual([citation, more]);
    expect(itemsText(record)).toEqual([outcome.sentences[0], outcome.sentences[1], `${outcome.sentences[2]?.slice(0, -1)}.^1`]);
  });
});
