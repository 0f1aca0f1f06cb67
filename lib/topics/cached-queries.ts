import 'server-only';
import { unstable_cache } from 'next/cache';
import { CACHE_TAGS } from './cache-tags';
import { getPublishedTopic, listPublishedTopicPage } from './queries';

/**
 * The published page of a slug from Next's data cache, tagged so a publish invalidates it
 * (lib/topics/revalidate.ts) — never by a timer. With a shared cache handler every app server
 * sees the invalidation.
 */
export function cachedPublishedTopic(slug: string) {
  // Only its own tag: the page is its published snapshot (sister topics included), so a
  // publish of another topic must not re-render it.
  return unstable_cache(() => getPublishedTopic(slug), ['published-topic', slug], { tags: [CACHE_TAGS.topic(slug)] })();
}

/** A page of the home page's list of published topics, invalidated by every publish, unpublish or trash. */
export function cachedPublishedTopicPage(page: number) {
  return unstable_cache(() => listPublishedTopicPage(page), ['published-topic-page', String(page)], { tags: [CACHE_TAGS.topicList] })();
}
