import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, nonceScriptSrc } from '@/lib/security/content-security-policy';
import { CSRF_COOKIE, CSRF_FIELD, csrfFieldText, isCsrfToken, newCsrfToken, sameCsrfToken } from '@/lib/security/csrf-token';

// Runs only for the signed-in, dynamic screens and server-action posts (see the matcher):
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

// A form posted the browser's own way (no script: a multipart or urlencoded body, no Next-Action
// header) to a signed-in screen must carry the page's token (lib/security/csrf-token.ts); the
// actions check it themselves, but such a post may not reach an action at all. Sign-in is
// next-auth's, with its own token.
const FORM_BODY = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;
async function plainFormWithoutToken(request: NextRequest): Promise<boolean> {
  if (request.method !== 'POST' || request.headers.has('next-action') || request.nextUrl.pathname === '/login') return false;
  if (!FORM_BODY.test(request.headers.get('content-type') ?? '')) return false;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  return !form || !sameCsrfToken(await csrfFieldText(form.get(CSRF_FIELD)), request.cookies.get(CSRF_COOKIE)?.value);
}

export async function proxy(request: NextRequest) {
  if (await plainFormWithoutToken(request)) {
    return new NextResponse('Refused: this form did not come from this site, or its page is out of date. Reload the page and submit it again.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (crossOriginAction(request)) {
    return new NextResponse('Refused: this action was posted from another origin.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonceScriptSrc(nonce));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-path', `${pathname}${search}`);
  requestHeaders.set('x-nonce', nonce);
  // Next reads the nonce from the request's policy and puts it on its own scripts.
  requestHeaders.set('Content-Security-Policy', csp);
  // The browser's form token (lib/security/csrf-token.ts): made on its first signed-in screen,
  // and seen by this very render, which puts it into the forms.
  const csrf = request.cookies.get(CSRF_COOKIE)?.value;
  const newToken = isCsrfToken(csrf) ? null : newCsrfToken();
  if (newToken) {
    const others = (request.headers.get('cookie') ?? '').split(/;\s*/).filter((pair) => pair && !pair.startsWith(`${CSRF_COOKIE}=`));
    requestHeaders.set('cookie', [...others, `${CSRF_COOKIE}=${newToken}`].join('; '));
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (newToken) {
    response.cookies.set(CSRF_COOKIE, newToken, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https' });
  }
  return response;
}

export const config = {
  matcher: [
    '/editor/:path*',
    '/admin/:path*',
    '/account/:path*',
    '/login',
    // Any server-action post, wherever it is aimed, for the cross-origin check.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
