import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { saysCancelled } from '../../../../../scripts/ingest/parse/document/cancelled-meeting.ts';
import { flattenedPages } from '../../../../support/flattened-pages.ts';
import { layoutNoticeHeader } from '../../../../support/notice-header.ts';
import { expectOk } from '../../../../support/projection.ts';
import { PRESIDENCY_VENUES } from '../../../../support/presidency-venues.ts';

/**
 * A COSI notice of meeting in each official language (tests/fixtures/cm-notice-languages/notices.json) revised to say
 * its meeting is cancelled, as the Council's revisions word it (`Delegations are informed that the above meeting has
 * been cancelled.`), written by hand in each language: its meeting keeps its day and is cancelled, in the shapes its
 * text reaches the ingest in. Notices that cancel something else (an item, a session) or say nothing of it are not.
 */
/** The fields of a version's notice this test prints (the fixture's `notices`). */
type Notice = Record<'institution' | 'placeDate' | 'communication' | 'kind' | 'subject' | 'date' | 'time', string> & {
  labels: Record<'contact' | 'telFax' | 'subject' | 'date' | 'time' | 'venue', string>;
  venue: string[];
  items: string[];
};

const { notices } = JSON.parse(readFileSync('tests/fixtures/cm-notice-languages/notices.json', 'utf8')) as { notices: Record<string, Notice> };

/** The sentence of each version saying the meeting above is cancelled. */
const CANCELLED: Record<string, string> = {
  bg: 'Делегациите се уведомяват, че горепосоченото заседание е отменено.',
  cs: 'Delegace se informují, že výše uvedené zasedání bylo zrušeno.',
  da: 'Delegationerne underrettes om, at ovennævnte møde er aflyst.',
  de: 'Den Delegationen wird mitgeteilt, dass die oben genannte Sitzung abgesagt wurde.',
  el: 'Οι αντιπροσωπίες ενημερώνονται ότι η ανωτέρω συνεδρίαση ακυρώνεται.',
  en: 'Delegations are informed that the above meeting has been cancelled.',
  es: 'Se informa a las delegaciones de que la reunión arriba mencionada ha sido cancelada.',
  et: 'Delegatsioone teavitatakse, et eespool nimetatud koosolek on tühistatud.',
  fi: 'Valtuuskunnille ilmoitetaan, että edellä mainittu kokous on peruttu.',
  fr: 'Les délégations sont informées que la réunion susmentionnée est annulée.',
  ga: 'Cuirtear in iúl do na toscaireachtaí go bhfuil an cruinniú thuasluaite curtha ar ceal.',
  hr: 'Izaslanstva se obavješćuju da je navedeni sastanak otkazan.',
  hu: 'Tájékoztatjuk a delegációkat, hogy a fenti ülés elmarad.',
  it: 'Si informano le delegazioni che la riunione di cui sopra è stata annullata.',
  lt: 'Delegacijoms pranešama, kad pirmiau nurodytas posėdis atšauktas.',
  lv: 'Delegācijām paziņo, ka iepriekš minētā sanāksme ir atcelta.',
  mt: 'Id-delegazzjonijiet huma infurmati li l-laqgħa msemmija hawn fuq ġiet ikkanċellata.',
  nl: 'De delegaties wordt meegedeeld dat de bovengenoemde vergadering is geannuleerd.',
  pl: 'Delegacje informuje się, że powyższe posiedzenie zostało odwołane.',
  pt: 'Informam-se as delegações de que a reunião acima referida foi cancelada.',
  ro: 'Delegațiile sunt informate că reuniunea menționată mai sus a fost anulată.',
  sk: 'Delegácie sa informujú, že uvedené zasadnutie bolo zrušené.',
  sl: 'Delegacije obveščamo, da je zgoraj navedena seja odpovedana.',
  sv: 'Delegationerna informeras om att ovannämnda möte har ställts in.',
};

/** The header of a revised notice (`CM 1204/1/26 REV 1`), labels before their values as `-layout` prints the table. */
function header(notice: Notice): string[] {
  return layoutNoticeHeader(notice, ['CM 1204/1/26', 'REV 1']);
}

/** The page's footer as `-layout` prints it. */
function footer(language: string): string[] {
  return ['', `CM 1204/1/26 REV 1${' '.repeat(50)}1`, `${' '.repeat(66)}${language.toUpperCase()}`];
}

