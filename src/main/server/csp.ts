/**
 * The one Content-Security-Policy of the renderer, sent as a header by both shells (the
 * app:// protocol on the desktop, the HTTP server in browser mode): nothing remote, no
 * inline or eval'd script, no plugins, no framing.
 */
export function contentSecurityPolicy(
  extra: { connect?: string[]; styleHashes?: string[] } = {},
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // A page may carry its own stylesheets inline (first-screen.ts), each allowed by its hash.
    `style-src 'self'${extra.styleHashes?.length ? ' ' + extra.styleHashes.join(' ') : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${extra.connect?.length ? ' ' + extra.connect.join(' ') : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
