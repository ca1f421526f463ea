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

/**
 * Venues whose address ends in shapes a city's one word after its postcode does not show, in the lines a notice
 * prints under `Venue:` (written as the Presidencies' notices print their addresses): a city of several words, with the
 * small words between them (`38001 Santa Cruz de Tenerife`, `60327 Frankfurt am Main`) or of two capitalised ones
 * (`13001 Ciudad Real`), a postcode of figures and capitals (`2517 JW Den Haag`, `2517 JW 's-Gravenhage`), a postcode
 * printed after its city (`Valletta VLT 1645`, `La Valletta VLT 1645`, `Dublin 2, D02 X285`), a city's district and no
 * postcode (`Dublin 2`).
 */
export const ADDRESS_SHAPES: Readonly<Record<string, readonly string[]>> = {
  'a city of words with small ones between': ['Auditorio de Tenerife', 'Avenida de la Constitución 1, 38001 Santa Cruz de Tenerife'],
  'a city of words with a small one between': ['Messe Frankfurt', 'Ludwig-Erhard-Anlage 1, 60327 Frankfurt am Main'],
  'a city of two capitalised words': ['Palacio de Congresos', 'Calle Toledo 1, 13001 Ciudad Real'],
  'a postcode of figures and capitals': ['World Forum', 'Churchillplein 10, 2517 JW Den Haag'],
  'a postcode of figures and capitals, a city of `’s-`': ['World Forum', "Churchillplein 10, 2517 JW 's-Gravenhage"],
  'a postcode after its city': ['Mediterranean Conference Centre', 'Old Hospital Street, Valletta VLT 1645'],
  'a postcode after its city of two words': ['Mediterranean Conference Centre', 'Old Hospital Street, La Valletta VLT 1645'],
  'a postcode after its city’s district': ['Dublin Castle', 'Dame Street, Dublin 2, D02 X285'],
  'a city’s district and no postcode': ['Dublin Castle', 'Dame Street, Dublin 2'],
};
