import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { pageSources } from '@/lib/topics/page-sources';

// Every save, publish, import and restore records the whole topic document as an immutable
// revision (the database refuses to change or delete one). Numbered 1, 2, 3 … per topic; a
// published revision also carries its version number (/topics/<slug>/v/<n>).

type Tx = Prisma.TransactionClient;

export async function lastRevisionNumbers(tx: Tx, topicId: string) {
  const previous = await tx.revision.aggregate({ where: { topicId }, _max: { number: true, publishNumber: true } });
  return { number: previous._max.number ?? 0, publishNumber: previous._max.publishNumber ?? 0 };
}

export type RevisionRecord = { topicId: string; document: TopicDocument; number: number; publishNumber: number | null; message: string; authorId: string | null };

/** Writes one revision of a document the caller holds (nothing is read back). */
export async function writeRevision(tx: Tx, record: RevisionRecord) {
  const { topicId, document, ...fields } = record;
  const revision = await tx.revision.create({
    data: { topicId, document, campCount: document.camps.length, interviewCount: pageSources(document).length, ...fields },
    select: { id: true, number: true, publishNumber: true, createdAt: true },
  });
  return { ...revision, document };
}

/**
 * The draft as it stands, kept as an immutable revision without publishing it. A caller that
 * already holds the draft exactly as stored (a save) passes it, sparing a second load.
 */
export async function recordDraftRevision(tx: Tx, input: { topicId: string; authorId: string | null; message: string; document?: TopicDocument }) {
  const document = input.document ?? (await loadDraftDocument(tx, input.topicId));
  if (!document) throw new Error(`Topic ${input.topicId} does not exist.`);
  const { number } = await lastRevisionNumbers(tx, input.topicId);
  return writeRevision(tx, { topicId: input.topicId, document, number: number + 1, publishNumber: null, message: input.message, authorId: input.authorId });
}
