// Where a signed-in user may be sent after sign-in: a path on this site, never another host.
//
// The browser resolves what we return (a `Location` header, `location.assign`) with the WHATWG
// URL parser, which drops tabs and newlines, reads `\` as `/`, and collapses `.`, `%2e` and
// `..` segments: `/.//evil.example/x` becomes the path `//evil.example/x`, which a browser then
// reads as a link to another host. So the raw string is only parsed; what is validated, and
// returned, is the normalised result, and it must come back unchanged from a second parse.

const BASE = 'http://internal.invalid';
const MAX_LENGTH = 2_000;

// C0 controls, space, DEL and the backslash: none belongs in a path we send someone to.
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f\\]/;
// Encoded slashes and backslashes in the path: a decoding hop (proxy, router) would make them real.
const ENCODED_SEPARATOR = /%(2f|5c)/i;

function sameSitePath(url: URL): string | null {
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : null;
}

/** True when the browser would read `path` as a path on this site, and reads it that way again. */
function isSafeSitePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//')) return false;
  const pathname = path.split(/[?#]/, 1)[0]!;
  if (UNSAFE_CHARACTER.test(pathname) || ENCODED_SEPARATOR.test(pathname)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  // Every path of the site is ASCII (slugs, ids). Outside it are the look-alikes of `/`, `\`
  // and `.` (／ ＼ ． 。 ⁄ ∕ …) that some decoding or NFKC-folding hop could turn into real ones.
  if (!/^[\u0021-\u007e]*$/.test(decoded) || decoded.includes('\\')) return false;
  try {
    return sameSitePath(new URL(path, BASE)) === path;
  } catch {
    return false;
  }
}

/** Only a path on this site may be returned to after sign-in (no //host or scheme tricks). */
export function safeCallbackUrl(raw: string | null | undefined, fallback = '/editor'): string {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return fallback;
  // Only a path-absolute reference; whitespace and control characters are refused, not stripped.
  if (!raw.startsWith('/') || /[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let normalised: string | null;
  try {
    normalised = sameSitePath(new URL(raw, BASE));
  } catch {
    return fallback;
  }
  return normalised !== null && isSafeSitePath(normalised) ? normalised : fallback;
}
