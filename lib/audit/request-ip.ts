import 'server-only';
import { CLIENT_IP_HEADER, CLIENT_IP_STAMPED, normaliseAddress } from '@/lib/server/client-address.mjs';

/**
 * The client's address from the header the production server writes on every request (from
 * the socket, and TRUST_PROXY hops of X-Forwarded-For: lib/server/client-address.mjs). Never
 * X-Forwarded-For itself, which a client talking to the server directly writes as it likes;
 * and nothing under another server, where the client could have written this header too.
 */
export function clientIpFromHeaders(get: (name: string) => unknown): string | null {
  if (!(globalThis as Record<symbol, unknown>)[CLIENT_IP_STAMPED]) return null;
  return normaliseAddress(get(CLIENT_IP_HEADER));
}

/** The client address of the request being handled, or null outside a request (CLI, tests). */
export async function requestIp(): Promise<string | null> {
  try {
    const { headers } = await import('next/headers');
    const list = await headers();
    return clientIpFromHeaders((name) => list.get(name));
  } catch {
    return null;
  }
}
