import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { requireRole } from '@/lib/auth/session';
import { unindexTopic } from '@/lib/published/published-index';
import { getDb, type Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { proposedLine, publishDraft, recordDraftRevision, StaleVersionError } from '@/lib/revisions/publish';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { publishBlockers } from './publish-blockers';
import type { NewTopicInput } from './topic-schema';

type Tx = Prisma.TransactionClient;

/** A new, empty draft topic with its first revision; readers see nothing until it is published. */
export async function createTopic(input: NewTopicInput) {
  const user = await requireRole('ANALYST');
  const db = getDb();
  const taken =
    (await db.topic.findUnique({ where: { slug: input.slug }, select: { id: true } })) ??
    (await db.slugRedirect.findUnique({ where: { slug: input.slug }, select: { topicId: true } }));
  if (taken) throw new UserFacingError(`网址 ${input.slug} 已被使用 · The address ${input.slug} is already taken.`, 'CONFLICT');
  return db.$transaction(async (tx: Tx) => {
    const topic = await tx.topic.create({ data: { ...input, lastEditorId: user.id }, select: { id: true } });
    await recordDraftRevision(tx, { topicId: topic.id, authorId: user.id, message: '创建 · Created' });
    await recordAudit({ action: 'topic.create', actorId: user.id, targetType: 'Topic', targetId: topic.id, detail: { slug: input.slug } }, tx);
    return topic;
  });
}

/** The changelog line the publish dialog offers: what changed since the last publish. */
export async function proposeChangelogLine(topicId: string) {
  await requireRole('ANALYST');
  const db = getDb();
  const last = await db.revision.aggregate({ where: { topicId }, _max: { publishNumber: true } });
  return proposedLine(db, topicId, (last._max.publishNumber ?? 0) + 1);
}

/** Speakers and interviews the draft cites that are in the trash: the page cannot cite them. */
async function trashedSources(db: Database, doc: TopicDocument) {
  const blocks = [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks);
  const speakerIds = new Set([
    ...doc.camps.flatMap((camp) => camp.members.map((m) => m.id)),
    ...blocks.flatMap((b) => (b.kind === 'quote' ? b.quote.speakers.map((s) => s.id) : b.kind === 'paraphrase' && b.speaker ? [b.speaker.id] : [])),
  ]);
  const interviewIds = new Set([
    ...doc.sources.map((s) => s.id),
    ...blocks.flatMap((b) => (b.kind === 'quote' && b.quote.interview ? [b.quote.interview.id] : b.kind === 'paraphrase' && b.interview ? [b.interview.id] : [])),
  ]);
  const [speakers, interviews] = await Promise.all([
    db.speaker.findMany({ where: { id: { in: [...speakerIds] }, deletedAt: { not: null } }, select: { id: true, name: true } }),
    db.interview.findMany({ where: { id: { in: [...interviewIds] }, deletedAt: { not: null } }, select: { id: true, show: true } }),
  ]);
  return [
    ...speakers.map((s) => ({ blockId: s.id, message: `讲者 ${s.name} 在回收站中 · the speaker ${s.name} is in the trash` })),
    ...interviews.map((i) => ({ blockId: i.id, message: `访谈 ${i.show} 在回收站中 · the interview ${i.show} is in the trash` })),
  ];
}

/** Makes the saved draft what readers see; refused when the analyst has not seen the latest save. */
export async function publishTopic(input: { topicId: string; expectedVersion: number; changelogLine: string }) {
  const user = await requireRole('ANALYST');
  const db = getDb();
  const draft = await loadDraftDocument(db, input.topicId);
  if (!draft) throw new UserFacingError('这个主题不存在 · This topic does not exist.', 'NOT_FOUND');
  const blockers = [...publishBlockers(draft), ...(await trashedSources(db, draft))];
  if (blockers.length > 0) {
    throw new UserFacingError(`发布前请先修正 · Fix before publishing: ${blockers.map((b) => b.message).join('; ')}`, 'INVALID');
  }
  try {
    const revision = await publishDraft(db, {
      topicId: input.topicId,
      expectedVersion: input.expectedVersion,
      authorId: user.id,
      message: '发布 · Published',
      changelogLine: input.changelogLine,
    });
    const topic = await db.topic.findUniqueOrThrow({ where: { id: input.topicId }, select: { slug: true, version: true, slugRedirects: { select: { slug: true } } } });
    const document = await loadDraftDocument(db, input.topicId);
    return { publishNumber: revision.publishNumber!, version: topic.version, document: document!, slugs: [topic.slug, ...topic.slugRedirects.map((r) => r.slug)] };
  } catch (error) {
    if (error instanceof StaleVersionError) {
      throw new UserFacingError('有人刚保存了新的修改,请先查看再发布 · Someone saved newer changes; review them before publishing.', 'CONFLICT');
    }
    throw error;
  }
}

/** Takes the topic off the public site; its drafts and history stay. */
export async function unpublishTopic(topicId: string) {
  const user = await requireRole('ANALYST');
  return getDb().$transaction(async (tx: Tx) => {
    const topic = await tx.topic.findFirst({
      where: { id: topicId, deletedAt: null },
      select: { slug: true, status: true, slugRedirects: { select: { slug: true } } },
    });
    if (!topic) throw new UserFacingError('这个主题不存在 · This topic does not exist.', 'NOT_FOUND');
    if (topic.status !== 'PUBLISHED') throw new UserFacingError('这个主题尚未发布 · This topic is not published.', 'CONFLICT');
    await tx.topic.update({ where: { id: topicId }, data: { status: 'DRAFT', publishedRevisionId: null, lastEditorId: user.id } });
    await unindexTopic(tx, topicId);
    await recordAudit({ action: 'topic.unpublish', actorId: user.id, targetType: 'Topic', targetId: topicId, detail: { slug: topic.slug } }, tx);
    return { slugs: [topic.slug, ...topic.slugRedirects.map((r) => r.slug)] };
  });
}
