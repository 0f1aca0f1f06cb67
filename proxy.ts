import { NextResponse, type NextRequest } from 'next/server';
import { chooseLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { searchResultsPath } from '@/lib/i18n/search-path';
import { contentSecurityPolicy, nonceScriptSrc } from '@/lib/security/content-security-policy';

// Runs only for the signed-in, dynamic screens, server-action posts and searches (see the matcher):
// the public pages are cached HTML shared by every reader and get a static policy from
// next.config.ts, without the cost of a proxy on every read. Authorization is NOT decided
// here: lib/auth does it in every page and mutation.

// Next refuses a server action whose Origin differs from its Host, but by throwing, which
// answers 500. Refuse it here first with a plain 403 (Next's own check stays in place behind).
function crossOriginAction(request: NextRequest): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const origin = request.headers.get('origin');
  if (!origin) return false; // browsers always send it with a fetch POST; Next decides the rest
  try {
    return new URL(origin).host !== (request.headers.get('x-forwarded-host') ?? request.headers.get('host'));
  } catch {
    return true;
  }
}

/** /search?q=… is served by /<locale>/search/<query> (app/[locale]/(reader)/search/[query]). */
function searchResults(request: NextRequest) {
  const locale = chooseLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
  const path = searchResultsPath(request.nextUrl.searchParams.get('q'), locale);
  if (!path) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = path;
  url.search = '';
  return NextResponse.rewrite(url);
}

export function proxy(request: NextRequest) {
  if (crossOriginAction(request)) {
    return new NextResponse('Refused: this action was posted from another origin.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (request.nextUrl.pathname === '/search') return searchResults(request);
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonceScriptSrc(nonce));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-path', `${pathname}${search}`);
  requestHeaders.set('x-nonce', nonce);
  // Next reads the nonce from the request's policy and puts it on its own scripts.
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    '/editor/:path*',
    '/admin/:path*',
    '/account/:path*',
    '/login',
    // A search with a query: rendered at a path of its own, so its result page is cached.
    { source: '/search', has: [{ type: 'query', key: 'q' }] },
    // Any server-action post, wherever it is aimed, for the cross-origin check.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
