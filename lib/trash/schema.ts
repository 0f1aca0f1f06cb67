import { z } from 'zod';

/** What can go to the trash: a topic or one of the shared sources pages stand on. */
export const TRASH_KINDS = ['topic', 'speaker', 'interview', 'quote'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

export const trashItemSchema = z.object({
  kind: z.enum(TRASH_KINDS),
  id: z.string().min(1).max(64),
});
