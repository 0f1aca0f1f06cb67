import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record';
import { indexPublishedTopic } from '@/lib/published/published-index';
import type { Database } from '@/lib/db';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { diffDocuments } from './document-diff';
import { proposeChangelog } from './propose-changelog';

type Tx = Prisma.TransactionClient;

export class StaleVersionError extends Error {
  constructor(readonly currentVersion: number) {
    super(`This topic was changed by someone else (now at version ${currentVersion}).`);
    this.name = 'StaleVersionError';
  }
}

export type PublishInput = {
  topicId: string;
  /** The version the publisher saw; a newer one means they have not seen the latest draft. */
  expectedVersion: number;
  authorId: string | null;
  message: string;
  /** The changelog line for this publish; a generated one is used when absent. */
  changelogLine?: string;
  now?: Date;
};

// Taking the next version atomically both checks and claims it.
async function claimVersion(tx: Tx, topicId: string, expectedVersion: number) {
  const claimed = await tx.topic.updateMany({
    where: { id: topicId, version: expectedVersion, deletedAt: null },
    data: { version: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const current = await tx.topic.findUnique({ where: { id: topicId }, select: { version: true } });
    if (!current) throw new Error(`Topic ${topicId} does not exist.`);
    throw new StaleVersionError(current.version);
  }
}

async function lastNumbers(tx: Tx, topicId: string) {
  const previous = await tx.revision.aggregate({ where: { topicId }, _max: { number: true, publishNumber: true } });
  return { number: previous._max.number ?? 0, publishNumber: previous._max.publishNumber ?? 0 };
}

async function snapshot(
  tx: Tx,
  topicId: string,
  fields: { number: number; publishNumber: number | null; message: string; authorId: string | null },
  known?: TopicDocument,
) {
  const document = known ?? (await loadDraftDocument(tx, topicId));
  if (!document) throw new Error(`Topic ${topicId} does not exist.`);
  const revision = await tx.revision.create({
    data: { topicId, document, campCount: document.camps.length, interviewCount: document.sources.length, ...fields },
    select: { id: true, number: true, publishNumber: true },
  });
  return { ...revision, document };
}

/**
 * The draft as it stands, kept as an immutable revision without publishing it. A caller that
 * already holds the draft exactly as stored (a save) passes it, sparing a second load.
 */
export async function recordDraftRevision(tx: Tx, input: { topicId: string; authorId: string | null; message: string; document?: TopicDocument }) {
  const { number } = await lastNumbers(tx, input.topicId);
  return snapshot(tx, input.topicId, { number: number + 1, publishNumber: null, message: input.message, authorId: input.authorId }, input.document);
}

/** Without a line from the analyst: what changed since the last publish, in the page's words. */
export async function proposedLine(tx: Tx | Database, topicId: string, publishNumber: number): Promise<string> {
  if (publishNumber === 1) return '首次发布 · First published';
  const topic = await tx.topic.findUnique({ where: { id: topicId }, select: { publishedRevision: { select: { document: true } } } });
  const previous = topicDocumentSchema.safeParse(topic?.publishedRevision?.document);
  const draft = await loadDraftDocument(tx, topicId);
  if (!previous.success || !draft) return '内容更新 · Content updated';
  return proposeChangelog(previous.data, draft, diffDocuments(previous.data, draft));
}

/** publishDraft inside a transaction the caller already holds (the importer's). */
export async function publishInTransaction(tx: Tx, input: PublishInput) {
  const now = input.now ?? new Date();
  await claimVersion(tx, input.topicId, input.expectedVersion);
  const last = await lastNumbers(tx, input.topicId);
  const publishNumber = last.publishNumber + 1;
  const changelogText = input.changelogLine?.trim() || (await proposedLine(tx, input.topicId, publishNumber));
  const changelogEntry = await tx.changelogEntry.create({ data: { topicId: input.topicId, date: now, text: changelogText } });

  // The new line links to the version it describes, in the snapshot too.
  const draft = await loadDraftDocument(tx, input.topicId);
  if (!draft) throw new Error(`Topic ${input.topicId} does not exist.`);
  draft.changelog = draft.changelog.map((entry) => (entry.id === changelogEntry.id ? { ...entry, publishNumber } : entry));
  const revision = await snapshot(tx, input.topicId, { number: last.number + 1, publishNumber, message: input.message, authorId: input.authorId }, draft);
  await tx.changelogEntry.update({ where: { id: changelogEntry.id }, data: { revisionId: revision.id } });
  await tx.topic.update({
    where: { id: input.topicId },
    data: { status: 'PUBLISHED', publishedRevisionId: revision.id, publishedAt: now, lastEditorId: input.authorId },
  });
  await indexPublishedTopic(tx, input.topicId, revision.document, now);
  await recordAudit(
    {
      action: 'topic.publish',
      actorId: input.authorId,
      targetType: 'Topic',
      targetId: input.topicId,
      detail: { revision: revision.number, version: publishNumber, changelog: changelogText },
    },
    tx,
  );
  return revision;
}

/**
 * Freezes the working draft into a new immutable revision and makes it what readers see.
 * Callers are responsible for authorization (mutations check the role first).
 */
export function publishDraft(db: Database, input: PublishInput) {
  return db.$transaction((tx: Tx) => publishInTransaction(tx, input), { timeout: 60_000, maxWait: 10_000 });
}
