/**
 * The Content-Security-Policy every page carries in a meta tag: only this site's own files may
 * load; no inline script or style, no plugins, no other origin. Article text is escaped anyway;
 * this is the second line of defence should markup ever slip through.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** The search page runs Pagefind, which compiles its WebAssembly search engine in the browser. */
export const SEARCH_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
