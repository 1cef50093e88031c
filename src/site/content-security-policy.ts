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
