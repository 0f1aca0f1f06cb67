import 'server-only';
import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { LOCALES } from '@/lib/i18n/locales';
import { forgetMicrocachedPages } from '@/lib/microcache/registry.mjs';
import { CACHE_TAGS } from './cache-tags';

// What readers see changes on publish, unpublish, trash and slug changes. Called from server
// actions only. Public pages are cached once per interface language (app/[locale]): each
// language's copy is revalidated. Every change also empties this server's microcache (pages
// answered from memory for a quarter of a second, lib/microcache): it holds copies of Next's answers.

/** The topic's own page and data, by every slug it answered to: the very next request renders anew. */
function expireTopicPages(slugs: string[]) {
  for (const slug of slugs) {
    updateTag(CACHE_TAGS.topic(slug));
    for (const locale of LOCALES) revalidatePath(`/${locale}/topics/${slug}`);
  }
}

/**
 * A publish, a rename or a restore: the topic's page is new at once. The lists built from every
 * topic (the home page and its pages, search results) are marked stale instead: the next reader
 * of each still gets the previous copy while a fresh one renders, and everyone after gets the
 * fresh one. Expiring them made readers queue behind a render of the same list after every
 * publish (npm run bench:load, readers' p99 120–260 ms; under 60 ms since).
 */
export function revalidatePublishedTopic(...slugs: string[]) {
  expireTopicPages(slugs);
  revalidateTag(CACHE_TAGS.topicList, 'max');
  revalidateSourcePages(); // which also empties the microcache
}

/** An unpublish or a trash: the topic leaves every page at once, lists and search included. */
export function withdrawPublishedTopic(...slugs: string[]) {
  expireTopicPages(slugs);
  updateTag(CACHE_TAGS.topicList);
  updateTag(CACHE_TAGS.publishedIndex);
  expireRecordPages();
  forgetMicrocachedPages();
}

/** Every speaker and interview page (one record each, a few milliseconds to render): anew on the next visit. */
function expireRecordPages() {
  revalidatePath('/[locale]/speakers/[slug]', 'page');
  revalidatePath('/[locale]/interviews/[id]', 'page');
}

// Speaker and interview pages and search results show the published index and the records:
// any publish, and any edit, merge, trash or restore of a speaker or interview, refreshes them.
// Search results read the index through a tagged cache and are refreshed in the background;
// speaker and interview pages expire at once.
export function revalidateSourcePages() {
  revalidateTag(CACHE_TAGS.publishedIndex, 'max');
  expireRecordPages();
  forgetMicrocachedPages();
}