/** The notice's items, numbered. */
function items(notice: Notice): string[] {
  return notice.items.flatMap((title, index) => [`${index + 1}.      ${title}`, '']);
}

/**
 * The shapes of a cancelling notice: the sentence alone under the header; before the items it reprints; the page run
 * into one line, and so before the items; a viewer's copy (no blank lines) before the items. On a page run into one line
 * the sentence follows the venue (the header's last value) on its line: the venue ends where its address ends, at the
 * city after its postcode (`… Rue de la Loi 175, 1048 Brusel`), also where the sentence opens with words no reader knows
 * to open a body (`Výše uvedené zasedání bylo zrušeno …`, `Informam-se …`, `Tá an cruinniú …`) and where the building's
 * closing quotation mark seemed to end it (`СЪВЕТ СГРАДА „ЕВРОПА“`, `TARYBA PASTATAS „EUROPA“`, `PADOME ĒKA “EUROPA”`).
 */
const SHAPES: Record<string, (notice: Notice, language: string, sentence: string) => string> = {
  'sentence alone': (notice, language, sentence) => [...header(notice), sentence, ...footer(language)].join('\n'),
  'sentence before the items': (notice, language, sentence) => [...header(notice), sentence, '', ...items(notice), ...footer(language)].join('\n'),
  flattened: (notice, language, sentence) => flattenedPages([...header(notice), sentence, ...footer(language)].join('\n')),
  'flattened, sentence before the items': (notice, language, sentence) =>
    flattenedPages([...header(notice), sentence, '', ...items(notice), ...footer(language)].join('\n')),
  'viewer copy, sentence before the items': (notice, language, sentence) =>
    [...header(notice), sentence, '', ...items(notice), ...footer(language)].filter((line) => line.trim() !== '').join('\n'),
};

/**
 * The meeting a version's notice prints: 17 February 2026 at its `Time:` row's hour, at its `Venue:` row's place (its
 * lines joined by a space), cancelled where the notice says so.
 */
function meetingOf(notice: Notice, cancelled: boolean) {
  return { dates: ['2026-02-17'], time: notice.time, venue: notice.venue.join(' '), ...(cancelled ? { cancelled: true } : {}) };
}

function read(text: string, language: string) {
  return expectOk(parseDocument(text, `notices/cancelled-${language}.txt`));
}

describe('a notice that cancels its meeting, in the 24 languages', () => {
  for (const [language, notice] of Object.entries(notices)) {
    const sentence = CANCELLED[language] ?? '';
    for (const [shape, make] of Object.entries(SHAPES)) {
      it(`${language}, ${shape}: the meeting of 17 February 2026 is cancelled`, () => {
        const record = read(make(notice, language, sentence), language);
        expect(record.meeting).toEqual(meetingOf(notice, true));
        // the sentence stays on the page, outside the meeting's fields
        expect(JSON.stringify({ ...record, meeting: null })).toContain(sentence);
        // a notice that cancels its meeting need list no items: no warning that it lists none
        expect(record.warnings.map(({ message }) => message).filter((message) => message.startsWith('no agenda items'))).toEqual([]);
      });
    }
    it(`${language}: the same notice without the sentence plans its meeting`, () => {
      const record = read([...header(notice), ...items(notice), ...footer(language)].join('\n'), language);
      expect(record.meeting).toEqual(meetingOf(notice, false));
      expect(record.planned?.map(({ title }) => title)).toEqual(notice.items);
    });
  }
});

/**
 * A notice that cancels an informal meeting the Presidency was to hold in its own country (tests/support/presidency-venues.ts:
 * `… Slovanský ostrov 226, 110 00 Praha 1`, `… 1000-001 Lisboa`, `… 00-901 Warszawa`): the venue ends at the city after
 * its postcode, also on a page run into one line, where the sentence follows it (before, `1000-001 Lisboa` was read as no
 * postcode and city, and on such a page the Portuguese meeting was not read as written).
 */
describe('a notice that cancels a meeting outside Brussels and Luxembourg', () => {
  for (const [language, venue] of Object.entries(PRESIDENCY_VENUES)) {
    const notice = { ...(notices[language] as Notice), venue: [...venue] };
    const sentence = CANCELLED[language] ?? '';
    for (const [shape, make] of Object.entries(SHAPES)) {
      it(`${language}, ${shape}: the meeting at \`${venue.join(' ')}\` is cancelled`, () => {
        expect(read(make(notice, language, sentence), language).meeting).toEqual(meetingOf(notice, true));
      });
    }
  }
});

