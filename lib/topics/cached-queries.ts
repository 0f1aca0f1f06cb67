import 'server-only';
import { unstable_cache } from 'next/cache';
import { CACHE_TAGS } from './cache-tags';
import { getPublishedTopic } from './queries';

/**
 * The published page of a slug from Next's data cache, tagged so a publish invalidates it
 * (lib/topics/revalidate.ts) — never by a timer. With a shared cache handler every app server
 * sees the invalidation.
 */
export function cachedPublishedTopic(slug: string) {
  return unstable_cache(() => getPublishedTopic(slug), ['published-topic', slug], {
    tags: [CACHE_TAGS.topic(slug), CACHE_TAGS.topicList],
  })();
}
