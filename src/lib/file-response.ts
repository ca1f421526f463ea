/**
 * The response of an endpoint that writes a file (data, search vocabulary, feeds, robots.txt), with its UTF-8 bytes
 * kept beside it where a static build's writer takes them (patches/astro+7.3.5.patch, core/build/generate.js), as
 * Astro's page renderer, so patched, keeps a page's: the file is written from those bytes instead of being read back
 * through the response's stream. The body gives the same bytes to any other reader.
 */

/** Where the patched static build looks for a response's bytes (the key Astro's patched page renderer sets too). */
const FILE_BYTES = Symbol.for('cosi-archive.page-bytes');

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of a text given whole or in parts (each part ends where a character ends, as a JSON record or a CSV
 * row does): the parts are encoded one by one and copied into one array, so that a file of tens of megabytes is never
 * held as one string (made by appending, copied flat again to be encoded, each copy in fresh memory the system zeroes).
 */
function utf8Bytes(text: string | readonly string[]): Uint8Array {
  if (typeof text === 'string') return encoder.encode(text);
  const parts = text.map((part) => encoder.encode(part));
  const bytes = new Uint8Array(parts.reduce((length, part) => length + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * A response of `text` (whole, or the parts it is made of in order) as UTF-8 with its content type, its bytes kept for
 * the static build's writer. The body is a stream of those same bytes: a Response copies a byte array it is given (tens
 * of megabytes of data files a build).
 */
export function fileResponse(text: string | readonly string[], contentType: string): Response {
  const bytes = utf8Bytes(text);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const response = new Response(body, { headers: { 'Content-Type': contentType } });
  Reflect.set(response, FILE_BYTES, bytes);
  return response;
}

/** The UTF-8 bytes a response of `fileResponse` was made of. */
export function fileResponseBytes(response: Response): Uint8Array {
  const bytes: unknown = Reflect.get(response, FILE_BYTES);
  if (!(bytes instanceof Uint8Array)) throw new Error('not a response of fileResponse: its bytes are not kept');
  return bytes;
}