describe('other ways a notice says so', () => {
  const english = notices.en as Notice;
  it('a line alone before the reprinted items (`CANCELLED`, `*** MEETING CANCELLED ***`, `ANNULÉE`)', () => {
    for (const line of ['CANCELLED', '*** MEETING CANCELLED ***']) {
      const record = read([...header(english), line, '', ...items(english), ...footer('en')].join('\n'), 'en');
      expect(record.meeting, line).toEqual(meetingOf(english, true));
    }
    const french = notices.fr as Notice;
    const record = read([...header(french), 'ANNULÉE', '', ...items(french), ...footer('fr')].join('\n'), 'fr');
    expect(record.meeting).toEqual(meetingOf(french, true));
  });

  it('a `Date:` value with the word after the day', () => {
    const record = read([...header({ ...english, date: '17 February 2026 – CANCELLED' }), ...items(english), ...footer('en')].join('\n'), 'en');
    expect(record.meeting).toEqual(meetingOf(english, true));
  });

  it('a subject that names the cancellation', () => {
    const notice = { ...english, subject: 'Cancellation of the meeting of the Standing Committee on Operational Cooperation on Internal Security (COSI)' };
    const record = read([...header(notice), ...footer('en')].join('\n'), 'en');
    expect(record.meeting).toEqual(meetingOf(notice, true));
  });

  it('the words alone, whatever else the sentence says', () => {
    expect(saysCancelled(['The COSI meeting scheduled for 17 February 2026 will not take place.'], null)).toBe(true);
    expect(saysCancelled(['Die Sitzung findet nicht statt.'], null)).toBe(true);
    expect(saysCancelled(["La réunion n'aura pas lieu."], null)).toBe(true);
    expect(saysCancelled([], '17 February 2026 – CANCELLED')).toBe(true);
  });
});

describe('a notice that cancels something else is not cancelled', () => {
  const english = notices.en as Notice;
  for (const sentence of [
    'Item 3 has been cancelled.',
    'The coffee break is cancelled. The meeting will end at 13.00.',
    'Le point 3 est annulé.',
    'Delegations are informed that the meeting will take place in the Justus Lipsius building.',
  ]) {
    it(sentence, () => {
      const record = read([...header(english), sentence, '', ...items(english), ...footer('en')].join('\n'), 'en');
      expect(record.meeting).toEqual(meetingOf(english, false));
    });
  }
  it('a notice that cancels a session of its meeting: the meeting is held', () => {
    expect(saysCancelled(['The restricted session has been cancelled.'], null)).toBe(false);
    expect(saysCancelled(['La session restreinte est annulée.'], null)).toBe(false);
  });
});

/** The sentence of each version saying the meeting above is cancelled and a videoconference replaces it: its format changes, it is held. */
const REPLACED: Record<string, string> = {
  bg: 'Горепосоченото заседание е отменено и се заменя с видеоконференция.',
  cs: 'Výše uvedené zasedání bylo zrušeno a nahrazeno videokonferencí.',
  da: 'Ovennævnte møde er aflyst og erstattes af en videokonference.',
  de: 'Die oben genannte Sitzung wurde abgesagt und durch eine Videokonferenz ersetzt.',
  el: 'Η ανωτέρω συνεδρίαση ακυρώνεται και αντικαθίσταται από τηλεδιάσκεψη.',
  en: 'Delegations are informed that the above meeting has been cancelled and replaced by an informal videoconference of the members of COSI.',
  es: 'La reunión arriba mencionada ha sido cancelada y sustituida por una videoconferencia.',
  et: 'Eespool nimetatud koosolek on tühistatud ja asendatakse videokonverentsiga.',
  fi: 'Edellä mainittu kokous on peruttu, ja se korvataan videokonferenssilla.',
  fr: 'La réunion susmentionnée est annulée et remplacée par une vidéoconférence informelle des membres du COSI.',
  ga: 'Tá an cruinniú thuasluaite curtha ar ceal agus beidh físchomhdháil ina ionad.',
  hr: 'Navedeni sastanak otkazan je i zamijenjen videokonferencijom.',
  hu: 'A fenti ülés elmarad, helyette videokonferenciát tartanak.',
  it: 'La riunione di cui sopra è stata annullata e sostituita da una videoconferenza.',
  lt: 'Pirmiau nurodytas posėdis atšauktas ir pakeistas vaizdo konferencija.',
  lv: 'Iepriekš minētā sanāksme ir atcelta un aizstāta ar videokonferenci.',
  mt: 'Il-laqgħa msemmija hawn fuq ġiet ikkanċellata u minflokha se ssir vidjokonferenza.',
  nl: 'De bovengenoemde vergadering is geannuleerd en vervangen door een videoconferentie.',
  pl: 'Powyższe posiedzenie zostało odwołane i zastąpione wideokonferencją.',
  pt: 'A reunião acima referida foi cancelada e substituída por uma videoconferência.',
  ro: 'Reuniunea menționată mai sus a fost anulată și înlocuită cu o videoconferință.',
  sk: 'Uvedené zasadnutie bolo zrušené a nahradené videokonferenciou.',
  sl: 'Zgoraj navedena seja je odpovedana in nadomeščena z videokonferenco.',
  sv: 'Ovannämnda möte har ställts in och ersätts av en videokonferens.',
};

