import 'server-only';
import { LRUCache } from 'lru-cache';
import type { SearchResults } from './search-reads';

// Search results kept in this server's memory, within a stated bound, for the searches readers
// repeat. A query is admitted only the second time it is asked within the last 10,000 distinct
// queries: a flood of unique queries never enters, so it evicts nothing of value and costs what
// rendering them costs. What is admitted is dropped least recently used first beyond 1,000
// result sets or 8 MB (their JSON size), and all of it at any change of the published record
// (lib/publishing/revalidate.ts). Topic pages are cached elsewhere (Next's cache) and never
// compete with searches for room.

export const SEARCH_CACHE_LIMITS = { entries: 1_000, bytes: 8 * 1024 * 1024, remembered: 10_000 } as const;

type Entry = { results: SearchResults };

class SearchCache {
  private readonly results = new LRUCache<string, Entry>({
    max: SEARCH_CACHE_LIMITS.entries,
    maxSize: SEARCH_CACHE_LIMITS.bytes,
    sizeCalculation: (entry, key) => key.length + JSON.stringify(entry.results).length,
  });
  /** Queries asked once recently: keys only, about a hundred bytes each. */
  private readonly askedOnce = new LRUCache<string, true>({ max: SEARCH_CACHE_LIMITS.remembered });
  /** Bumped by every clear: a search begun before a change is not kept after it. */
  private generation = 0;

  async get(key: string, search: () => Promise<SearchResults>): Promise<SearchResults> {
    const hit = this.results.get(key);
    if (hit) return hit.results;
    const generation = this.generation;
    const results = await search();
    if (generation !== this.generation) return results;
    if (this.askedOnce.has(key)) {
      this.askedOnce.delete(key);
      this.results.set(key, { results });
    } else {
      this.askedOnce.set(key, true);
    }
    return results;
  }

  clear() {
    this.generation += 1;
    this.results.clear();
  }

  stats() {
    return { entries: this.results.size, bytes: this.results.calculatedSize, limits: SEARCH_CACHE_LIMITS };
  }
}

// One cache per process: Next bundles this module into several entry points (pages, route
// handlers, actions), each with its own copy; a process-wide symbol is what they share.
const KEY = Symbol.for('topic-desk.search-cache');
const scope = globalThis as unknown as Record<symbol, SearchCache | undefined>;

export function searchCache(): SearchCache {
  return (scope[KEY] ??= new SearchCache());
}
