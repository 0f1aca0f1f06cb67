import 'server-only';
import { unstable_cache } from 'next/cache';
import { CACHE_TAGS } from '@/lib/topics/cache-tags';
import { queryWords } from './highlight';
import { searchSite, type SearchResults } from './queries';

/**
 * Search results from Next's data cache, keyed by the words the query becomes (so "算力" and
 * " 算力 " share an entry) and dropped by any change to the published index — a publish, or an
 * edit of a speaker or interview (lib/topics/revalidate.ts). Popular searches cost no query.
 */
export function cachedSearchSite(query: string): Promise<SearchResults> {
  const words = queryWords(query.slice(0, 200));
  if (words.length === 0) return searchSite('');
  return unstable_cache(() => searchSite(words.join(' ')), ['search', ...words], { tags: [CACHE_TAGS.publishedIndex, CACHE_TAGS.topicList] })();
}
