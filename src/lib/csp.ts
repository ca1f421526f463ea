/**
 * The Content-Security-Policy of every page: nothing inline, nothing from another origin, no `data:` images
 * (the site has none: its one image is the external /favicon.svg). Pagefind compiles its WebAssembly search
 * engine, hence `'wasm-unsafe-eval'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
