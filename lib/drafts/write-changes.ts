import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import type { Change, ListKey } from './changeset';

// Writes only what differs between the draft as stored and the validated target document, so a
// one-word edit on a topic with 2,000 blocks touches one row. Order of the steps matters: new
// containers exist before blocks move into them, and blocks have moved out before a container
// is deleted (deleting a camp deletes its blocks).

type Tx = Prisma.TransactionClient;
type QuoteBlock = Extract<Block, { kind: 'quote' }>;
type ItemChange = Extract<Change, { op: 'item' }>;

const BLOCK_KIND = { paragraph: 'PARAGRAPH', note: 'NOTE', paraphrase: 'PARAPHRASE', quote: 'QUOTE' } as const;
const LIST_KIND = { blindSpot: 'BLIND_SPOT', openQuestion: 'OPEN_QUESTION' } as const;

function blockFields(block: Block) {
  return {
    kind: BLOCK_KIND[block.kind],
    text: block.kind === 'quote' ? '' : block.text,
    reason: block.kind === 'paraphrase' ? block.reason : null,
    speakerId: block.kind === 'paraphrase' ? (block.speaker?.id ?? null) : null,
    interviewId: block.kind === 'paraphrase' ? (block.interview?.id ?? null) : null,
    quoteId: block.kind === 'quote' ? block.quote.id : null,
    seeAlsoTopicId: block.kind === 'quote' ? (block.seeAlso?.id ?? null) : null,
    speakersInferredFrom: block.kind === 'quote' ? (block.speakersInferredFrom ?? null) : null,
  };
}

/** Where every block of the target sits: its container and position. */
function blockPlaces(doc: TopicDocument) {
  const places = new Map<string, { consensusPointId: string | null; campId: string | null; position: number }>();
  for (const point of doc.consensus) point.blocks.forEach((b, position) => places.set(b.id, { consensusPointId: point.id, campId: null, position }));
  for (const camp of doc.camps) camp.blocks.forEach((b, position) => places.set(b.id, { consensusPointId: null, campId: camp.id, position }));
  return places;
}

const quoteText = (quote: QuoteBlock['quote']) => ({
  originalText: quote.original?.text ?? null,
  originalLang: quote.original?.lang ?? null,
  translationText: quote.translation?.text ?? null,
  translationLang: quote.translation?.lang ?? null,
  interviewId: quote.interview?.id ?? null,
});

async function copyAnchor(tx: Tx, fromQuoteId: string, toQuoteId: string) {
  const anchor = await tx.quoteAnchor.findUnique({
    where: { quoteId: fromQuoteId },
    select: { transcriptId: true, target: true, exact: true, prefix: true, suffix: true, startMs: true, endMs: true, lost: true, differenceNote: true, passage: true },
  });
  if (anchor) await tx.quoteAnchor.create({ data: { ...anchor, quoteId: toQuoteId } });
}

/**
 * A quote block either edits the quote it already showed (the shared row changes everywhere it
 * is used; lib/drafts/shared-quote-edits.ts records it in the other topics) or references a
 * quote: a new one is created (a fork keeps its anchor), a library one is taken as it is.
 */
async function writeQuote(tx: Tx, change: ItemChange, now: Date) {
  const next = change.next as QuoteBlock;
  const base = change.base as Block | null;
  const quote = next.quote;
  const row = await tx.quote.findUnique({
    where: { id: quote.id },
    select: { originalText: true, translationText: true, deletedAt: true, speakers: { orderBy: { position: 'asc' }, select: { speakerId: true } } },
  });
  const speakers = quote.speakers.map((speaker, position) => ({ speakerId: speaker.id, position }));
  if (!row) {
    await tx.quote.create({
      data: { id: quote.id, ...quoteText(quote), originalUpdatedAt: now, translationUpdatedAt: quote.translation ? now : null, speakers: { create: speakers } },
    });
    // "Change only here": the block forks the shared quote it showed into a copy of its own,
    // which keeps where in the episode it was said.
    if (base?.kind === 'quote' && base.quote.id !== quote.id) await copyAnchor(tx, base.quote.id, quote.id);
    return;
  }
  if (row.deletedAt) throw new UserFacingError('这条引语在回收站中 · This quote is in the trash; restore it first.', 'INVALID');
  const editsThisQuote = base?.kind === 'quote' && base.quote.id === quote.id;
  if (!editsThisQuote) return;
  const text = quoteText(quote);
  await tx.quote.update({
    where: { id: quote.id },
    data: {
      ...text,
      ...(text.originalText !== row.originalText ? { originalUpdatedAt: now } : {}),
      ...(text.translationText !== row.translationText ? { translationUpdatedAt: now } : {}),
    },
  });
  if (row.speakers.map((s) => s.speakerId).join() !== speakers.map((s) => s.speakerId).join()) {
    await tx.quoteSpeaker.deleteMany({ where: { quoteId: quote.id } });
    await tx.quoteSpeaker.createMany({ data: speakers.map((s) => ({ ...s, quoteId: quote.id })) });
  }
}

