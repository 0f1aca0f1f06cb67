import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { recordAudit } from '@/lib/audit/record';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/text/slug';
import { topicDocumentSchema, type Block, type InterviewRef, type SpeakerRef, type TopicDocument } from '@/lib/topics/document';
import { clearDraftContent } from '@/lib/topics/draft-content';
import { recordDraftRevision } from './record-revision';

type Tx = Prisma.TransactionClient;
type QuoteBlock = Extract<Block, { kind: 'quote' }>;

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Speakers the snapshot names: brought back from the trash, or recreated when gone. */
async function ensureSpeaker(tx: Tx, speaker: SpeakerRef, notes: string[]) {
  const row = await tx.speaker.findUnique({ where: { id: speaker.id }, select: { name: true, deletedAt: true } });
  if (row?.deletedAt) {
    await tx.speaker.update({ where: { id: speaker.id }, data: { deletedAt: null } });
    notes.push(`讲者 ${speaker.name} 在回收站中,已恢复 · Speaker ${speaker.name} was in the trash and is restored.`);
  } else if (!row) {
    const former = speaker.affiliation?.match(/^former\s+(.+)$/i);
    await tx.speaker.create({
      data: {
        id: speaker.id,
        slug: (await tx.speaker.findUnique({ where: { slug: speaker.slug } })) ? `${speaker.slug}-${speaker.id.slice(-6)}` : speaker.slug || slugify(speaker.name),
        name: speaker.name,
        affiliations: speaker.affiliation
          ? { create: [{ organisation: former ? former[1]! : speaker.affiliation, endedOn: former ? new Date() : null, position: 0 }] }
          : undefined,
      },
    });
    notes.push(`讲者 ${speaker.name} 已被删除,按快照重建 · Speaker ${speaker.name} had been deleted and is recreated from the snapshot.`);
  } else if (row.name !== speaker.name) {
    notes.push(`讲者 ${speaker.name} 现名 ${row.name},保留现有记录 · Speaker ${speaker.name} is now called ${row.name}; the current record is kept.`);
  }
}

async function ensureInterview(tx: Tx, interview: InterviewRef, notes: string[]) {
  const row = await tx.interview.findUnique({ where: { id: interview.id }, select: { deletedAt: true } });
  if (row?.deletedAt) {
    await tx.interview.update({ where: { id: interview.id }, data: { deletedAt: null } });
    notes.push(`访谈 ${interview.show} 在回收站中,已恢复 · Interview ${interview.show} was in the trash and is restored.`);
  } else if (!row) {
    const { id, show, episodeTitle, episodeNumber, publishedOn, url } = interview;
    await tx.interview.create({ data: { id, show, episodeTitle, episodeNumber, publishedOn: day(publishedOn), url } });
    notes.push(`访谈 ${interview.show} 已被删除,按快照重建 · Interview ${interview.show} had been deleted and is recreated from the snapshot.`);
  }
}

/** The quote as the snapshot has it: the same row when unchanged, else the snapshot's version as a new quote. */
async function ensureQuote(tx: Tx, block: QuoteBlock, notes: string[]): Promise<string> {
  const { quote } = block;
  const row = await tx.quote.findUnique({
    where: { id: quote.id },
    select: { originalText: true, translationText: true, deletedAt: true, interviewId: true, speakers: { orderBy: { position: 'asc' }, select: { speakerId: true } } },
  });
  const same =
    row &&
    row.originalText === (quote.original?.text ?? null) &&
    row.translationText === (quote.translation?.text ?? null) &&
    row.interviewId === (quote.interview?.id ?? null) &&
    row.speakers.map((s) => s.speakerId).join() === quote.speakers.map((s) => s.id).join();
  if (row && same) {
    if (row.deletedAt) {
      await tx.quote.update({ where: { id: quote.id }, data: { deletedAt: null } });
      notes.push(`一条引语在回收站中,已恢复 · A quote was in the trash and is restored.`);
    }
    return quote.id;
  }
  const created = await tx.quote.create({
    data: {
      ...(row ? {} : { id: quote.id }),
      originalText: quote.original?.text ?? null,
      originalLang: quote.original?.lang ?? null,
      translationText: quote.translation?.text ?? null,
      translationLang: quote.translation?.lang ?? null,
      translationUpdatedAt: quote.translation ? new Date() : null,
      interviewId: quote.interview?.id ?? null,
      speakers: { create: quote.speakers.map((speaker, position) => ({ speakerId: speaker.id, position })) },
    },
    select: { id: true },
  });
  notes.push(
    row
      ? `一条引语此后被修改过,恢复为快照中的版本(新引语) · A quote was edited since; the snapshot's version is restored as a new quote.`
      : `一条引语已被删除,按快照重建 · A quote had been deleted and is recreated from the snapshot.`,
  );
  return created.id;
}

