import { NextResponse, type NextRequest } from 'next/server';

// Content-Security-Policy per request. Signed-in, dynamic screens get a fresh nonce and allow
// no inline script without it; the public pages are cached HTML shared by every reader, which
// cannot carry a per-request nonce. Authorization is NOT decided here (lib/auth does it).
const DYNAMIC_SCREENS = /^\/(editor|admin|login|account)(\/|$)/;

function policy(scriptSrc: string) {
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

export function proxy(request: NextRequest) {
  if (crossOriginAction(request)) {
    return new NextResponse('Refused: this action was posted from another origin.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-path', `${pathname}${search}`);

  let csp: string;
  if (DYNAMIC_SCREENS.test(pathname)) {
    const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
    csp = policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    requestHeaders.set('x-nonce', nonce);
    // Next reads the nonce from the request's policy and puts it on its own scripts.
    requestHeaders.set('Content-Security-Policy', csp);
  } else {
    csp = policy("'self' 'unsafe-inline'");
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
