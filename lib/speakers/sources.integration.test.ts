import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { computeChanges } from '@/lib/drafts/changeset';
import { exportTopic } from '@/lib/export/topic-export';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import { quoteFilterSchema } from '@/lib/quotes/schema';
import { getSpeakerPage } from '@/lib/published/source-reads';
import type { Block } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { writeDemo } from '@/prisma/demo/write-demo';

vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: adminId, email: 'admin@topicdesk.local', name: 'Admin', role: 'ADMIN' }),
}));

const db = getDb();
let adminId = '';
let topicId = '';

beforeAll(async () => {
  await writeDemo(db);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: 'admin@topicdesk.local' }, select: { id: true } })).id;
  const markdown = (await exportTopic(db, 'open-weights-catch-up', { format: 'md', version: 'draft' })).body;
  await writeImportedTopic(db, parseTopicText(markdown), { slug: 'sources-check', publish: true, authorId: null });
  topicId = (await db.topic.findUniqueOrThrow({ where: { slug: 'sources-check' }, select: { id: true } })).id;
});

const references = async (speakerId: string) => ({
  quotes: await db.quoteSpeaker.count({ where: { speakerId } }),
  camps: await db.campMember.count({ where: { speakerId } }),
  paraphrases: await db.block.count({ where: { speakerId } }),
});

describe('merging speakers', () => {
  it('moves every quote, membership and paraphrase to the survivor, and undo puts them back', async () => {
    const { mergeSpeakers, undoSpeakerMerge } = await import('./merge');
    const survivor = await db.speaker.create({ data: { slug: `survivor-${Date.now()}`, name: 'Mara L.' }, select: { id: true } });
    const merged = await db.speaker.findUniqueOrThrow({ where: { slug: 'mara-lindqvist' }, select: { id: true, name: true } });
    const before = await references(merged.id);
    expect(before.quotes + before.camps).toBeGreaterThan(0);

    const { eventId } = await mergeSpeakers({ survivorId: survivor.id, mergedId: merged.id });
    expect(await references(merged.id)).toEqual({ quotes: 0, camps: 0, paraphrases: 0 });
    expect(await references(survivor.id)).toEqual(before);
    const afterMerge = await db.speaker.findUniqueOrThrow({ where: { id: survivor.id }, select: { aliases: true } });
    expect(afterMerge.aliases).toContain(merged.name);
    expect(await getSpeakerPage('mara-lindqvist', db)).toEqual({ redirectTo: expect.stringContaining('survivor-') });

    await undoSpeakerMerge(eventId);
    expect(await references(merged.id)).toEqual(before);
    expect(await references(survivor.id)).toEqual({ quotes: 0, camps: 0, paraphrases: 0 });
    expect((await db.speaker.findUniqueOrThrow({ where: { id: survivor.id }, select: { aliases: true } })).aliases).not.toContain(merged.name);
    expect((await db.speaker.findUniqueOrThrow({ where: { id: merged.id }, select: { mergedIntoId: true } })).mergedIntoId).toBeNull();
    await expect(undoSpeakerMerge(eventId)).rejects.toThrow(/undone already/);
  });
});

describe('the speaker page', () => {
  it('lists the published topics a person appears on, and forgets an unpublished one', async () => {
    const { unpublishAsAnalyst: unpublishTopic } = await import('@/lib/publishing/mutations');
    const page = await getSpeakerPage('mara-lindqvist', db);
    if (!page || 'redirectTo' in page) throw new Error('expected a speaker page');
    expect(page.topics.map((t) => t.slug)).toEqual(expect.arrayContaining(['sources-check', 'open-weights-catch-up']));
    const entries = page.topics.find((t) => t.slug === 'sources-check')!.entries;
    expect(entries.some((e) => e.quote && e.quote.speakers.some((s) => s.slug === 'mara-lindqvist'))).toBe(true);
    expect(entries.some((e) => e.kind === 'MEMBER' && e.place.type === 'camp')).toBe(true);
    await unpublishTopic(topicId);
    const after = await getSpeakerPage('mara-lindqvist', db);
    if (!after || 'redirectTo' in after) throw new Error('expected a speaker page');
    expect(after.topics.map((t) => t.slug)).not.toContain('sources-check');
  });
});

