import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { topicNotFound } from './errors';
import { proposeChangelogFor, publishTopic } from './publish-topic';
import { restoreTopicInTransaction, trashTopicInTransaction, unpublishInTransaction } from './withdraw-topic';

// The signed-in entry points of publishing: each checks the role first, then runs the one
// publishing path (publish-topic.ts, withdraw-topic.ts) that the importer and tools use too.

type Tx = Prisma.TransactionClient;

/** Analysts: the saved draft becomes what readers see; refused if they have not seen the latest save. */
export async function publishDraftAsAnalyst(input: { topicId: string; expectedVersion: number; changelogLine: string }) {
  const user = await requireRole('ANALYST');
  return publishTopic(getDb(), {
    topicId: input.topicId,
    expectedVersion: input.expectedVersion,
    changelogLine: input.changelogLine,
    publisher: { userId: user.id, via: 'editor' },
  });
}

/** The changelog line the publish dialog offers: what changed since the last publish. */
export async function proposeChangelogLine(topicId: string) {
  await requireRole('ANALYST');
  const db = getDb();
  const draft = await loadDraftDocument(db, topicId);
  if (!draft) throw topicNotFound();
  return proposeChangelogFor(db, draft);
}

/** Analysts: takes the topic off the public site; its drafts and history stay. */
export async function unpublishAsAnalyst(topicId: string) {
  const user = await requireRole('ANALYST');
  return getDb().$transaction((tx: Tx) => unpublishInTransaction(tx, topicId, user.id));
}

/** Analysts: the topic goes to the trash and leaves the public site at once. */
export async function trashTopicAsAnalyst(topicId: string) {
  const user = await requireRole('ANALYST');
  return getDb().$transaction((tx: Tx) => trashTopicInTransaction(tx, topicId, user.id));
}

/** Admins: the topic comes back from the trash as it was, on the site again if it was published. */
export async function restoreTopicAsAdmin(topicId: string) {
  const user = await requireRole('ADMIN');
  return getDb().$transaction((tx: Tx) => restoreTopicInTransaction(tx, topicId, user.id));
}
