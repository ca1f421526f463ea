/**
 * The Content-Security-Policy of every page: nothing inline, nothing from another origin.
 * Pagefind compiles its WebAssembly search engine, hence `'wasm-unsafe-eval'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
