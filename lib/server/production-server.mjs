#!/usr/bin/env node
// The production web server: Next's own request handler, the one `next start` runs, behind the
// microcache (lib/microcache) that answers repeated reads of a published page without it, and
// the cache of repeated searches' results pages.
//   PORT           port to listen on, default 3000
//   HOST           address to listen on, default 127.0.0.1 (this machine only). Any other
//                  address (0.0.0.0, a LAN address) is refused while a demo account still has
//                  its first password (lib/server/demo-account-guard.mjs).
//   MICROCACHE_MS  how long a page is answered from memory, default 250; 0 turns it off
//   TRUST_PROXY    how many proxies of ours stand in front (each appends to X-Forwarded-For),
//                  default 0: the socket's address is the client's (lib/server/client-address.mjs)
// Started by lib/cli/next-server.mjs, which every command uses (npm start, tests, benchmarks).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { Microcache } from '../microcache/microcache.mjs';
import { SearchPageCache, shareSearchPageCache } from '../microcache/search-pages.mjs';
import { CLIENT_IP_STAMPED, MAX_TRUSTED_HOPS, stampClientAddress } from './client-address.mjs';
import { registerMicrocache } from '../microcache/registry.mjs';
import { applyPublishedChangesFromElsewhere, prepareForPublishedChanges } from './published-changes.mjs';
import { keepOneLocation } from './single-location.mjs';
import { demoAccountRefusal, demoAccountsOnFirstPassword } from './demo-account-guard.mjs';
import { internalOrigin, isLoopback, listenHost } from './listen-host.mjs';
import { isLocalizedPath, varyByLanguage } from '../i18n/localized-paths.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A whole number of at least `min` from the environment, or the exit with a message naming it. */
function wholeNumber(name, fallback, min, max) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} must be a whole number from ${min} to ${max} (it is "${text}").`);
    process.exit(1);
  }
  return value;
}

const port = wholeNumber('PORT', 3000, 1, 65_535);
// A page kept longer than a second would break the promise that a publish shows within one.
const ttlMs = wholeNumber('MICROCACHE_MS', 250, 0, 1_000);
const trustedHops = wholeNumber('TRUST_PROXY', 0, 0, MAX_TRUSTED_HOPS);
const host = listenHost();

if (!isLoopback(host) && process.env.DATABASE_URL) {
  const demo = await demoAccountsOnFirstPassword(process.env.DATABASE_URL);
  if (demo.length) {
    console.error(demoAccountRefusal(demo, host));
    process.exit(1);
  }
}

process.title = 'topic-desk-server';
// The app reads the client's address from the header this server writes on every request.
globalThis[CLIENT_IP_STAMPED] = true;
prepareForPublishedChanges();
const app = next({ dev: false, dir: root, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const microcache = ttlMs > 0 ? new Microcache({ ttlMs }) : null;
if (microcache) registerMicrocache(microcache);
// Results pages of repeated searches, until the published record changes (search-pages.mjs).
const searchPages = new SearchPageCache();
registerMicrocache(searchPages);
shareSearchPageCache(searchPages);

const server = createServer(async (request, response) => {
  stampClientAddress(request, trustedHops);
  // One address serves either language (lib/i18n/localized-paths.mjs): say so to every cache.
  if (isLocalizedPath(request.url ?? '')) varyByLanguage(response);
  if (searchPages.handle(request, response) || microcache?.handle(request, response)) return;
  keepOneLocation(response);
  try {
    await handle(request, response);
  } catch (error) {
    // What `next start` does with an error Next did not handle itself.
    console.error(`Failed to handle request for ${request.url}`, error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Internal Server Error');
  }
});

server.on('error', (error) => {
  console.error(`The web server could not listen on ${host} port ${port}: ${error.message}`);
  process.exit(1);
});
/** @type {{ stop(): Promise<void> } | undefined} */
let listener;
server.listen(port, host, () => {
  console.log(`Listening on ${host} port ${port}; ${microcache ? `published pages are answered again from memory for ${ttlMs} ms` : 'the microcache is off'}.`);
  // Changes made by other processes (another instance, `npm run import --publish`) reach this
  // server's caches within a moment of their commit.
  listener = applyPublishedChangesFromElsewhere(internalOrigin(host, port));
});

// Stop taking connections, let the requests under way finish (a few seconds at most), then exit.
function stop(signal) {
  listener?.stop();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 5_000).unref();
}
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
