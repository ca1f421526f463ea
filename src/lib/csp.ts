/**
 * The Content-Security-Policy of every page, as its meta tag states it: nothing inline, nothing from another origin,
 * no `data:` images (the site has none: its one image is the external /favicon.svg). Pagefind compiles its
 * WebAssembly search engine, hence `'wasm-unsafe-eval'`.
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

/**
 * Directives a browser obeys only in an HTTP header (it ignores them in a meta tag): no other site may show a page
 * in a frame, where it could be overlaid to trick a reader into clicks (clickjacking).
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The policy public/_headers sends with every path: the meta tag's policy and the header-only directives. */
export const HEADER_CONTENT_SECURITY_POLICY = [CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; ');
