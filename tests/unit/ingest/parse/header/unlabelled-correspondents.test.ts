import { describe, expect, it } from 'vitest';
import { unlabelledCorrespondents } from '../../../../../scripts/ingest/parse/header/unlabelled-correspondents.ts';

/** Source lines numbered from 1. */
function lines(...texts: string[]) {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}

describe('unlabelledCorrespondents', () => {
  it('reads the sender, the recipient and the subject over two lines that a copy without labels prints under the kind line', () => {
    const read = unlabelledCorrespondents(
      lines(
        '',
        'Generalsekretariat des Rates',
        'Delegationen',
        'Tagung des Europäischen Rates (26. und 27. Oktober 2023)',
        '– Schlussfolgerungen',
        '',
        'Die Delegationen …',
      ),
      0,
    );
    expect(read).toEqual({
      from: 'Generalsekretariat des Rates',
      to: 'Delegationen',
      subject: 'Tagung des Europäischen Rates (26. und 27. Oktober 2023) – Schlussfolgerungen',
      lines: lines(
        '',
        'Generalsekretariat des Rates',
        'Delegationen',
        'Tagung des Europäischen Rates (26. und 27. Oktober 2023)',
        '– Schlussfolgerungen',
      ).slice(1),
      next: 5,
      column: 0,
    });
  });

  it('ends the subject where a copy without blank lines runs the body’s sentence on under it', () => {
    const read = unlabelledCorrespondents(
      lines(
        'Secrétariat général du Conseil',
        'Délégations',
        'Réunion du Conseil européen (26 et 27 octobre 2023)',
        '– Conclusions',
        'Les délégations trouveront ci-joint les conclusions.',
        'I.',
      ),
      0,
    );
    expect([read?.subject, read?.next]).toEqual(['Réunion du Conseil européen (26 et 27 octobre 2023) – Conclusions', 4]);
  });

  it('reads a subject ending in a date’s full stop, as a subject in Bulgarian, Croatian or Polish ends, not as a sentence', () => {
    const subject = (last: string, ...after: string[]) =>
      unlabelledCorrespondents(lines('Sekretariat Generalny Rady', 'Delegacje', 'Wynik posiedzenia COSI', last, ...after), 0)?.subject;
    expect(subject('w dniach 18 i 19 listopada 2025 r.', '')).toBe('Wynik posiedzenia COSI w dniach 18 i 19 listopada 2025 r.');
    expect(subject('održanog 18. i 19. studenoga 2025.', '')).toBe('Wynik posiedzenia COSI održanog 18. i 19. studenoga 2025.');
    expect(subject('проведено на 18 и 19 ноември 2025 г.', 'Delegacje otrzymują w załączeniu wynik posiedzenia.')).toBe(
      'Wynik posiedzenia COSI проведено на 18 и 19 ноември 2025 г.',
    );
    // a full stop after a number that is no date's ends a sentence
    expect(subject('zgodnie z punktem 18.', '')).toBeNull();
  });

  it('ends the subject inside its last line where the body’s sentence was run into it, the body beginning there', () => {
    const subject = 'Tagung des Europäischen Rates (26. und 27. Oktober 2023) – Schlussfolgerungen zur inneren Sicherheit und zur operativen Zusammenarbeit';
    const sentence = 'Die Delegationen erhalten anbei die Schlussfolgerungen.';
    const read = unlabelledCorrespondents(lines('Generalsekretariat des Rates', 'Delegationen', `${subject} ${sentence}`, 'I.'), 0);
    expect([read?.subject, read?.next, read?.column]).toEqual([subject, 2, subject.length + 1]);
    // a subject line naming an opener (`COSI`) ends no sentence: nothing is cut there
    expect(
      unlabelledCorrespondents(lines('Sekretariat Generalny Rady', 'Delegacje', 'Wynik posiedzenia COSI', 'zgodnie z punktem 18.', ''), 0)?.subject,
    ).toBeNull();
  });

  it('leaves the subject out when the lines under the recipient are a sentence or run on without a blank line', () => {
    expect(unlabelledCorrespondents(lines('Presidency', 'Delegations', 'Delegations will find attached the text.', ''), 0)?.subject).toBeNull();
    expect(
      unlabelledCorrespondents(lines('Presidency', 'Delegations', 'Delegations will find attached the outcome of 18 November 2025.', ''), 0)?.subject,
    ).toBeNull();
    expect(unlabelledCorrespondents(lines('Presidency', 'Delegations', 'a', 'b', 'c', 'd', 'e', ''), 0)?.subject).toBeNull();
  });

  it('is null unless two lines of the Council’s senders and recipients open the text', () => {
    expect(unlabelledCorrespondents(lines('Delegationen', 'Die Delegationen erhalten anbei den Text.'), 0)).toBeNull();
    expect(unlabelledCorrespondents(lines('PERMANENT REPRESENTATIVES COMMITTEE', '20 and 22 September 2023'), 0)).toBeNull();
    expect(unlabelledCorrespondents(lines('Presidency'), 0)).toBeNull();
  });
});
