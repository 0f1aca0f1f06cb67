import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { clipQuoteIn, previewClipIn } from './clip';
import { proposeAnchors, writeAcceptedAnchors } from './find-anchors';
import { provenanceReport } from './report';
import type { AcceptAnchorsInput, ClipQuoteInput, ClipSelection, DifferenceNoteInput } from './schema';
import { topicQuotes } from './topic-quotes';

// The editor's provenance operations, each checking the role first. Anchors belong to quotes of
// the library (a quote cited by two topics is anchored once); operations that change them answer
// with the topic's draft as it now is, so the editor takes it as its new base.

type Tx = Prisma.TransactionClient;

async function draftOrThrow(topicId: string) {
  const doc = await loadDraftDocument(getDb(), topicId);
  if (!doc) throw new UserFacingError('这个主题不存在 · This topic does not exist.', 'NOT_FOUND');
  return doc;
}

async function draftAndVersion(topicId: string) {
  const db = getDb();
  const [document, topic] = await Promise.all([loadDraftDocument(db, topicId), db.topic.findUnique({ where: { id: topicId }, select: { version: true } })]);
  if (!document || !topic) throw new UserFacingError('这个主题不存在 · This topic does not exist.', 'NOT_FOUND');
  return { document, version: topic.version };
}

export async function previewClip(selection: ClipSelection) {
  await requireRole('ANALYST');
  return previewClipIn(getDb(), selection);
}

export async function clipQuote(input: ClipQuoteInput) {
  const user = await requireRole('ANALYST');
  const quote = await clipQuoteIn(getDb(), input);
  await recordAudit({ action: 'quote.anchor', actorId: user.id, targetType: 'Quote', targetId: quote.id, detail: { clipped: true, transcriptId: input.transcriptId } });
  return quote;
}

export async function topicProvenance(topicId: string) {
  await requireRole('ANALYST');
  return provenanceReport(getDb(), await draftOrThrow(topicId));
}

export async function findInTranscripts(topicId: string) {
  await requireRole('ANALYST');
  return proposeAnchors(getDb(), await draftOrThrow(topicId));
}

/** Accepts proposed anchors for quotes of this topic (one, or all at once). */
export async function acceptAnchors(input: AcceptAnchorsInput) {
  const user = await requireRole('ANALYST');
  const doc = await draftOrThrow(input.topicId);
  const onTopic = new Set(topicQuotes(doc).map((p) => p.quote.id));
  const foreign = input.anchors.find((a) => !onTopic.has(a.quoteId));
  if (foreign) throw new UserFacingError('这条引语不在这个主题里 · That quote is not on this topic.', 'INVALID');
  const result = await getDb().$transaction((tx: Tx) => writeAcceptedAnchors(tx, input.anchors), { timeout: 60_000 });
  if (result.anchored.length) {
    await recordAudit({ action: 'quote.anchor', actorId: user.id, targetType: 'Topic', targetId: input.topicId, detail: { anchored: result.anchored.length } });
  }
  return { ...result, ...(await draftAndVersion(input.topicId)) };
}

/** The reason a quote differs from what was said ("edited for length"), or null to clear it. */
export async function setDifferenceNote(input: DifferenceNoteInput) {
  await requireRole('ANALYST');
  const doc = await draftOrThrow(input.topicId);
  if (!topicQuotes(doc).some((p) => p.quote.id === input.quoteId)) throw new UserFacingError('这条引语不在这个主题里 · That quote is not on this topic.', 'INVALID');
  const { count } = await getDb().quoteAnchor.updateMany({ where: { quoteId: input.quoteId }, data: { differenceNote: input.note || null } });
  if (count === 0) throw new UserFacingError('这条引语还没有锚点 · This quote has no anchor yet.', 'INVALID');
  return draftAndVersion(input.topicId);
}
