import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { CACHE_TAGS } from './cache-tags';

// What readers see changes on publish, unpublish, trash and slug changes: the topic's cached
// data and page (by every slug it answered to) and the lists. Called from server actions only
// (updateTag expires at once, so the very next request renders the new version).
export function revalidatePublishedTopic(...slugs: string[]) {
  for (const slug of slugs) {
    updateTag(CACHE_TAGS.topic(slug));
    revalidatePath(`/topics/${slug}`);
  }
  updateTag(CACHE_TAGS.topicList);
  revalidatePath('/');
}
