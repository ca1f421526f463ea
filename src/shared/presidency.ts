/**
 * The rotation of the Presidency of the Council of the EU since COSI was set up (2010), by half-year.
 * Source: Council Decision (EU) 2016/1316 and its predecessor 2009/908/EU.
 */
export const PRESIDENCY_ROTATION: Readonly<Record<number, readonly [string, string]>> = {
  2010: ['Spain', 'Belgium'],
  2011: ['Hungary', 'Poland'],
  2012: ['Denmark', 'Cyprus'],
  2013: ['Ireland', 'Lithuania'],
  2014: ['Greece', 'Italy'],
  2015: ['Latvia', 'Luxembourg'],
  2016: ['Netherlands', 'Slovakia'],
  2017: ['Malta', 'Estonia'],
  2018: ['Bulgaria', 'Austria'],
  2019: ['Romania', 'Finland'],
  2020: ['Croatia', 'Germany'],
  2021: ['Portugal', 'Slovenia'],
  2022: ['France', 'Czechia'],
  2023: ['Sweden', 'Spain'],
  2024: ['Belgium', 'Hungary'],
  2025: ['Poland', 'Denmark'],
  2026: ['Cyprus', 'Ireland'],
  2027: ['Lithuania', 'Greece'],
  2028: ['Italy', 'Latvia'],
  2029: ['Luxembourg', 'Netherlands'],
  2030: ['Slovakia', 'Malta'],
};

/** The Presidency in office on an ISO date (`2025-11-18` → `Denmark`), or null outside the table. */
export function presidencyOn(isoDate: string): string | null {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const pair = PRESIDENCY_ROTATION[year];
  if (pair === undefined || !(month >= 1 && month <= 12)) return null;
  return month <= 6 ? pair[0] : pair[1];
}
