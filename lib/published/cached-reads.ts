import 'server-only';
import { unstable_cache } from 'next/cache';
import { CACHE_TAGS } from '@/lib/publishing/cache-tags';
import { getInterviewPage, getSpeakerPage } from './source-reads';
import { listPublishedSpeakers, type SpeakerListFilter } from './speaker-list-reads';
import { getPublishedConfidenceSteps, getPublishedHistory, getPublishedTopic, getPublishedVersion, listPublishedTopicPage } from './topic-reads';

// Public reads from Next's data cache, each tagged with what it shows so that a change expires
// it (lib/publishing/revalidate.ts) — never a timer. With the shared cache handler every app
// server sees the expiry; the change listener tells each server of changes made elsewhere.

// An address that cannot be a topic's (/topics/算力, 300 characters of x) is answered without a
// cache entry or a query: anyone can type unbounded numbers of them.
const couldBeTopicSlug = (slug: string) => slug.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);

/** A topic's current page, by the address readers used. */
export async function cachedPublishedTopic(slug: string) {
  if (!couldBeTopicSlug(slug)) return null;
  // Only its own tag: the page is its published snapshot (sister topics included), so a
  // publish of another topic must not re-render it.
  return unstable_cache(() => getPublishedTopic(slug), ['published-topic', slug], { tags: [CACHE_TAGS.topic(slug), CACHE_TAGS.everything] })();
}

/** A published version: immutable, but it leaves the site with its topic. */
export async function cachedPublishedVersion(slug: string, publishNumber: number) {
  if (!couldBeTopicSlug(slug)) return null;
  return unstable_cache(() => getPublishedVersion(slug, publishNumber), ['published-version', slug, String(publishNumber)], {
    tags: [CACHE_TAGS.topic(slug), CACHE_TAGS.everything],
  })();
}

/**
 * Every published version of a topic, with its confidence and what it changed: it changes with
 * each publish and leaves with the topic. It also links the speakers who moved, by their
 * library address: an edit, merge or trash of a speaker (`records`) expires it too.
 */
export function cachedPublishedHistory(slug: string) {
  return unstable_cache(() => getPublishedHistory(slug), ['published-history', slug], { tags: [CACHE_TAGS.topic(slug), CACHE_TAGS.records, CACHE_TAGS.everything] })();
}

/** The confidence of each published version (the topic page's chart), expired with the topic. */
export function cachedConfidenceSteps(slug: string) {
  return unstable_cache(() => getPublishedConfidenceSteps(slug), ['published-confidence', slug], { tags: [CACHE_TAGS.topic(slug), CACHE_TAGS.everything] })();
}

/** A page of the home page's list of published topics, expired by every publish, unpublish or trash. */
export function cachedPublishedTopicPage(page: number) {
  return unstable_cache(() => listPublishedTopicPage(page), ['published-topic-page', String(page)], { tags: [CACHE_TAGS.topicList, CACHE_TAGS.everything] })();
}

/** A speaker's page: their record and where the published pages cite them. */
export function cachedSpeakerPage(slug: string) {
  return unstable_cache(() => getSpeakerPage(slug), ['speaker-page', slug], { tags: [CACHE_TAGS.records, CACHE_TAGS.everything] })();
}

/** An interview's page: its record and the published quotes and paraphrases from it. */
export function cachedInterviewPage(id: string) {
  return unstable_cache(() => getInterviewPage(id), ['interview-page', id], { tags: [CACHE_TAGS.records, CACHE_TAGS.everything] })();
}

/**
 * A page of /speakers. Unfiltered pages are cached with the speaker pages (a publish or an edit
 * of a speaker expires them); a search or the "changed in the last N days" filter is read for
 * each request, as site search is: typed queries are unbounded, and each would be a cache entry.
 */
export function cachedSpeakerList(filter: SpeakerListFilter) {
  if (filter.query || filter.changedWithinDays !== null) return listPublishedSpeakers(filter);
  return unstable_cache(() => listPublishedSpeakers(filter), ['speaker-list', String(filter.page)], { tags: [CACHE_TAGS.records, CACHE_TAGS.everything] })();
}
