// How the load benchmark's readers fetch a page: like a browser over a kept-alive connection,
// asking for gzip, but counting the answer's bytes rather than decompressing and keeping them.
// fetch() did both, in JavaScript, for every page: about 1.7 ms of CPU per page in the process
// that also times the answers, on the 2 cores it shares with the servers under test (a third of
// a core at 190 pages a second). Like autocannon's bodies (load-generator.mjs), the generator
// was measuring itself.
import { Agent, request } from 'node:http';

const HEADERS = {
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
  'user-agent': 'topic-desk-bench-reader',
};

/** A timeout, named as fetch names it so callers can tell it from a refused connection. */
class TimeoutError extends Error {
  name = 'TimeoutError';
}

/**
 * A reader's browser: `read(url)` resolves with the status and the bytes received once the whole
 * answer is in, and rejects on a connection error or, with a TimeoutError, after `timeoutMs`.
 */
export function createPageReader({ timeoutMs = 10_000, maxSockets = Infinity } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const read = (url) =>
    new Promise((resolve, reject) => {
      const outgoing = request(url, { agent, headers: HEADERS }, (response) => {
        let bytes = 0;
        response.on('data', (chunk) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode, bytes }));
        response.on('error', reject);
      });
      outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new TimeoutError(`No complete answer from ${url} within ${timeoutMs} ms.`)));
      outgoing.on('error', reject);
      outgoing.end();
    });
  return { read, close: () => agent.destroy() };
}
