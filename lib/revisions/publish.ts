import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db';
import { loadDraftDocument } from '@/lib/topics/draft-document';

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

/**
 * Freezes the working draft into a new immutable revision and makes it what readers see.
 * Callers are responsible for authorization (lib/topics/mutations.ts checks the role first).
 */
export async function publishDraft(db: Database, input: PublishInput) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx: Prisma.TransactionClient) => {
    // Taking the next version atomically both checks and claims it.
    const claimed = await tx.topic.updateMany({
      where: { id: input.topicId, version: input.expectedVersion, deletedAt: null },
      data: { version: { increment: 1 } },
    });
    if (claimed.count === 0) {
      const current = await tx.topic.findUnique({ where: { id: input.topicId }, select: { version: true } });
      if (!current) throw new Error(`Topic ${input.topicId} does not exist.`);
      throw new StaleVersionError(current.version);
    }

    const previous = await tx.revision.aggregate({
      where: { topicId: input.topicId },
      _max: { number: true, publishNumber: true },
    });
    const publishNumber = (previous._max.publishNumber ?? 0) + 1;
    const changelogText =
      input.changelogLine?.trim() || (publishNumber === 1 ? '首次发布 · First published' : '内容更新 · Content updated');
    const changelogEntry = await tx.changelogEntry.create({
      data: { topicId: input.topicId, date: now, text: changelogText },
    });

    const document = await loadDraftDocument(tx, input.topicId);
    if (!document) throw new Error(`Topic ${input.topicId} does not exist.`);
    const revision = await tx.revision.create({
      data: {
        topicId: input.topicId,
        number: (previous._max.number ?? 0) + 1,
        publishNumber,
        document,
        campCount: document.camps.length,
        interviewCount: document.sources.length,
        message: input.message,
        authorId: input.authorId,
      },
      select: { id: true, number: true, publishNumber: true },
    });
    await tx.changelogEntry.update({ where: { id: changelogEntry.id }, data: { revisionId: revision.id } });
    await tx.topic.update({
      where: { id: input.topicId },
      data: { status: 'PUBLISHED', publishedRevisionId: revision.id, publishedAt: now, lastEditorId: input.authorId },
    });
    return { ...revision, document };
  });
}