/** The items of a notice, then its NB block: the sentence as the block's first words. */
const nbAfter = (notice: Notice, language: string, sentence: string) =>
  [...header(notice), ...items(notice), `NB: ${sentence}`, ...footer(language)].join('\n');

/** The NB block above the items a revised notice reprints. */
const nbBefore = (notice: Notice, language: string, sentence: string) =>
  [...header(notice), `NB: ${sentence}`, '', ...items(notice), ...footer(language)].join('\n');

describe('a notice whose NB block says its meeting is cancelled, in the 24 languages', () => {
  for (const [language, notice] of Object.entries(notices)) {
    const sentence = CANCELLED[language] ?? '';
    it(`${language}: the NB block under the items cancels the meeting, the items stay planned`, () => {
      const record = read(nbAfter(notice, language, sentence), language);
      expect(record.meeting).toEqual(meetingOf(notice, true));
      expect(record.planned?.map(({ title }) => title)).toEqual(notice.items);
    });
    it(`${language}: the NB block above the items cancels the meeting, the items stay planned`, () => {
      const record = read(nbBefore(notice, language, sentence), language);
      expect(record.meeting).toEqual(meetingOf(notice, true));
      expect(record.planned?.map(({ title }) => title)).toEqual(notice.items);
    });
    it(`${language}: the NB block under the items, the page run into one line, cancels the meeting`, () => {
      expect(read(flattenedPages(nbAfter(notice, language, sentence)), language).meeting).toEqual(meetingOf(notice, true));
    });
  }

  it('an NB block above the items that says something else leaves the items planned and the meeting held', () => {
    const english = notices.en as Notice;
    const record = read(nbBefore(english, 'en', 'The meeting will start at 9.30, not at 10.00 as first announced.'), 'en');
    expect(record.meeting).toEqual(meetingOf(english, false));
    expect(record.planned?.map(({ title }) => title)).toEqual(english.items);
  });
});

describe('a notice whose meeting is cancelled and replaced by a videoconference is held, in the 24 languages', () => {
  for (const [language, notice] of Object.entries(notices)) {
    const sentence = REPLACED[language] ?? '';
    it(`${language}: under the header, the meeting of 17 February 2026 is held`, () => {
      expect(read([...header(notice), sentence, '', ...items(notice), ...footer(language)].join('\n'), language).meeting).toEqual(meetingOf(notice, false));
    });
    it(`${language}: in the NB block, wrapped over two lines, the meeting is held`, () => {
      const words = `NB: ${sentence}`.split(' ');
      const half = Math.ceil(words.length / 2);
      const wrapped = [...header(notice), ...items(notice), words.slice(0, half).join(' '), words.slice(half).join(' '), ...footer(language)].join('\n');
      expect(read(wrapped, language).meeting).toEqual(meetingOf(notice, false));
    });
    it(`${language}: the page run into one line, the meeting is held`, () => {
      const record = read(flattenedPages([...header(notice), sentence, ...footer(language)].join('\n')), language);
      expect(record.meeting).toEqual(meetingOf(notice, false));
      expect(JSON.stringify({ ...record, meeting: null })).toContain(sentence);
    });
  }

  it('a videoconference named before the cancellation is the meeting cancelled; one named as the next meeting replaces nothing', () => {
    expect(saysCancelled(['The informal videoconference of the members of COSI of 17 February 2026 is cancelled.'], null)).toBe(true);
    expect(saysCancelled(['The meeting has been cancelled. The next meeting will take place by videoconference on 3 March 2026.'], null)).toBe(true);
    expect(saysCancelled(['The meeting has been cancelled. An informal videoconference will take place instead.'], null)).toBe(false);
    expect(saysCancelled(['Die Sitzung wurde abgesagt. Stattdessen findet eine Videokonferenz statt.'], null)).toBe(false);
  });
});