async function writePositions(tx: Tx, topicId: string, list: ListKey, ids: string[], target: TopicDocument) {
  if (ids.length === 0) return;
  const positions = ids.map((_, index) => index);
  if (list.startsWith('blocks:')) {
    const places = blockPlaces(target);
    const points = ids.map((id) => places.get(id)?.consensusPointId ?? null);
    const camps = ids.map((id) => places.get(id)?.campId ?? null);
    await tx.$executeRaw`
      UPDATE "Block" AS b SET position = v.position, "consensusPointId" = v.point, "campId" = v.camp
      FROM unnest(${ids}::text[], ${positions}::int[], ${points}::text[], ${camps}::text[]) AS v(id, position, point, camp)
      WHERE b.id = v.id`;
    return;
  }
  switch (list) {
    case 'consensus':
      await tx.$executeRaw`UPDATE "ConsensusPoint" AS t SET position = v.position FROM unnest(${ids}::text[], ${positions}::int[]) AS v(id, position) WHERE t.id = v.id AND t."topicId" = ${topicId}`;
      return;
    case 'camps':
      await tx.$executeRaw`UPDATE "Camp" AS t SET position = v.position FROM unnest(${ids}::text[], ${positions}::int[]) AS v(id, position) WHERE t.id = v.id AND t."topicId" = ${topicId}`;
      return;
    case 'blindSpots':
    case 'openQuestions':
      await tx.$executeRaw`UPDATE "TopicListItem" AS t SET position = v.position FROM unnest(${ids}::text[], ${positions}::int[]) AS v(id, position) WHERE t.id = v.id AND t."topicId" = ${topicId}`;
      return;
    case 'sources':
      await tx.$executeRaw`UPDATE "TopicSource" AS t SET position = v.position FROM unnest(${ids}::text[], ${positions}::int[]) AS v(id, position) WHERE t."interviewId" = v.id AND t."topicId" = ${topicId}`;
      return;
    case 'sisterTopics':
      await tx.$executeRaw`UPDATE "TopicLink" AS t SET position = v.position FROM unnest(${ids}::text[], ${positions}::int[]) AS v(id, position) WHERE t."toTopicId" = v.id AND t."fromTopicId" = ${topicId}`;
      return;
    case 'changelog':
      return; // ordered by date, not by position
  }
}

async function writeSlug(tx: Tx, topicId: string, from: string, to: string) {
  const taken = await tx.topic.findFirst({ where: { slug: to, id: { not: topicId } }, select: { id: true } });
  const redirect = await tx.slugRedirect.findUnique({ where: { slug: to }, select: { topicId: true } });
  if (taken || (redirect && redirect.topicId !== topicId)) {
    throw new UserFacingError(`网址 ${to} 已被其他主题使用 · The address ${to} is taken by another topic.`, 'CONFLICT');
  }
  if (redirect) await tx.slugRedirect.delete({ where: { slug: to } });
  // An address readers may have seen (the topic was published at some point) keeps working by
  // redirecting to the new one; a draft's earlier addresses were never public and stay free.
  const topic = await tx.topic.findUnique({ where: { id: topicId }, select: { publishedAt: true } });
  if (topic?.publishedAt) await tx.slugRedirect.upsert({ where: { slug: from }, create: { slug: from, topicId }, update: { topicId } });
}

