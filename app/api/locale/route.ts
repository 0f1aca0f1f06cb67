import { readBodyUpTo } from '@/lib/actions/form-limits';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/lib/i18n/locales';

/** The switch sends one short field; anything longer is not it (and is not read further). */
const MAX_BODY_BYTES = 1_024;

/**
 * The language switch's target: remembers the interface language in a cookie (the rewrites in
 * next.config read it) and sends the reader back to the page they were on. Only same-site
 * posts count; the way back is only ever a path on this site.
 */
export async function POST(request: Request) {
  const origin = request.headers.get('origin');
  const self = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? self.host;
  if (origin !== null && origin !== 'null' && new URL(origin).host !== host) {
    return new Response('Cross-site request refused.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // Read at most MAX_BODY_BYTES: request.formData() would take in whatever an anonymous client sends.
  const body = await readBodyUpTo(request, MAX_BODY_BYTES).catch(() => null);
  if (body === null) {
    return new Response('Request too large.', { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const form = await new Response(body, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData().catch(() => null);
  const locale = form?.get('locale');
  if (!isLocale(locale)) {
    return new Response('Unknown language: choose zh or en.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(null, {
    status: 303,
    headers: {
      Location: pathBack(request.headers.get('referer'), host),
      'Set-Cookie': `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`,
      'Cache-Control': 'no-store',
    },
  });
}

/** The referring page's path and query when it is on this site, else the home page. */
function pathBack(referer: string | null, host: string): string {
  try {
    const from = new URL(referer ?? '');
    if (from.host !== host) return '/';
    // Never back into a language segment: the cookie decides from now on.
    // One leading slash: "//elsewhere" would be read as another site.
    const path = from.pathname.replace(/^\/+/, '/').replace(/^\/(zh|en)(?=\/|$)/, '') || '/';
    return `${path}${from.search}`;
  } catch {
    return '/';
  }
}