describe('the stale-translation flag', () => {
  it('appears when the original changes after the translation, and clears when reviewed', async () => {
    const { saveDraft } = await import('@/lib/drafts/save-draft');
    const { markTranslationReviewed } = await import('@/lib/quotes/mutations');
    const { readQuoteLibrary } = await import('@/lib/quotes/library-reads');
    const base = (await loadDraftDocument(db, topicId))!;
    const quoteBlock = base.camps.flatMap((c) => c.blocks).find((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote' && Boolean(b.quote.original && b.quote.translation))!;
    const next = structuredClone(base);
    const target = next.camps.flatMap((c) => c.blocks).find((b) => b.id === quoteBlock.id) as typeof quoteBlock;
    target.quote.original = { ...target.quote.original!, text: `${target.quote.original!.text} (corrected)` };
    const { version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
    expect(await saveDraft({ topicId, baseVersion: version, changes: computeChanges(base, next), reason: 'save' })).toMatchObject({ status: 'saved' });

    const stale = await readQuoteLibrary(db, quoteFilterSchema.parse({ stale: '1' }));
    expect(stale.rows.map((r) => r.id)).toContain(quoteBlock.quote.id);
    expect(stale.rows.find((r) => r.id === quoteBlock.quote.id)?.stale).toBe(true);
    await markTranslationReviewed(quoteBlock.quote.id);
    const after = await readQuoteLibrary(db, quoteFilterSchema.parse({ stale: '1' }));
    expect(after.rows.map((r) => r.id)).not.toContain(quoteBlock.quote.id);
  });

  it('keeps every quote\'s use count equal to the blocks citing it, whoever wrote them', async () => {
    const [{ wrong }] = await db.$queryRawUnsafe<[{ wrong: bigint }]>(
      `SELECT count(*) AS wrong FROM "Quote" q WHERE "useCount" <> (SELECT count(*) FROM "Block" b WHERE b."quoteId" = q.id)`,
    );
    expect(Number(wrong)).toBe(0);
    expect(await db.quote.count({ where: { useCount: { gt: 0 } } })).toBeGreaterThan(0);
  });
});

describe('publish guards', () => {
  it('names a quote without a speaker, a paraphrase without a reason and a speaker in the trash', async () => {
    const { saveDraft } = await import('@/lib/drafts/save-draft');
    const { publishDraftAsAnalyst: publishTopic } = await import('@/lib/publishing/mutations');
    const { moveToTrash, restoreFromTrash } = await import('@/lib/trash/mutations');
    const base = (await loadDraftDocument(db, topicId))!;
    const next = structuredClone(base);
    next.camps[0]!.blocks.push(
      { id: 'guard-quote', kind: 'quote', seeAlso: null, quote: { id: 'guard-quote-q', original: { text: 'Nobody said this.', lang: 'en' }, translation: null, speakers: [], interview: null } },
      { id: 'guard-paraphrase', kind: 'paraphrase', text: 'Something, in other words.', reason: '', speaker: null, interview: null },
    );
    let { version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
    expect(await saveDraft({ topicId, baseVersion: version, changes: computeChanges(base, next), reason: 'save' })).toMatchObject({ status: 'saved' });
    const member = next.camps[0]!.members[0]!;
    await moveToTrash('speaker', member.id);
    ({ version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } }));
    const refusal = publishTopic({ topicId, expectedVersion: version, changelogLine: '' });
    await expect(refusal).rejects.toThrow(/the quote has no speaker/);
    await expect(publishTopic({ topicId, expectedVersion: version, changelogLine: '' })).rejects.toThrow(/the paraphrase gives no reason/);
    await expect(publishTopic({ topicId, expectedVersion: version, changelogLine: '' })).rejects.toThrow(new RegExp(`${member.name} is in the trash`));
    await restoreFromTrash('speaker', member.id);
  });
});
