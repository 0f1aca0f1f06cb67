import { z } from 'zod';

// What changed on the public site, as every server needs to hear it: a publish, a takedown
// (unpublish or trash) or an edit of the library records the public pages show (speakers,
// interviews). Sent in the database transaction that made the change (announce.ts) and
// applied to each server's caches (revalidate.ts), whichever process made it.

const slugs = z.array(z.string().min(1).max(200)).max(100);

export const publishedChangeSchema = z.discriminatedUnion('kind', [
  /** A topic's page is new: every address it answered to (the current slug first). */
  z.object({ kind: z.literal('published'), slugs }),
  /** A topic left the public site: every address it answered to. */
  z.object({ kind: z.literal('withdrawn'), slugs }),
  /** A speaker or interview record changed (edit, merge, trash, restore). */
  z.object({ kind: z.literal('sources') }),
  /** Anything may have changed (a server that missed announcements while disconnected). */
  z.object({ kind: z.literal('everything') }),
]);

export type PublishedChange = z.infer<typeof publishedChangeSchema>;

/** As sent on the channel: the change and the process that made it (which applied it already). */
export const announcementSchema = z.object({ origin: z.string().min(1).max(100), change: publishedChangeSchema });
export type Announcement = z.infer<typeof announcementSchema>;

export { CHANGE_CHANNEL } from './channel.mjs';