/**
 * The sentence of each version saying the meeting above is cancelled and will be held by videoconference, no word for
 * a replacement in it: the videoconference after the cancellation, in the case the version's preposition asks for
 * (Portuguese `por videoconferência`, Irish `trí fhíschomhdháil` lenited, Polish `w formie wideokonferencji`), changes
 * the meeting's format: it is held.
 */
const HELD_BY_VIDEOCONFERENCE: Record<string, string> = {
  bg: 'Горепосоченото заседание е отменено и ще се проведе под формата на видеоконференция.',
  cs: 'Výše uvedené zasedání bylo zrušeno a uskuteční se formou videokonference.',
  da: 'Ovennævnte møde er aflyst og afholdes som videokonference.',
  de: 'Die oben genannte Sitzung wurde abgesagt und findet als Videokonferenz statt.',
  el: 'Η ανωτέρω συνεδρίαση ακυρώνεται και θα διεξαχθεί μέσω τηλεδιάσκεψης.',
  en: 'The above meeting has been cancelled and will be held as an informal videoconference of the members of COSI.',
  es: 'La reunión arriba mencionada ha sido cancelada y se celebrará por videoconferencia.',
  et: 'Eespool nimetatud koosolek on tühistatud ja see toimub videokonverentsina.',
  fi: 'Edellä mainittu kokous on peruttu, ja se pidetään videoneuvotteluna.',
  fr: 'La réunion susmentionnée est annulée et se tiendra par vidéoconférence.',
  ga: 'Tá an cruinniú thuasluaite curtha ar ceal agus reáchtálfar é trí fhíschomhdháil.',
  hr: 'Navedeni sastanak je otkazan i održat će se putem videokonferencije.',
  hu: 'A fenti ülés elmarad, és videokonferencia formájában kerül megrendezésre.',
  it: 'La riunione di cui sopra è stata annullata e si terrà in videoconferenza.',
  lt: 'Pirmiau nurodytas posėdis atšauktas ir vyks vaizdo konferencijos būdu.',
  lv: 'Iepriekš minētā sanāksme ir atcelta un notiks videokonferences veidā.',
  mt: "Il-laqgħa msemmija hawn fuq ġiet ikkanċellata u se ssir permezz ta' vidjokonferenza.",
  nl: 'De bovengenoemde vergadering is geannuleerd en vindt plaats via videoconferentie.',
  pl: 'Powyższe posiedzenie zostało odwołane i odbędzie się w formie wideokonferencji.',
  pt: 'A reunião acima referida foi cancelada e realizar-se-á por videoconferência.',
  ro: 'Reuniunea menționată mai sus a fost anulată și va avea loc prin videoconferință.',
  sk: 'Uvedené zasadnutie bolo zrušené a uskutoční sa formou videokonferencie.',
  sl: 'Zgoraj navedena seja je odpovedana in bo potekala prek videokonference.',
  sv: 'Ovannämnda möte har ställts in och hålls i form av en videokonferens.',
};

/**
 * The sentence of each version saying the informal videoconference of COSI's members is cancelled: the videoconference
 * is the meeting (Portuguese `A videoconferência …`, Irish `an fhíschomhdháil` lenited after the article, Lithuanian
 * `vaizdo konferencija` in two words), so the meeting is cancelled.
 */
