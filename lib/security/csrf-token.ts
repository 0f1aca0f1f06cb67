// A token per browser for the signed-in forms (double submit): proxy.ts sets it as a cookie on
// the signed-in screens, the forms carry it in a hidden field (components/ui/csrf-field.tsx),
// and a form's action is refused when the two differ (lib/actions/form-guard.ts). It stands
// beside Next's own Origin check and the session cookie's SameSite=Lax: a page elsewhere can
// neither read the cookie nor post a form that carries it. Pure: proxy.ts runs it on the edge.

export const CSRF_COOKIE = 'topicdesk-csrf';
export const CSRF_FIELD = 'csrf_token';

/** 32 random bytes, base64url: what the cookie holds. */
export function newCsrfToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const isCsrfToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/** Equal tokens, compared in time that does not depend on where they differ. */
export function sameCsrfToken(given: unknown, expected: unknown): boolean {
  if (!isCsrfToken(given) || !isCsrfToken(expected)) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i += 1) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

/**
 * The token field of a posted form as text. Browsers send it as a text part; some clients
 * (scripted form posts such as the security scanner's) send every field of a multipart form as
 * a file part, whose content is the value. Both carry the same secret; only a small part is read.
 */
export async function csrfFieldText(value: unknown): Promise<string | null> {
  if (typeof value === 'string') return value;
  if (value instanceof Blob && value.size <= 64) return value.text();
  return null;
}
