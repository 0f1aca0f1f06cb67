// A quarter of a second of memory in front of Next for the published pages every reader gets
// alike. Next answers a cached topic page in about a millisecond of CPU, nearly all of it its
// router (rewrites compiled anew per request, route matching, tracing) rather than the page:
// on two cores that capped a server near 1,000 pages a second, with a p99 near 100 ms at 50
// connections. Sending the bytes Next sent a moment ago costs a tenth of that.
//
// What it keeps is exactly what Next sent (status, headers, body, compressed or not) for a
// request with the same key (cacheable.mjs), for `ttlMs`. Any change readers must see empties
// it at once: a publish, withdrawal or source edit on this server (registry.mjs), and on another
// server sharing the Redis cache, whose tag change Redis pushes here (lib/cache). Should that push
// be lost, a copy is still never more than `ttlMs` older than Next's own: inside the second a
// new version may take to show.
import { cacheKeyOf, isStorable } from './cacheable.mjs';

/** Response header saying whether the microcache answered (HIT) or Next did (MISS). */
export const MICROCACHE_HEADER = 'x-microcache';

/** Headers that belong to one connection or one transfer, never to a stored answer. */
const NOT_STORED = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date', MICROCACHE_HEADER];

/** @typedef {{ expiresAt: number, statusCode: number, headers: import('node:http').OutgoingHttpHeaders, body: Buffer }} Entry */

export class Microcache {
  /** @type {Map<string, Entry>} in the order they were stored, which is also the order they expire */
  #entries = new Map();
  #bytes = 0;
  /** Counts clear()s: an answer Next began before a change must not be kept after it. */
  #generation = 0;

  /**
   * @param {{ ttlMs?: number, maxBytes?: number, maxEntryBytes?: number, now?: () => number }} [options]
   */
  constructor({ ttlMs = 250, maxBytes = 64 * 1024 * 1024, maxEntryBytes = 4 * 1024 * 1024, now = () => performance.now() } = {}) {
    this.ttlMs = ttlMs;
    this.maxBytes = maxBytes;
    this.maxEntryBytes = maxEntryBytes;
    this.now = now;
  }

  get size() {
    return this.#entries.size;
  }

  get bytes() {
    return this.#bytes;
  }

  /**
   * Answers the request from memory and returns true; or returns false, having set the response
   * up to be kept if Next's answer turns out storable, and the caller hands it to Next.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  handle(request, response) {
    const key = cacheKeyOf(request);
    if (key === null) return false;
    const entry = this.#fresh(key);
    if (entry) {
      response.writeHead(entry.statusCode, { ...entry.headers, 'content-length': entry.body.length, [MICROCACHE_HEADER]: 'HIT' });
      response.end(request.method === 'HEAD' ? undefined : entry.body);
      return true;
    }
    response.setHeader(MICROCACHE_HEADER, 'MISS');
    if (request.method === 'GET') this.#record(key, response);
    return false;
  }

  /** Forgets every answer: what readers see has just changed. */
  clear() {
    this.#generation += 1;
    this.#entries.clear();
    this.#bytes = 0;
  }

  #fresh(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry;
    this.#delete(key);
    return undefined;
  }

  /** Copies what Next writes (it may reuse its buffers) and keeps it once the whole answer is out. */
  #record(key, response) {
    const { write, end } = response;
    // Next may have read its cache before a publish and finish sending after it; kept, that
    // old page would be answered for a whole lifetime after the change.
    const generation = this.#generation;
    /** @type {Buffer[]} */
    let chunks = [];
    let length = 0;
    // Decided at the first byte of the body, when Next has set the status and every header.
    let keeping;
    const take = (chunk, encoding) => {
      keeping ??= isStorable(response.statusCode, response.getHeaders());
      if (!keeping || chunk == null || typeof chunk === 'function') return;
      const copy = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);
      length += copy.length;
      if (length > this.maxEntryBytes) {
        keeping = false;
        chunks = [];
        return;
      }
      chunks.push(copy);
    };
    response.write = function writeAndKeep(chunk, encoding, callback) {
      take(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    response.end = function endAndKeep(chunk, encoding, callback) {
      take(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    // 'finish' means every byte was handed to the connection: an answer cut short is never kept.
    response.once('finish', () => {
      const headers = response.getHeaders();
      if (!keeping || generation !== this.#generation || !isStorable(response.statusCode, headers)) return;
      for (const name of NOT_STORED) delete headers[name];
      this.#store(key, { expiresAt: this.now() + this.ttlMs, statusCode: response.statusCode, headers, body: Buffer.concat(chunks, length) });
    });
  }

  #store(key, entry) {
    this.#delete(key);
    if (entry.body.length > this.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.body.length;
    const now = this.now();
    for (const [oldest, { expiresAt }] of this.#entries) {
      if (this.#bytes <= this.maxBytes && expiresAt > now) break;
      this.#delete(oldest);
    }
  }

  #delete(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.body.length;
  }
}
