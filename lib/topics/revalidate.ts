import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { LOCALES } from '@/lib/i18n/locales';
import { CACHE_TAGS } from './cache-tags';

// What readers see changes on publish, unpublish, trash and slug changes: the topic's cached
// data and page (by every slug it answered to), the lists, and every page built from the
// published index. Called from server actions only (updateTag expires at once, so the very
// next request renders the new version). Public pages are cached once per interface language
// (app/[locale]): each language's copy is revalidated.
export function revalidatePublishedTopic(...slugs: string[]) {
  for (const slug of slugs) {
    updateTag(CACHE_TAGS.topic(slug));
    for (const locale of LOCALES) revalidatePath(`/${locale}/topics/${slug}`);
  }
  updateTag(CACHE_TAGS.topicList);
  revalidatePath('/[locale]/page/[n]', 'page');
  revalidateSourcePages();
}

// Speaker and interview pages and search results show the published index and the records: any
// publish, and any edit, merge, trash or restore of a speaker or interview, re-renders them
// all on their next visit (each is a few milliseconds; publishes are rare next to reads).
export function revalidateSourcePages() {
  updateTag(CACHE_TAGS.publishedIndex);
  revalidatePath('/[locale]/speakers/[slug]', 'page');
  revalidatePath('/[locale]/interviews/[id]', 'page');
  revalidatePath('/[locale]/search/[query]', 'page');
}