async function writeDocument(tx: Tx, topicId: string, doc: TopicDocument, notes: string[]) {
  const speakers = new Map<string, SpeakerRef>();
  const interviews = new Map<string, InterviewRef>();
  const blocks = [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks);
  for (const camp of doc.camps) camp.members.forEach((m) => speakers.set(m.id, m));
  for (const block of blocks) {
    if (block.kind === 'quote') {
      block.quote.speakers.forEach((s) => speakers.set(s.id, s));
      if (block.quote.interview) interviews.set(block.quote.interview.id, block.quote.interview);
    }
    if (block.kind === 'paraphrase') {
      if (block.speaker) speakers.set(block.speaker.id, block.speaker);
      if (block.interview) interviews.set(block.interview.id, block.interview);
    }
  }
  doc.sources.forEach((s) => interviews.set(s.id, s));
  for (const speaker of speakers.values()) await ensureSpeaker(tx, speaker, notes);
  for (const interview of interviews.values()) await ensureInterview(tx, interview, notes);
  const liveTopics = new Set(
    (await tx.topic.findMany({ where: { id: { in: [...doc.sisterTopics.map((t) => t.id), ...blocks.flatMap((b) => (b.kind === 'quote' && b.seeAlso ? [b.seeAlso.id] : []))] } }, select: { id: true } })).map((t) => t.id),
  );

  await clearDraftContent(tx, topicId);
  // The changelog is the page's history of publishes, not content: a restore keeps it, and the
  // next publish adds the line that describes the restore.

  const writeBlocks = async (parent: { consensusPointId: string } | { campId: string }, list: Block[]) => {
    for (const [position, block] of list.entries()) {
      const base = { id: block.id, ...parent, position };
      if (block.kind === 'quote') {
        const seeAlsoTopicId = block.seeAlso && liveTopics.has(block.seeAlso.id) ? block.seeAlso.id : null;
        await tx.block.create({
          data: { ...base, kind: 'QUOTE', quoteId: await ensureQuote(tx, block, notes), seeAlsoTopicId, speakersInferredFrom: block.speakersInferredFrom ?? null },
        });
      } else if (block.kind === 'paraphrase') {
        await tx.block.create({ data: { ...base, kind: 'PARAPHRASE', text: block.text, reason: block.reason, speakerId: block.speaker?.id, interviewId: block.interview?.id } });
      } else {
        await tx.block.create({ data: { ...base, kind: block.kind === 'note' ? 'NOTE' : 'PARAGRAPH', text: block.text } });
      }
    }
  };
  for (const [position, point] of doc.consensus.entries()) {
    await tx.consensusPoint.create({ data: { id: point.id, topicId, position, statement: point.statement } });
    await writeBlocks({ consensusPointId: point.id }, point.blocks);
  }
  for (const [position, camp] of doc.camps.entries()) {
    await tx.camp.create({ data: { id: camp.id, topicId, position, label: camp.label, labelPinned: camp.labelPinned === true, anchor: camp.anchor ?? null, stance: camp.stance, holders: camp.holders } });
    await tx.campMember.createMany({ data: camp.members.map((member, index) => ({ campId: camp.id, speakerId: member.id, position: index })) });
    await writeBlocks({ campId: camp.id }, camp.blocks);
  }
  await tx.topicListItem.createMany({
    data: [
      ...doc.blindSpots.map((item, position) => ({ id: item.id, topicId, kind: 'BLIND_SPOT' as const, position, text: item.text })),
      ...doc.openQuestions.map((item, position) => ({ id: item.id, topicId, kind: 'OPEN_QUESTION' as const, position, text: item.text })),
    ],
  });
  if (doc.view) await tx.editorView.create({ data: { topicId, ...doc.view } });
  await tx.topicSource.createMany({ data: doc.sources.map((source, position) => ({ topicId, interviewId: source.id, position })) });
  await tx.topicLink.createMany({
    data: doc.sisterTopics.filter((t) => liveTopics.has(t.id)).map((t, position) => ({ fromTopicId: topicId, toTopicId: t.id, position })),
  });
  for (const missing of doc.sisterTopics.filter((t) => !liveTopics.has(t.id))) {
    notes.push(`姊妹主题 ${missing.slug} 已不存在,未恢复链接 · Sister topic ${missing.slug} no longer exists; its link is not restored.`);
  }
}

/**
 * Makes a past revision the working draft again and records that as a new revision. History
 * is never rewritten; what readers see changes only when the restored draft is published.
 */
export async function restoreRevision(input: { topicId: string; number: number }) {
  const actor = await requireRole('ADMIN');
  return getDb().$transaction(
    async (tx: Tx) => {
      const revision = await tx.revision.findUnique({ where: { topicId_number: { topicId: input.topicId, number: input.number } }, select: { document: true } });
      const topic = await tx.topic.findFirst({ where: { id: input.topicId, deletedAt: null }, select: { slug: true } });
      if (!revision || !topic) throw new UserFacingError('找不到这个修订 · That revision does not exist.', 'NOT_FOUND');
      const doc = topicDocumentSchema.parse(revision.document);
      const notes: string[] = [];
      await writeDocument(tx, input.topicId, doc, notes);
      await tx.topic.update({
        where: { id: input.topicId },
        data: { titleZh: doc.titleZh, titleEn: doc.titleEn, version: { increment: 1 }, lastEditorId: actor.id },
      });
      if (doc.slug !== topic.slug) notes.push(`快照中的网址名是 ${doc.slug},保留现在的 ${topic.slug} · The snapshot's slug was ${doc.slug}; the current ${topic.slug} is kept.`);
      const restored = await recordDraftRevision(tx, { topicId: input.topicId, authorId: actor.id, message: `Restored revision #${input.number}` });
      await recordAudit({ action: 'revision.restore', actorId: actor.id, targetType: 'Topic', targetId: input.topicId, detail: { from: input.number, to: restored.number, notes } }, tx);
      return { number: restored.number, notes };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
