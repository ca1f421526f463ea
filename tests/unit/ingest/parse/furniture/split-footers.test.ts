import { describe, expect, it } from 'vitest';
import { rememberOwnNumber, removeSplitFooter, removeSplitNoticeFooter } from '../../../../../scripts/ingest/parse/furniture/split-footers.ts';

describe('removeSplitNoticeFooter', () => {
  it('takes out a notice footer’s number before the last row and its page and language at the page’s end, in any language', () => {
    expect(
      removeSplitNoticeFooter('Bruselas, 1 de julio de 2025 CM 3105/25 COSI … 10.00 – 11.30 CM 3105/25 4. Proyecto de Conclusiones sobre la 1 ES', new Set()),
    ).toEqual({
      text: 'Bruselas, 1 de julio de 2025 CM 3105/25 COSI … 10.00 – 11.30 4. Proyecto de Conclusiones sobre la',
      endsPage: true,
    });
    expect(
      removeSplitNoticeFooter('Bruxelles, le 3 février 2026 CM 1204/1/26 REV 1 COSI … 2. Informations CM 1204/1/26 REV 1 3. Divers 1 FR', new Set())?.text,
    ).toBe('Bruxelles, le 3 février 2026 CM 1204/1/26 REV 1 COSI … 2. Informations 3. Divers');
  });

  it('takes it out of a later page where an earlier page’s footer printed the same number', () => {
    const seen = new Set<string>();
    expect(removeSplitNoticeFooter('Brüssel, den 3. Februar 2026 CM 1204/26 … CM 1204/26 3. Punkt 1 DE', seen)?.text).toBe(
      'Brüssel, den 3. Februar 2026 CM 1204/26 … 3. Punkt',
    );
    expect(removeSplitNoticeFooter('Sicherheit der Häfen 5512/26 CM 1204/26 5. Sonstiges 2 DE', seen)?.text).toBe('Sicherheit der Häfen 5512/26 5. Sonstiges');
  });

  it('takes out a notice’s footer whole with its marking between its number and page, which a page run into one line prints last', () => {
    expect(removeSplitNoticeFooter('Brüssel, den 1. Juli 2025 CM 1420/25 COSI … Dokumente für diese Tagung im CM 1420/25 LIMITE 1 DE', new Set())?.text).toBe(
      'Brüssel, den 1. Juli 2025 CM 1420/25 COSI … Dokumente für diese Tagung im',
    );
  });

  it('leaves a notice an outcome cites on its first page, whose own number is another', () => {
    expect(
      removeSplitNoticeFooter(
        'Brüssel, den 20. Februar 2026 6890/26 … Subject: CM 1250/26 … in Dokument CM 1250/26 enthaltenen Fassung TR/kl LIMITE 1 DE',
        new Set(),
      ),
    ).toBeNull();
  });

  it('leaves a notice another notice cites, a line whose number ends it (a whole footer) and one without a page and language', () => {
    expect(removeSplitNoticeFooter('Brussels, 3 February 2026 CM 1204/26 … as announced in CM 1150/26 3. AOB 1 EN', new Set())).toBeNull();
    expect(removeSplitNoticeFooter('Brussels, 3 February 2026 CM 1204/26 … 3. AOB CM 1204/26 1 EN', new Set())).toBeNull();
    expect(removeSplitNoticeFooter('Brussels, 3 February 2026 CM 1204/26 … CM 1204/26 3. AOB', new Set())).toBeNull();
  });
});

describe('removeSplitFooter', () => {
  it.each([
    [
      'de',
      'Brüssel, den 5. März 2026 6890/26 LIMITE COSI … (b) 6890/26 JAI.1 Folgemaßnahmen zu den Schengen-Evaluierungen TR/kl LIMITE 1 DE',
      'Brüssel, den 5. März 2026 6890/26 LIMITE COSI … (b) Folgemaßnahmen zu den Schengen-Evaluierungen',
    ],
    [
      'fr',
      'Bruxelles, le 5 mars 2026 6890/1/26 REV 1 COSI … 3. 6890/1/26 REV 1 JAI.1 Divers EB, FR/dk LIMITE 1 FR',
      'Bruxelles, le 5 mars 2026 6890/1/26 REV 1 COSI … 3. Divers',
    ],
    ['el', 'Βρυξέλλες, 5 Μαρτίου 2026 12340/26 … 4. 12340/26 DG D 1 Διάφορα ΔΠ/γομ 1 EL', 'Βρυξέλλες, 5 Μαρτίου 2026 12340/26 … 4. Διάφορα'],
  ])('takes out the first column of a note’s footer before the last row and the rest at the page’s end (%s)', (_language, page, text) => {
    expect(removeSplitFooter(page, new Set())).toEqual({ text, endsPage: true });
  });

  it('takes it out of a later page, an annex’s, by the number the document printed first', () => {
    const seen = new Set<string>();
    rememberOwnNumber('10512/24 EXT 1', seen);
    rememberOwnNumber('COSI 84 see 9999/24', seen);
    expect(
      removeSplitFooter('the containers that leave their ports for the Union. 10512/24 EXT 1 ANNEX Lead Commission and EEAS TR/kl JAI.1 2 EN', seen)?.text,
    ).toBe('the containers that leave their ports for the Union. Lead Commission and EEAS');
  });

  it('takes out a first column that holds the initials and marking too, only the page and language at the end (an annex’s landscape table)', () => {
    const seen = new Set<string>(['12631/21']);
    expect(
      removeSplitFooter('ANNEX Member State Belgium Unit Federal Judicial Police 12631/21 ANNEX JAI.1 KR/mj LIMITE Status designated 3 EN', seen)?.text,
    ).toBe('ANNEX Member State Belgium Unit Federal Judicial Police Status designated');
    expect(removeSplitFooter('ANLAGE Mitgliedstaat Belgien 12631/21 ANLAGE JAI.1 KR/mj LIMITE Stand benannt 3 DE', seen)?.text).toBe(
      'ANLAGE Mitgliedstaat Belgien Stand benannt',
    );
    // Another document's number, or no initials after it: no footer.
    for (const text of [
      'Member State Belgium 9876/21 ANNEX JAI.1 KR/mj LIMITE Status designated 3 EN',
      'Member State 12631/21 ANNEX JAI.1 Status designated 3 EN',
    ]) {
      expect(removeSplitFooter(text, new Set(seen))).toBeNull();
    }
  });

  it('reads the page and language with tabs and spaces around them at the line’s end, as -layout spaces them', () => {
    expect(removeSplitFooter('Brussels, 5 March 2026 6890/26 … (b) 6890/26 JAI.1 Follow-up TR/kl LIMITE\t 2 \tEN \t', new Set())?.text).toBe(
      'Brussels, 5 March 2026 6890/26 … (b) Follow-up',
    );
    expect(removeSplitNoticeFooter('Brussels, 3 February 2026 CM 1204/26 … CM 1204/26 3. AOB\t12  EN  ', new Set())?.text).toBe(
      'Brussels, 3 February 2026 CM 1204/26 … 3. AOB',
    );
  });

  it('leaves a line alone where the number before the last row is another document’s, or no initials end it', () => {
    expect(removeSplitFooter('Brussels, 5 March 2026 6890/26 … the report 6512/26 JAI.1 Any other business TR/kl LIMITE 1 EN', new Set())).toBeNull();
    expect(removeSplitFooter('Brussels, 5 March 2026 6890/26 … (b) 6890/26 JAI.1 Follow-up LIMITE 1 EN', new Set())).toBeNull();
  });
});
