// autocannon, the load generator of `npm run bench` and `bench:reader`, minus one thing it does
// that no measurement here needs: it keeps every response body as a string (its request queue
// appends each chunk to `body`, decoding UTF-8 every time). On an 86 KB page of Chinese text
// that cost the generator 1.2 cores at 2,600 req/s from nginx, on a 2-core machine it shares
// with the servers: it measured itself, and nginx and the app came out even. Discarding the
// bodies (their byte counts stay), nginx answers about 17,000 req/s here.
import autocannon from 'autocannon';

function discardBodies(client) {
  const queue = client.pipelinedRequests;
  // autocannon 9's client. Should another version change it, fail rather than measure itself again.
  if (typeof queue?.addBody !== 'function') throw new Error('autocannon no longer has pipelinedRequests.addBody: update lib/cli/load-generator.mjs.');
  queue.addBody = () => {};
}

/** autocannon(options) with response bodies counted, not kept. */
export function loadTest(options) {
  return autocannon({ ...options, setupClient: discardBodies });
}
