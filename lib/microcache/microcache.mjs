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
import { recordResponse } from './response-recorder.mjs';

/** Response header saying whether the microcache answered (HIT) or Next did (MISS). */
export const MICROCACHE_HEADER = 'x-microcache';

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

  /** Keeps what Next sends for this key, unless the cache was cleared while Next answered. */
  #record(key, response) {
    // Next may have read its cache before a publish and finish sending after it; kept, that
    // old page would be answered for a whole lifetime after the change.
    const generation = this.#generation;
    recordResponse(response, {
      isStorable,
      maxBytes: this.maxEntryBytes,
      notStored: [MICROCACHE_HEADER],
      onRecorded: (answer) => {
        if (generation === this.#generation) this.#store(key, { ...answer, expiresAt: this.now() + this.ttlMs });
      },
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
