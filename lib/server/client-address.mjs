// The client's address, as the production server hands it to the app.
//
// A client talking to the server directly writes whatever X-Forwarded-For it likes (Next only
// fills the header in when it is missing), so the app never reads that header. The production
// server (lib/server/production-server.mjs) computes the address from the socket and, when
// TRUST_PROXY says how many proxies of ours stand in front, from that many entries of
// X-Forwarded-For, and writes it into CLIENT_IP_HEADER on every request, overwriting whatever
// the client sent under that name. The app reads only that header, and only in a process this
// server started (CLIENT_IP_STAMPED), so under another server it has no address rather than a
// forged one.
import { isIP } from 'node:net';

export const CLIENT_IP_HEADER = 'x-topicdesk-client-ip';
/** Set on globalThis by the production server: the header above is written by it, not by clients. */
export const CLIENT_IP_STAMPED = Symbol.for('topicdesk.client-ip-stamped');
export const MAX_TRUSTED_HOPS = 10;

/** `::ffff:127.0.0.1` is 127.0.0.1; anything that is not an IP address is nothing. */
export function normaliseAddress(value) {
  if (typeof value !== 'string') return null;
  let address = value.trim();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client as the outermost trusted hop saw it. `forwardedFor` is the X-Forwarded-For value
 * (a string, or the list Node gives for repeated headers); `trustedHops` is TRUST_PROXY: 0 when
 * clients connect to this server directly (the socket is the client), n when n proxies of ours
 * stand in front (each appends the address it saw, so the client is the n-th entry from the
 * right). With fewer entries than hops, the leftmost one.
 * @param {string | undefined | null} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} trustedHops
 * @returns {string | null}
 */
export function clientAddress(socketAddress, forwardedFor, trustedHops) {
  const socket = normaliseAddress(socketAddress);
  if (!trustedHops) return socket;
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The socket is the nearest proxy; each trusted proxy vouches for the entry to its left.
  const chain = [...listed, socketAddress ?? ''];
  const chosen = chain[Math.max(0, chain.length - 1 - trustedHops)];
  // A trusted proxy writes addresses; anything else means the chain is not what TRUST_PROXY says.
  return normaliseAddress(chosen) ?? socket;
}

/**
 * Writes the client's address into CLIENT_IP_HEADER of a Node request before Next sees it
 * (empty when unknown), replacing any value the client sent.
 * @param {import('node:http').IncomingMessage} request
 * @param {number} trustedHops
 */
export function stampClientAddress(request, trustedHops) {
  request.headers[CLIENT_IP_HEADER] = clientAddress(request.socket?.remoteAddress, request.headers['x-forwarded-for'], trustedHops) ?? '';
}
