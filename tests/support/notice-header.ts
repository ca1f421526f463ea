/** The fields of a version's notice of meeting (tests/fixtures/cm-notice-languages/notices.json) its header prints. */
export interface NoticeHeader {
  institution: string;
  placeDate: string;
  communication: string;
  kind: string;
  subject: string;
  date: string;
  time: string;
  labels: Record<'contact' | 'subject' | 'date' | 'time' | 'venue', string>;
  venue: string[];
}

/**
 * A notice's header as `pdftotext -layout` prints it: the Council's name, the place and date, the number's lines
 * (`CM 1204/26`, or `CM 1204/1/26` / `REV 1`) and the codes to the right, the communication and kind lines, then the
 * table of labels and values, a blank line under it.
 */
export function layoutNoticeHeader(notice: NoticeHeader, numberLines: readonly string[]): string[] {
  const right = (text: string) => `${' '.repeat(48)}${text}`;
  const row = (label: string, value: string) => `${`${label}:`.padEnd(24)}${value}`;
  const { labels } = notice;
  return [
    notice.institution,
    '',
    right(notice.placeDate),
    ...numberLines.map(right),
    '',
    right('COSI'),
    right('JAI'),
    '',
    notice.communication,
    '',
    notice.kind,
    '',
    row(labels.contact, 'cosi@consilium.europa.eu'),
    row(labels.subject, notice.subject),
    row(labels.date, notice.date),
    row(labels.time, notice.time),
    ...notice.venue.map((line, index) => (index === 0 ? row(labels.venue, line) : `${' '.repeat(24)}${line}`)),
    '',
  ];
}

/**
 * What every version of a notice written by hand prints alike: the lines between the place and date and the
 * communication line (the number's lines, codes and blank lines as printed: `CM 1310/26` / `COSI` / `ENFOPOL` / `JAI`,
 * or `(OR. en)` / `CM 1204/1/26` / `REV 1` / blank / codes) and the telephone line under the contact's address.
 */
export interface NoticePrint {
  sheet: readonly string[];
  telFax: string;
}

/** A notice's head lines: the Council's name (over two lines), a blank line, the place and date, the sheet's lines, a blank line, the communication and kind lines. */
export function noticeHead(print: NoticePrint, institution: readonly string[], placeDate: string, communication: string, kind: string): string[] {
  return [...institution, '', placeDate, ...print.sheet, '', communication, kind];
}

/** A notice's values in the order of its labels: the contact's address, the telephone line, the subject, date and time, then the venue's lines. */
export function noticeValues(print: NoticePrint, subject: string, date: string, time: string, venue: readonly string[]): string[] {
  return ['cosi@consilium.europa.eu', print.telFax, subject, date, time, ...venue];
}

/**
 * A version's notice CM 1204/26 (tests/fixtures/cm-notice-languages/notices.json) with `body`, its agenda's lines, as
 * plain `pdftotext` prints it (`layout` false: the labels' column, then the values') or as `-layout` does, the footer
 * (`CM 1204/26`, the page, the language) under the body.
 */
export function noticePage(notice: NoticeHeader, language: string, layout: boolean, body: readonly string[]): string {
  const { labels } = notice;
  const rows: [string, string[]][] = [
    [labels.contact, ['cosi@consilium.europa.eu']],
    [labels.subject, [notice.subject]],
    [labels.date, [notice.date]],
    [labels.time, [notice.time]],
    [labels.venue, notice.venue],
  ];
  const header = layout
    ? layoutNoticeHeader(notice, ['CM 1204/26'])
    : [
        ...[notice.institution, '', notice.placeDate, 'CM 1204/26', '', 'COSI', 'JAI', '', notice.communication, '', notice.kind, ''],
        ...rows.map(([label]) => `${label}:`),
        '',
        ...rows.flatMap(([, lines]) => lines),
        '',
      ];
  const footer = layout
    ? [`CM 1204/26${' '.repeat(60)}1`, `${' '.repeat(70)}${language.toUpperCase()}`]
    : ['CM 1204/26', '', '1', '', language.toUpperCase(), ''];
  return [...header, '', ...body, ...footer].join('\n');
}
