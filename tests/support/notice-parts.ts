/** One day of a notice of meeting held in parts: its heading as printed, the part held under it, its items. */
export interface NoticeDay {
  heading: string;
  part: string;
  /** Each item's title and the document under it, with what the notice prints after the number (`LIMITE`, `JAI 474 COSI 98 LIMITE`). */
  items: { title: string; document?: string; after?: string }[];
}

/**
 * A version of a notice of meeting whose days (or lettered parts) each name the part of the meeting held under their
 * heading, as the test writes it by hand.
 */
export interface NoticeInParts {
  institution: [string, string];
  placeDate: string;
  communication: string;
  kind: string;
  labels: { contact: string; telFax: string; subject: string; date: string; venue: string };
  subject: [string, string];
  date: string;
  venue: string[];
  days: readonly NoticeDay[];
  language: string;
}

/** What the register's page prints around a notice's text: its number, codes and telephone line. */
export interface NoticeSheet {
  number: string;
  codes: readonly string[];
  telFax: string;
}

/**
 * The notice as plain `pdftotext` prints a LibreOffice PDF of it (`layout` false: the labels as a column, then their
 * values; each item's number apart from its title) or as `-layout` does (label and value on one row, number and title
 * on one line, the number and codes in the right column), with the two-line footer `CM … 1` / `<language>`.
 */
export function noticeInParts(notice: NoticeInParts, sheet: NoticeSheet, layout: boolean): string {
  const { labels } = notice;
  const row = (label: string, value: string) => `${label.padEnd(16)}${value}`;
  const right = (text: string) => `${' '.repeat(64)}${text}`;
  const header = layout
    ? [
        notice.institution[0],
        `${notice.institution[1].padEnd(64)}${notice.placeDate}`,
        right(sheet.number),
        ...sheet.codes.map(right),
        '',
        notice.communication,
        notice.kind,
        row(labels.contact, 'cosi@consilium.europa.eu'),
        row(labels.telFax, sheet.telFax),
        row(labels.subject, notice.subject[0]),
        row('', notice.subject[1]),
        row(labels.date, notice.date),
        row(labels.venue, notice.venue[0] ?? ''),
        ...notice.venue.slice(1).map((line) => row('', line)),
      ]
    : [
        ...notice.institution,
        '',
        notice.placeDate,
        sheet.number,
        ...sheet.codes,
        notice.communication,
        notice.kind,
        labels.contact,
        labels.telFax,
        labels.subject,
        '',
        'cosi@consilium.europa.eu',
        sheet.telFax,
        ...notice.subject,
        '',
        labels.date,
        '',
        notice.date,
        '',
        labels.venue,
        '',
        ...notice.venue,
      ];
  let number = 0;
  const body = notice.days.flatMap((day) => [
    '',
    day.heading,
    day.part,
    ...day.items.flatMap(({ title, document, after }) => {
      number += 1;
      const titled = layout ? [`${number}.      ${title}`] : [`${number}.`, '', title];
      const listed = after === undefined ? document : `${document} ${after}`;
      return [...titled, ...(listed === undefined ? [] : [layout ? `        ${listed}` : listed]), ''];
    }),
  ]);
  const footer = layout ? [`${sheet.number.padEnd(84)}1`, `${' '.repeat(83)}${notice.language}`] : [sheet.number, '', '1', notice.language];
  return [...header, ...body, '', ...footer, '\f'].join('\n');
}
