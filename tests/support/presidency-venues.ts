/**
 * The venue of an informal meeting a Presidency holds in its own country, outside Brussels and Luxembourg, in the lines
 * its notice prints under `Venue:`, by version: the building, then its street, postcode and city in the postcode's
 * shape of each country (`110 00 Praha 1`, `1000 København`, `1000-001 Lisboa`, `00-901 Warszawa`, `1013 Budapest`,
 * `10117 Berlin`).
 */
export const PRESIDENCY_VENUES: Readonly<Record<string, readonly string[]>> = {
  cs: ['Palác Žofín', 'Slovanský ostrov 226, 110 00 Praha 1'],
  da: ['Kulturhuset', 'Nørregade 1, 1000 København'],
  de: ['Kongresshaus', 'Unter den Linden 1, 10117 Berlin'],
  hu: ['Várkert Bazár', 'Ybl Miklós tér 6, 1013 Budapest'],
  pl: ['Pałac Kultury', 'Plac Defilad 1, 00-901 Warszawa'],
  pt: ['Centro de Congressos', 'Rua da Junqueira 1, 1000-001 Lisboa'],
};
