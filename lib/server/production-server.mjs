#!/usr/bin/env node
// The production web server: Next's own request handler, the one `next start` runs, behind the
// microcache (lib/microcache) that answers repeated reads of a published page without it.
//   PORT           port to listen on (all interfaces, as `next start`), default 3000
//   MICROCACHE_MS  how long a page is answered from memory, default 250; 0 turns it off
// Started by lib/cli/next-server.mjs, which every command uses (npm start, tests, benchmarks).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { Microcache } from '../microcache/microcache.mjs';
import { registerMicrocache } from '../microcache/registry.mjs';

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

process.title = 'topic-desk-server';
const app = next({ dev: false, dir: root, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const microcache = ttlMs > 0 ? new Microcache({ ttlMs }) : null;
if (microcache) registerMicrocache(microcache);

const server = createServer(async (request, response) => {
  if (microcache?.handle(request, response)) return;
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
  console.error(`The web server could not listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () =>
  console.log(`Listening on port ${port}; ${microcache ? `published pages are answered again from memory for ${ttlMs} ms` : 'the microcache is off'}.`),
);

// Stop taking connections, let the requests under way finish (a few seconds at most), then exit.
function stop(signal) {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 5_000).unref();
}
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
