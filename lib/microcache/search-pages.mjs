// The results pages of the searches readers repeat, kept whole in this server's memory until
// the published record changes. A search page is rendered for each request (a query is not a
// page for Next's cache, where a flood of unique ones would push the topic pages out); with its
// results already in the search cache (lib/published/search-cache.ts) rendering 80 of them
// still took 20–30 ms, and sending the bytes of the last rendering takes about one.
//
// Bounded the same way as the results: a page is kept only when its address is asked a second
// time within the last 10,000 distinct ones (a flood of unique queries never enters and evicts
// nothing), least recently used first beyond 500 pages or 32 MB, and all of them at any change
// of the published record (registry.mjs: a publish, takedown or source edit on this server, or
// one heard from another process). The key is the microcache's: the address and the headers
// that choose the page's bytes (language, compression), exactly as sent.
import { LRUCache } from 'lru-cache';
import { cacheKeyOf } from './cacheable.mjs';
import { recordResponse } from './response-recorder.mjs';

/** Response header saying whether the page came from this cache (HIT) or from Next (MISS). */
export const SEARCH_PAGE_HEADER = 'x-search-page-cache';

export const SEARCH_PAGE_LIMITS = { entries: 500, bytes: 32 * 1024 * 1024, remembered: 10_000, entryBytes: 1024 * 1024 };

/** The public search address with a query (`/search?q=…`); the empty search form is not kept. */
const SEARCH_ADDRESS = /^\/search\?(?:[^#]*&)?q=[^&#]/;

/** A results page as Next renders it for any reader: a 200 HTML page that sets no cookie. */
function isStorable(statusCode, headers) {
  if (statusCode !== 200 || headers['set-cookie'] !== undefined) return false;
  return String(headers['content-type'] ?? '').startsWith('text/html');
}

/**
 * The key a search page is kept under, or null for any other request (and for requests the
 * microcache would not answer: client navigations, credentials, ranges, other methods).
 * @param {import('node:http').IncomingMessage} request
 */
export function searchPageKeyOf(request) {
  if (!SEARCH_ADDRESS.test(request.url ?? '')) return null;
  return cacheKeyOf(request);
}

/** @typedef {import('./response-recorder.mjs').RecordedAnswer} Page */

export class SearchPageCache {
  /** @type {LRUCache<string, Page>} */
  #pages = new LRUCache({
    max: SEARCH_PAGE_LIMITS.entries,
    maxSize: SEARCH_PAGE_LIMITS.bytes,
    sizeCalculation: (page, key) => key.length + page.body.length,
  });
  /** Addresses asked once recently: keys only. */
  #askedOnce = new LRUCache({ max: SEARCH_PAGE_LIMITS.remembered });
  /** Counts clear()s: a page Next began before a change is not kept after it. */
  #generation = 0;

  /**
   * Answers a repeated search from memory and returns true; or returns false, having set up the
   * response to be kept if this is the second ask, and the caller hands the request to Next.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  handle(request, response) {
    const key = searchPageKeyOf(request);
    if (key === null) return false;
    const page = this.#pages.get(key);
    if (page) {
      response.writeHead(page.statusCode, { ...page.headers, 'content-length': page.body.length, [SEARCH_PAGE_HEADER]: 'HIT' });
      response.end(request.method === 'HEAD' ? undefined : page.body);
      return true;
    }
    response.setHeader(SEARCH_PAGE_HEADER, 'MISS');
    if (request.method !== 'GET') return false;
    if (!this.#askedOnce.has(key)) {
      this.#askedOnce.set(key, true);
      return false;
    }
    const generation = this.#generation;
    recordResponse(response, {
      isStorable,
      maxBytes: SEARCH_PAGE_LIMITS.entryBytes,
      notStored: [SEARCH_PAGE_HEADER],
      onRecorded: (answer) => {
        if (generation !== this.#generation) return;
        this.#askedOnce.delete(key);
        this.#pages.set(key, answer);
      },
    });
    return false;
  }

  /** Forgets every page: what readers see has just changed. */
  clear() {
    this.#generation += 1;
    this.#pages.clear();
  }

  stats() {
    return { entries: this.#pages.size, bytes: this.#pages.calculatedSize, limits: { entries: SEARCH_PAGE_LIMITS.entries, bytes: SEARCH_PAGE_LIMITS.bytes } };
  }
}

// The health route (in Next's bundle, another copy of this module) reports how full it is.
const SHARED = Symbol.for('topic-desk.search-page-cache');

/** @param {SearchPageCache} cache */
export function shareSearchPageCache(cache) {
  /** @type {Record<symbol, SearchPageCache | undefined>} */ (/** @type {unknown} */ (globalThis))[SHARED] = cache;
}

/** The stats of this process's search page cache, or null where the server runs none. */
export function searchPageCacheStats() {
  return /** @type {Record<symbol, SearchPageCache | undefined>} */ (/** @type {unknown} */ (globalThis))[SHARED]?.stats() ?? null;
}
