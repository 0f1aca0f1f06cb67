import 'server-only';
import { revalidatePath } from 'next/cache';

// What readers see changes on publish, unpublish and slug changes: the topic's own page (by
// every slug it answered to) and the home list.
export function revalidatePublishedTopic(...slugs: string[]) {
  for (const slug of slugs) revalidatePath(`/topics/${slug}`);
  revalidatePath('/');
}
