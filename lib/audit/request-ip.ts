import 'server-only';

/**
 * The nearest hop's view of the client: Next sets X-Forwarded-For to the socket address when
 * no proxy did, and a reverse proxy appends the address it saw, so the last entry is the one to
 * trust. (Run behind a proxy in production: a direct client could otherwise invent the header.)
 */
export function lastForwardedFor(value: unknown): string | null {
  const last = typeof value === 'string' ? value.split(',').at(-1)?.trim() : undefined;
  return last ? last.slice(0, 64) : null;
}

/** The client address of the request being handled, or null outside a request (CLI, tests). */
export async function requestIp(): Promise<string | null> {
  try {
    const { headers } = await import('next/headers');
    return lastForwardedFor((await headers()).get('x-forwarded-for'));
  } catch {
    return null;
  }
}
