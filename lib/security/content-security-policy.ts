// One policy shape for every page; only where scripts may come from differs. Shared by
// next.config.ts (static pages) and proxy.ts (signed-in screens, with a nonce).

/** Cached public pages carry Next's inline bootstrap scripts without a nonce. */
export const STATIC_PAGE_SCRIPT_SRC = "'self' 'unsafe-inline'";

export const nonceScriptSrc = (nonce: string) => `'self' 'nonce-${nonce}' 'strict-dynamic'`;

export function contentSecurityPolicy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
