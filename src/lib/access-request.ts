/** When and where a reader can ask the Council for a document that is not public. */

/**
 * The Council's page for requests for access to documents (Regulation (EC) No 1049/2001): the
 * General Secretariat's form and postal address for documents not available in the public register.
 */
export const ACCESS_REQUEST_URL = 'https://www.consilium.europa.eu/en/documents/public-register/request-document/';

/** Reference types that are Council documents (ST, CM and WK series), which the register may withhold. */
const COUNCIL_SERIES: readonly string[] = ['council', 'meeting', 'working'];

/**
 * Whether a document page should offer an access request: an ingested document marked LIMITE, or a
 * Council document the archive only knows by reference (its public version may not exist).
 */
export function needsAccessRequest(
  reference: { readonly type: string; readonly ingested: boolean } | undefined,
  document: { readonly limite: boolean } | undefined,
): boolean {
  if (document !== undefined) return document.limite;
  return reference !== undefined && COUNCIL_SERIES.includes(reference.type);
}
