import 'server-only';
import { parseSearchQuery } from '@/lib/search/query';
import { searchCache } from './search-cache';
import { searchPublished, type SearchResults } from './search-reads';

/**
 * Results for a query as typed, from this server's bounded search cache when readers have
 * asked it before (search-cache.ts). Queries that fold to the same terms share an entry.
 */
export function cachedSearchSite(query: string): Promise<SearchResults> {
  const { terms } = parseSearchQuery(query);
  if (terms.length === 0) return searchPublished(terms);
  return searchCache().get(JSON.stringify(terms), () => searchPublished(terms));
}
