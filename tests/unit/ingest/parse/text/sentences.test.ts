import { describe, expect, it } from 'vitest';
import { sentenceUnits, splitSentences, titledSentences } from '../../../../../scripts/ingest/parse/text/sentences.ts';

describe('splitSentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark followed by a capital', () => {
    expect(splitSentences('COSI endorsed it. Delegations agreed! Why? Because.')).toEqual(['COSI endorsed it.', 'Delegations agreed!', 'Why?', 'Because.']);
  });

  it('does not break after No., e.g., i.e., Art., p., doc. or prev.', () => {
    const text =
      'Regulation (EC) No. 1049/2001 applies, e.g. Art. 4, i.e. the rule in OJ L 115, p. 1–25 and doc. 13684/21 (No. prev. doc. 5572/1/25). Next one.';
    expect(splitSentences(text)).toEqual([
      'Regulation (EC) No. 1049/2001 applies, e.g. Art. 4, i.e. the rule in OJ L 115, p. 1–25 and doc. 13684/21 (No. prev. doc. 5572/1/25).',
      'Next one.',
    ]);
  });

  it('does not break after the abbreviations of the other versions: Polish `ds.`, `pkt`, `ust.`, German `vgl.`, `Dok.`, `bzw.`, `Abs.`, Spanish `núm.`', () => {
    const text = [
      'Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI) przyjął do wiadomości sprawozdanie (zob. pkt. 3 i ust. 2).',
      'Die Delegationen wurden ersucht (vgl. Dok. 14470/25), ihre Bemerkungen bzw. Abs. 2 des Entwurfs zu übermitteln.',
      'El Comité aprobó el documento núm. 13802/25.',
    ].join(' ');
    expect(splitSentences(text)).toEqual([
      'Stały Komitet ds. Współpracy Operacyjnej w dziedzinie Bezpieczeństwa Wewnętrznego (COSI) przyjął do wiadomości sprawozdanie (zob. pkt. 3 i ust. 2).',
      'Die Delegationen wurden ersucht (vgl. Dok. 14470/25), ihre Bemerkungen bzw. Abs. 2 des Entwurfs zu übermitteln.',
      'El Comité aprobó el documento núm. 13802/25.',
    ]);
  });

  it("does not break after the abbreviations the body's start and the joining of lines know too: `approx.`, `incl.`, `Mme.`, `betr.`, `ca.`", () => {
    const text = [
      'The Presidency presented the report (approx. 40 pages, incl. Annex II).',
      'Die Vertreter der Mitgliedstaaten nahmen Kenntnis (betr. ca. 12 Projekte).',
      'La présidence a remercié Mme. Dupont pour sa présentation.',
    ].join(' ');
    expect(splitSentences(text)).toEqual([
      'The Presidency presented the report (approx. 40 pages, incl. Annex II).',
      'Die Vertreter der Mitgliedstaaten nahmen Kenntnis (betr. ca. 12 Projekte).',
      'La présidence a remercié Mme. Dupont pour sa présentation.',
    ]);
  });

  it('does not break after the Official Journal’s and its page’s abbreviations in a citation: `ABl.`, `Dz.U.`, `Úř. věst.`, `Pb.`, `σ.`, `стр.`, `pag.`, `lch.`, `blz.`, `str.`', () => {
    const citations = [
      'Verordnung (EU) 2016/679 (ABl. L 119 vom 4.5.2016, S. 1).',
      'Rozporządzenie (UE) 2016/794, Dz.U. L 135 z 24.5.2016, s. 53.',
      'Nařízení (EU) 2016/794, Úř. věst. L 135, 24.5.2016, s. 53.',
      'Verordening (EU) 2016/794, Pb. L 135 van 24.5.2016, blz. 53.',
      'Κανονισμός (ΕΕ) 2016/794, ΕΕ L 135 της 24.5.2016, σ. 53.',
      'Регламент (ЕС) 2016/794, ОВ L 135, 24.5.2016 г., стр. 53.',
      'Regolamento (UE) 2016/794, GU L 135 del 24.5.2016, pag. 53.',
      'Rialachán (AE) 2016/794, IO L 135, 24.5.2016, lch. 53.',
      'Uredba (EU) 2016/794, UL L 135, 24.5.2016, str. 53.',
    ];
    // each failed before: `ABl.` / `L 119 …`, `… σ.` / `53.`
    for (const citation of citations) expect(splitSentences(`${citation} See also 9798/15.`)).toEqual([citation, 'See also 9798/15.']);
  });

  it('ends a sentence at the Hungarian page after its number (`53. o.`) before a capital, and at none where a small letter follows or no number precedes', () => {
    const citation = '(EU) 2016/794 rendelet, HL L 135., 2016.5.24., 53. o.';
    // failed before: `o` was read as an initial, the citation and the next sentence one
    expect(splitSentences(`${citation} Lásd még a 13802/25 dokumentumot.`)).toEqual([citation, 'Lásd még a 13802/25 dokumentumot.']);
    expect(splitSentences(`${citation.slice(0, -1)}. és a 13802/25 dokumentum.`)).toEqual([`${citation} és a 13802/25 dokumentum.`]);
    expect(splitSentences('Kovács J. o. Nagy Péter előadta a jelentést.')).toEqual(['Kovács J. o. Nagy Péter előadta a jelentést.']);
  });

  it('still ends a sentence at `etc.` before a capital: it ends sentences as often as not', () => {
    expect(splitSentences('Delegations raised firearms, drugs, cybercrime etc. The Presidency took note.')).toEqual([
      'Delegations raised firearms, drugs, cybercrime etc.',
      'The Presidency took note.',
    ]);
  });

  it('never breaks inside document numbers or dates', () => {
    expect(splitSentences('The item 6.1 of 6.4.2021 was set out in 14470/1/25 REV 1. It was endorsed.')).toEqual([
      'The item 6.1 of 6.4.2021 was set out in 14470/1/25 REV 1.',
      'It was endorsed.',
    ]);
  });

  it('does not break after the second of two days German prints with their dots (`am 7./8. Dezember 2017`, `vom 7.-8. Dezember 2017`)', () => {
    expect(
      splitSentences(
        'Der Ausschuss einigte sich auf den Entwurf, der dem Rat am 7./8. Dezember 2017 zur Annahme vorgelegt werden soll. Es folgte eine Aussprache.',
      ),
    ).toEqual([
      'Der Ausschuss einigte sich auf den Entwurf, der dem Rat am 7./8. Dezember 2017 zur Annahme vorgelegt werden soll.',
      'Es folgte eine Aussprache.',
    ]);
    expect(splitSentences('Die Tagung vom 7.-8. Dezember 2017 wurde vertagt. Der Vorsitz berichtete.')).toEqual([
      'Die Tagung vom 7.-8. Dezember 2017 wurde vertagt.',
      'Der Vorsitz berichtete.',
    ]);
  });

  it("does not break after a day's number before its month, as German, Danish or Slovenian print a date (`9. Dezember 2025`)", () => {
    expect(splitSentences('Der Ausschuss kam überein, in seiner Sitzung am 9. Dezember 2025 auf die Frage zurückzukommen. Es folgte eine Aussprache.')).toEqual(
      ['Der Ausschuss kam überein, in seiner Sitzung am 9. Dezember 2025 auf die Frage zurückzukommen.', 'Es folgte eine Aussprache.'],
    );
    expect(splitSentences('Der Bericht vom 3. März 2026 wurde gebilligt. Komitéen mødes den 9. December 2025.')).toEqual([
      'Der Bericht vom 3. März 2026 wurde gebilligt.',
      'Komitéen mødes den 9. December 2025.',
    ]);
    expect(splitSentences('COSI discussed points 1 to 4. May we add that it agreed.')).toEqual(['COSI discussed points 1 to 4.', 'May we add that it agreed.']);
  });

  it('ends a sentence at the Polish year’s `r.` before a capital, unless the sentence so far is the date alone', () => {
    expect(
      splitSentences(
        'Prezydencja poinformowała delegacje o wynikach posiedzenia w dniach 29 i 30 stycznia 2026 r. COSI przyjął do wiadomości przekazane informacje.',
      ),
    ).toEqual([
      'Prezydencja poinformowała delegacje o wynikach posiedzenia w dniach 29 i 30 stycznia 2026 r.',
      'COSI przyjął do wiadomości przekazane informacje.',
    ]);
    expect(splitSentences('W dniu 3 marca 2026 r. Komitet zatwierdził sprawozdanie. Od 1 stycznia 2026 r. Europol przejmie zadania.')).toEqual([
      'W dniu 3 marca 2026 r. Komitet zatwierdził sprawozdanie.',
      'Od 1 stycznia 2026 r. Europol przejmie zadania.',
    ]);
    expect(splitSentences('W dniach 29 i 30 stycznia 2026 r. Prezydencja przedstawiła sprawozdanie. W 2025 r. ustalono harmonogram.')).toEqual([
      'W dniach 29 i 30 stycznia 2026 r. Prezydencja przedstawiła sprawozdanie.',
      'W 2025 r. ustalono harmonogram.',
    ]);
  });

  it('does not break before a lower-case word', () => {
    expect(splitSentences('It was approx. the same as before. Done.')).toEqual(['It was approx. the same as before.', 'Done.']);
    expect(splitSentences('This is the E.U. approach to it.')).toEqual(['This is the E.U. approach to it.']);
  });

  it('ends a sentence before a name written in lower case, such as eu-LISA or eIDAS', () => {
    expect(splitSentences("COSI took note of the briefing by the EEAS. eu-LISA gave an update on the Entry/Exit System. eu-LISA's report followed.")).toEqual([
      'COSI took note of the briefing by the EEAS.',
      'eu-LISA gave an update on the Entry/Exit System.',
      "eu-LISA's report followed.",
    ]);
    expect(splitSentences('The Commission presented the review. eIDAS wallets were discussed.')).toEqual([
      'The Commission presented the review.',
      'eIDAS wallets were discussed.',
    ]);
  });

  it('does not break after an abbreviation before a lower-case name, nor before a prefixed word such as non-EU', () => {
    expect(splitSentences('Agencies, e.g. eu-LISA, attended.')).toEqual(['Agencies, e.g. eu-LISA, attended.']);
    expect(splitSentences('Checks on goods, persons etc. non-EU nationals included.')).toEqual(['Checks on goods, persons etc. non-EU nationals included.']);
  });

  it('ends sentences at paragraph breaks and collapses wrapped lines', () => {
    expect(splitSentences('Adoption of the agenda\n\nThe agenda was\nadopted as set out in CM 4578/2/24 REV2.')).toEqual([
      'Adoption of the agenda',
      'The agenda was adopted as set out in CM 4578/2/24 REV2.',
    ]);
  });

  it('keeps emphasis and closing quotes with the sentence they end', () => {
    expect(splitSentences('It was called “Hawala.” The **end.** Next.')).toEqual(['It was called “Hawala.”', 'The **end.**', 'Next.']);
  });

  it('extends a sentence that introduces a list over the whole list', () => {
    const text =
      'The Committee took note of\n\n- the outcome, as set out in 14673/17,\n- the state of play as presented by the CATS Chair. At its meeting, CATS agreed, as set out in 14068/17.\n\nThe Presidency concluded.';
    expect(splitSentences(text)).toEqual([
      'The Committee took note of - the outcome, as set out in 14673/17, - the state of play as presented by the CATS Chair. At its meeting, CATS agreed, as set out in 14068/17.',
      'The Presidency concluded.',
    ]);
  });

  it('keeps a list together across blank lines between its items', () => {
    const text = 'COSI agreed:\n\n- to put in place a Roadmap;\n\n- to task Europol. It was tasked.\n\nA report would follow.';
    expect(splitSentences(text)).toEqual(['COSI agreed: - to put in place a Roadmap; - to task Europol. It was tasked.', 'A report would follow.']);
  });

  it('splits the items of a list that no open sentence introduces', () => {
    const text = 'Three points were raised.\n- Estonia proposed a response.\n- Poland informed about a meeting. It took place in Gdańsk.';
    expect(splitSentences(text)).toEqual([
      'Three points were raised.',
      '- Estonia proposed a response.',
      '- Poland informed about a meeting.',
      'It took place in Gdańsk.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});

describe('sentenceUnits', () => {
  it('keeps the lead and the points of a sentence that introduces a list, each point without its bullet', () => {
    const text = 'COSI agreed:\n\n- to put in place a Roadmap;\n\n- to task Europol - EC3. It was tasked.\n\nA report would follow.';
    expect(sentenceUnits(text)).toEqual([
      {
        text: 'COSI agreed: - to put in place a Roadmap; - to task Europol - EC3. It was tasked.',
        lead: 'COSI agreed:',
        points: ['to put in place a Roadmap;', 'to task Europol - EC3. It was tasked.'],
      },
      { text: 'A report would follow.', lead: null, points: [] },
    ]);
  });

  it('gives the same sentences as splitSentences', () => {
    const text = 'The Committee took note of\n\n- the outcome,\n- the state of play.\n\nThe Presidency concluded. Next.';
    expect(sentenceUnits(text).map((sentence) => sentence.text)).toEqual(splitSentences(text));
  });
});

describe('titledSentences', () => {
  it("reads a title above a paragraph as the title's sentence, then the body's own", () => {
    const title = 'Schengen evaluation of Malta (2024) – Recommendation';
    const body = 'COSI took note of the state of play (doc. 9876/25). The Presidency\nwill report in June.';
    expect(titledSentences(title, body, sentenceUnits(body))).toEqual([
      'Schengen evaluation of Malta (2024) – Recommendation',
      'COSI took note of the state of play (doc. 9876/25).',
      'The Presidency will report in June.',
    ]);
    expect(titledSentences(title, body, sentenceUnits(body))).toEqual(splitSentences(`${title}\n\n${body}`));
  });

  it('lets the title lead a list the body opens with, as the whole text reads it', () => {
    const title = 'Conclusions on the fight against drug trafficking';
    const body = '- approved by COSI;\n- forwarded to Coreper.\n\nThe Presidency thanked the delegations.';
    expect(titledSentences(title, body, sentenceUnits(body))).toEqual([
      'Conclusions on the fight against drug trafficking - approved by COSI; - forwarded to Coreper.',
      'The Presidency thanked the delegations.',
    ]);
  });

  it("continues a title's own list with a body's first item, and finds the body's first line past blank ones", () => {
    const title = '(a) Internal security outlook';
    const body = '\n\n(b) Migration: COSI held an exchange of views.';
    expect(titledSentences(title, body, sentenceUnits(body))).toEqual(splitSentences(`${title}\n\n${body}`));
    expect(titledSentences(title, body, sentenceUnits(body))).toEqual(['(a) Internal security outlook', '(b) Migration: COSI held an exchange of views.']);
    expect(titledSentences('Any other business', '', [])).toEqual(['Any other business']);
  });
});
