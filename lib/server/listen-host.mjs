// Where the production server listens (issue 19, finding 1): 127.0.0.1 unless HOST says
// otherwise, so a fresh `npm start` is reachable from this machine only.
import { isIP } from 'node:net';

export const DEFAULT_HOST = '127.0.0.1';

/**
 * The address to listen on: HOST, or 127.0.0.1.
 * @param {Record<string, string | undefined>} env
 */
export const listenHost = (env = process.env) => env.HOST?.trim() || DEFAULT_HOST;

/** Whether only this machine can reach an address (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host) {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/** How this machine reaches a server listening on `host`: the wildcard addresses through loopback. */
export function internalOrigin(host, port) {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === '0.0.0.0' || bare === '') return `http://127.0.0.1:${port}`;
  if (bare === '::') return `http://[::1]:${port}`;
  return `http://${isIP(bare) === 6 ? `[${bare}]` : bare}:${port}`;
}