/** Writes `changes` (computeChanges of the stored draft and `target`) to the draft's rows. */
export async function writeChanges(tx: Tx, topicId: string, changes: readonly Change[], target: TopicDocument, now: Date) {
  const items = changes.filter((c): c is ItemChange => c.op === 'item');
  const of = (type: ItemChange['type']) => items.filter((c) => c.type === type);
  const index = (list: { id: string }[]) => new Map(list.map((item, position) => [item.id, position]));

  for (const change of changes) {
    if (change.op === 'topic') {
      if (change.next.slug !== change.base.slug) await writeSlug(tx, topicId, change.base.slug, change.next.slug);
      await tx.topic.update({ where: { id: topicId }, data: change.next });
    } else if (change.op === 'view') {
      if (change.next) await tx.editorView.upsert({ where: { topicId }, create: { topicId, ...change.next }, update: change.next });
      else await tx.editorView.deleteMany({ where: { topicId } });
    }
  }

  const pointPositions = index(target.consensus);
  for (const change of of('point')) {
    if (!change.next) continue;
    const statement = String(change.next.statement);
    if (change.base) await tx.consensusPoint.update({ where: { id: change.id }, data: { statement } });
    else await tx.consensusPoint.create({ data: { id: change.id, topicId, statement, position: pointPositions.get(change.id) ?? 0 } });
  }

  const campPositions = index(target.camps);
  for (const change of of('camp')) {
    if (!change.next) continue;
    const camp = target.camps.find((c) => c.id === change.id)!;
    const fields = { label: camp.label, labelPinned: camp.labelPinned === true, anchor: camp.anchor ?? null, stance: camp.stance, holders: camp.holders };
    const members = camp.members.map((speaker, position) => ({ campId: camp.id, speakerId: speaker.id, position }));
    if (!change.base) {
      await tx.camp.create({ data: { id: camp.id, topicId, position: campPositions.get(camp.id) ?? 0, ...fields } });
      if (members.length) await tx.campMember.createMany({ data: members });
      continue;
    }
    await tx.camp.update({ where: { id: camp.id }, data: fields });
    const before = (change.base.members as { id: string }[]).map((m) => m.id).join();
    if (before !== members.map((m) => m.speakerId).join()) {
      await tx.campMember.deleteMany({ where: { campId: camp.id } });
      if (members.length) await tx.campMember.createMany({ data: members });
    }
  }

  const places = blockPlaces(target);
  for (const change of of('block')) {
    if (!change.next) continue;
    const block = change.next as Block;
    if (block.kind === 'quote') await writeQuote(tx, change, now);
    const place = places.get(block.id)!;
    if (change.base) await tx.block.update({ where: { id: block.id }, data: { ...blockFields(block), ...place } });
    else await tx.block.create({ data: { id: block.id, ...blockFields(block), ...place } });
  }

  for (const change of changes) if (change.op === 'order') await writePositions(tx, topicId, change.list, change.next, target);

  const gone = (type: ItemChange['type']) => of(type).filter((c) => !c.next).map((c) => c.id);
  if (gone('block').length) await tx.block.deleteMany({ where: { id: { in: gone('block') } } });
  if (gone('point').length) await tx.consensusPoint.deleteMany({ where: { topicId, id: { in: gone('point') } } });
  if (gone('camp').length) await tx.camp.deleteMany({ where: { topicId, id: { in: gone('camp') } } });

  for (const type of ['blindSpot', 'openQuestion'] as const) {
    const list = type === 'blindSpot' ? target.blindSpots : target.openQuestions;
    const positions = index(list);
    for (const change of of(type)) {
      if (!change.next) continue;
      const text = String(change.next.text);
      if (change.base) await tx.topicListItem.update({ where: { id: change.id }, data: { text } });
      else await tx.topicListItem.create({ data: { id: change.id, topicId, kind: LIST_KIND[type], text, position: positions.get(change.id) ?? 0 } });
    }
    if (gone(type).length) await tx.topicListItem.deleteMany({ where: { topicId, id: { in: gone(type) } } });
  }

  for (const change of of('changelog')) {
    if (!change.next) continue;
    const data = { date: new Date(`${String(change.next.date)}T00:00:00Z`), text: String(change.next.text) };
    if (change.base) await tx.changelogEntry.update({ where: { id: change.id }, data });
    else await tx.changelogEntry.create({ data: { id: change.id, topicId, ...data } });
  }
  if (gone('changelog').length) await tx.changelogEntry.deleteMany({ where: { topicId, id: { in: gone('changelog') } } });

  const sourcePositions = index(target.sources);
  const addedSources = of('source').filter((c) => c.next && !c.base);
  if (addedSources.length) {
    await tx.topicSource.createMany({ data: addedSources.map((c) => ({ topicId, interviewId: c.id, position: sourcePositions.get(c.id) ?? 0 })) });
  }
  if (gone('source').length) await tx.topicSource.deleteMany({ where: { topicId, interviewId: { in: gone('source') } } });

  const linkPositions = index(target.sisterTopics);
  const addedLinks = of('sisterTopic').filter((c) => c.next && !c.base);
  if (addedLinks.some((c) => c.id === topicId)) throw new UserFacingError('主题不能链接到自己 · A topic cannot be its own sister topic.', 'INVALID');
  if (addedLinks.length) {
    await tx.topicLink.createMany({ data: addedLinks.map((c) => ({ fromTopicId: topicId, toTopicId: c.id, position: linkPositions.get(c.id) ?? 0 })) });
  }
  if (gone('sisterTopic').length) await tx.topicLink.deleteMany({ where: { fromTopicId: topicId, toTopicId: { in: gone('sisterTopic') } } });

  return changes.length;
}
