import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { LOCALES } from '@/lib/i18n/locales';
import { forgetMicrocachedPages } from '@/lib/microcache/registry.mjs';
import { searchCache } from '@/lib/published/search-cache';
import { CACHE_TAGS } from './cache-tags';
import type { PublishedChange } from './change';

// Applies a change of the public site to this server's caches: Next's page and data caches
// (shared by every instance when REDIS_URL is set) and the microcache of pages answered from
// memory (lib/microcache). Called in the server action that made the change, and by the
// change listener for changes other processes made (lib/publishing/change-listener.mjs).
// Public pages are cached once per interface language (app/[locale]): each copy is expired.

/**
 * Expired now: the next request renders anew. (updateTag does the same but only in a server
 * action; changes heard from other processes are applied in a route handler.)
 */
const expireNow = (tag: string) => revalidateTag(tag, { expire: 0 });

/** The topic's own page, its versions, feeds and card image, by every slug it answered to. */
function expireTopicPages(slugs: string[]) {
  for (const slug of slugs) {
    expireNow(CACHE_TAGS.topic(slug));
    for (const locale of LOCALES) revalidatePath(`/${locale}/topics/${slug}`);
  }
}

/**
 * A publish: the topic's page, the lists built from every topic (the home page and its pages)
 * and the speaker and interview pages are new at once. Readers asking for a list while it is
 * rendered anew share that one render (Next collapses requests for the same page).
 */
function applyPublish(slugs: string[]) {
  expireTopicPages(slugs);
  expireNow(CACHE_TAGS.topicList);
  expireNow(CACHE_TAGS.records);
}

/** A takedown: the topic leaves every page at once, lists included. */
function applyWithdrawal(slugs: string[]) {
  expireTopicPages(slugs);
  expireNow(CACHE_TAGS.topicList);
  expireNow(CACHE_TAGS.records);
}

/**
 * A speaker's own page, by path as well as by the `records` tag: it shows the library's
 * record (affiliations, bio), not a published topic, so a save is on it at once. Call before
 * applyPublishedChange({ kind: 'sources' }), which then empties the microcache.
 */
export function expireSpeakerPage(slug: string) {
  for (const locale of LOCALES) revalidatePath(`/${locale}/speakers/${slug}`);
}

export function applyPublishedChange(change: PublishedChange) {
  switch (change.kind) {
    case 'published':
      applyPublish(change.slugs);
      break;
    case 'withdrawn':
      applyWithdrawal(change.slugs);
      break;
    case 'sources':
      // A speaker or interview edited, merged, trashed or restored: the pages that show records.
      expireNow(CACHE_TAGS.records);
      break;
    case 'everything':
      expireNow(CACHE_TAGS.everything);
      revalidatePath('/', 'layout');
      break;
  }
  // Every change can change a search's results (a page, a speaker's name).
  searchCache().clear();
  // Last, once Next's caches are expired: a page answered from memory is a copy of theirs.
  forgetMicrocachedPages();
}