const VIDEOCONFERENCE_CANCELLED: Record<string, string> = {
  bg: 'Неофициалната видеоконференция на членовете на COSI е отменена.',
  cs: 'Neformální videokonference členů výboru COSI byla zrušena.',
  da: 'Den uformelle videokonference mellem medlemmerne af COSI er aflyst.',
  de: 'Die informelle Videokonferenz der Mitglieder des COSI wurde abgesagt.',
  el: 'Η άτυπη τηλεδιάσκεψη των μελών της COSI ακυρώνεται.',
  en: 'The informal videoconference of the members of COSI has been cancelled.',
  es: 'La videoconferencia informal de los miembros del COSI ha sido cancelada.',
  et: 'COSI liikmete mitteametlik videokonverents on tühistatud.',
  fi: 'COSI:n jäsenten epävirallinen videoneuvottelu on peruttu.',
  fr: 'La vidéoconférence informelle des membres du COSI est annulée.',
  ga: 'Tá an fhíschomhdháil neamhfhoirmiúil de chomhaltaí COSI curtha ar ceal.',
  hr: 'Neformalna videokonferencija članova COSI-ja je otkazana.',
  hu: 'A COSI tagjainak informális videokonferenciája elmarad.',
  it: 'La videoconferenza informale dei membri del COSI è stata annullata.',
  lt: 'Neoficiali COSI narių vaizdo konferencija atšaukta.',
  lv: 'COSI locekļu neformālā videokonference ir atcelta.',
  mt: 'Il-vidjokonferenza informali tal-membri tal-COSI ġiet ikkanċellata.',
  nl: 'De informele videoconferentie van de leden van het COSI is geannuleerd.',
  pl: 'Nieformalna wideokonferencja członków COSI została odwołana.',
  pt: 'A videoconferência informal dos membros do COSI foi cancelada.',
  ro: 'Videoconferința informală a membrilor COSI a fost anulată.',
  sk: 'Neformálna videokonferencia členov výboru COSI bola zrušená.',
  sl: 'Neformalna videokonferenca članov odbora COSI je odpovedana.',
  sv: 'Den informella videokonferensen mellan Cosis medlemmar har ställts in.',
};

describe('a notice whose meeting is cancelled and held by videoconference, or whose videoconference is cancelled, in the 24 languages', () => {
  for (const [language, notice] of Object.entries(notices)) {
    for (const [held, sentences] of [
      [true, HELD_BY_VIDEOCONFERENCE],
      [false, VIDEOCONFERENCE_CANCELLED],
    ] as const) {
      const sentence = sentences[language] ?? '';
      for (const [shape, make] of Object.entries(SHAPES)) {
        it(`${language}, ${shape}: \`${sentence}\` ${held ? 'holds' : 'cancels'} the meeting of 17 February 2026`, () => {
          const record = read(make(notice, language, sentence), language);
          expect(record.meeting).toEqual(meetingOf(notice, !held));
          expect(JSON.stringify({ ...record, meeting: null })).toContain(sentence);
        });
      }
    }
  }

  it('a Romanian text with the cedilla (`videoconferinţă`) and a Greek one in capitals (`ΤΗΛΕΔΙΑΣΚΕΨΗ`) name the videoconference too', () => {
    expect(saysCancelled(['Reuniunea menţionată mai sus a fost anulată şi va avea loc prin videoconferinţă.'], null)).toBe(false);
    expect(saysCancelled(['Videoconferinţa informală a membrilor COSI a fost anulată.'], null)).toBe(true);
    expect(saysCancelled(['Η ΑΤΥΠΗ ΤΗΛΕΔΙΑΣΚΕΨΗ ΤΩΝ ΜΕΛΩΝ ΤΗΣ COSI ΑΚΥΡΩΝΕΤΑΙ.'], null)).toBe(true);
  });
});

describe('a notice that says its meeting would be cancelled is not cancelled', () => {
  for (const sentence of [
    'NB: Should the meeting be cancelled, delegations will be informed by e-mail.',
    'If the meeting is cancelled, the items will be taken at the next meeting.',
    'NB: Si la réunion est annulée, les délégations en seront informées.',
    'NB: Falls die Sitzung abgesagt wird, werden die Delegationen unterrichtet.',
    'NB: Qualora la riunione fosse annullata, le delegazioni saranno informate.',
    'NB: W przypadku gdy posiedzenie zostanie odwołane, delegacje zostaną poinformowane.',
  ]) {
    it(sentence, () => {
      expect(saysCancelled([sentence], null)).toBe(false);
    });
  }
});
