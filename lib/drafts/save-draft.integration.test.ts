import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { exportTopic } from '@/lib/export/topic-export';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { writeDemo } from '@/prisma/demo/write-demo';
import { computeChanges } from './changeset';

vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: analystId, email: 'analyst@topicdesk.local', name: 'Analyst', role: 'ANALYST' }),
}));

const db = getDb();
let analystId = '';
let topicId = '';

const draft = async () => (await loadDraftDocument(db, topicId))!;
const version = async () => (await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } })).version;
/** The revision a save records is exactly the draft as stored, read back from scratch. */
const expectSnapshotIsDraft = async () => {
  const latest = await db.revision.findFirstOrThrow({ where: { topicId }, orderBy: { number: 'desc' }, select: { document: true } });
  expect(latest.document).toEqual(await draft());
};
const edit = (doc: TopicDocument, recipe: (d: TopicDocument) => void) => {
  const copy = structuredClone(doc);
  recipe(copy);
  return copy;
};

beforeAll(async () => {
  await writeDemo(db);
  analystId = (await db.user.findUniqueOrThrow({ where: { email: 'analyst@topicdesk.local' }, select: { id: true } })).id;
  const markdown = (await exportTopic(db, 'open-weights-catch-up', { format: 'md', version: 'draft' })).body;
  await writeImportedTopic(db, parseTopicText(markdown), { slug: 'save-check', publish: true, authorId: null });
  topicId = (await db.topic.findUniqueOrThrow({ where: { slug: 'save-check' }, select: { id: true } })).id;
});

describe('saveDraft', () => {
  it('writes exactly the edited document, bumps the version and records a revision', async () => {
    const { saveDraft } = await import('./save-draft');
    const base = await draft();
    const baseVersion = await version();
    const revisionsBefore = await db.revision.count({ where: { topicId } });
    const next = edit(base, (d) => {
      d.camps[0]!.stance = '改过的立场';
      d.camps[0]!.blocks.reverse();
      const moved = d.camps[1]!.blocks.shift()!;
      d.camps[0]!.blocks.push(moved);
      d.camps[0]!.blocks.unshift({ id: 'new-note-1', kind: 'note', text: 'An editor\'s note.' });
      d.consensus.push({ id: 'new-point-1', statement: '新的共识', blocks: [{ id: 'new-para-1', kind: 'paragraph', text: '*Why* it matters.' }] });
      d.openQuestions.push({ id: 'new-question-1', text: 'What next?' });
      d.view = { ...d.view!, confidence: 'MEDIUM_LOW' };
    });
    const result = await saveDraft({ topicId, baseVersion, changes: computeChanges(base, next), reason: 'save' });
    expect(result).toMatchObject({ status: 'saved', version: baseVersion + 1, document: null });
    expect(await draft()).toEqual(next);
    expect(await db.revision.count({ where: { topicId } })).toBe(revisionsBefore + 1);
    const latest = await db.revision.findFirstOrThrow({ where: { topicId }, orderBy: { number: 'desc' }, select: { document: true, message: true } });
    expect(latest.document).toEqual(next);
    expect(latest.message).toContain('Saved');
  });

  it('keeps a concurrent edit of another camp and refuses one of the same block, writing nothing', async () => {
    const { saveDraft } = await import('./save-draft');
    const base = await draft();
    const baseVersion = await version();
    const firstBlock = base.camps[0]!.blocks.find((b): b is Extract<Block, { kind: 'note' }> => b.kind === 'note')!;
    const alice = edit(base, (d) => {
      (d.camps[0]!.blocks.find((b) => b.id === firstBlock.id)! as typeof firstBlock).text = 'Alice';
    });
    const bob = edit(base, (d) => {
      (d.camps[0]!.blocks.find((b) => b.id === firstBlock.id)! as typeof firstBlock).text = 'Bob';
      d.camps[1]!.stance = 'Bob also changed camp B';
    });
    const carol = edit(base, (d) => void (d.camps[2]!.stance = 'Carol changed camp C'));

    expect(await saveDraft({ topicId, baseVersion, changes: computeChanges(base, alice), reason: 'autosave' })).toMatchObject({ status: 'saved' });
    const refused = await saveDraft({ topicId, baseVersion, changes: computeChanges(base, bob), reason: 'autosave' });
    expect(refused.status).toBe('conflict');
    if (refused.status !== 'conflict') return;
    expect(refused.conflicts).toHaveLength(1);
    expect(refused.conflicts[0]!.theirs).toMatchObject({ text: 'Alice' });
    expect((await draft()).camps[1]!.stance).toBe(base.camps[1]!.stance); // nothing of Bob's save landed

    const merged = await saveDraft({ topicId, baseVersion, changes: computeChanges(base, carol), reason: 'autosave' });
    expect(merged.status).toBe('saved');
    if (merged.status !== 'saved') return;
    expect(merged.document?.camps[2]!.stance).toBe('Carol changed camp C');
    expect(merged.document?.camps[0]!.blocks.find((b) => b.id === firstBlock.id)).toMatchObject({ text: 'Alice' });
  });

  it('refuses an invalid document with messages keyed to the field, and leaves the draft alone', async () => {
    const { saveDraft } = await import('./save-draft');
    const base = await draft();
    const next = edit(base, (d) => {
      d.titleEn = 'x'.repeat(201);
      // Too long is refused; empty is an incomplete draft, saved (issue 28).
      d.camps[0]!.label = 'ABCDEFGHI';
    });
    const result = await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(base, next), reason: 'autosave' });
    expect(result).toEqual({
      status: 'invalid',
      issues: expect.arrayContaining([
        { key: 'topic.titleEn', message: '最多 200 个字符 · At most 200 characters' },
        { key: `${base.camps[0]!.id}.label`, message: '最多 8 个字符 · At most 8 characters' },
      ]),
    });
    expect(await draft()).toEqual(base);
  });

  it('creates a new bilingual quote, and editing a shared quote changes it everywhere', async () => {
    const { saveDraft } = await import('./save-draft');
    const base = await draft();
    const speakers = await db.speaker.findMany({ take: 2, orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true } });
    const refs = speakers.map((s) => ({ ...s, affiliation: null }));
    const next = edit(base, (d) =>
      void d.camps[1]!.blocks.push({
        id: 'new-quote-block',
        kind: 'quote',
        seeAlso: null,
        quote: { id: 'new-quote', original: { text: 'Scale is not dead.', lang: 'en' }, translation: { text: '规模没有死。', lang: 'zh' }, speakers: refs, interview: null },
      }),
    );
    expect(await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(base, next), reason: 'autosave' })).toMatchObject({ status: 'saved' });
    const quote = await db.quote.findUniqueOrThrow({ where: { id: 'new-quote' }, select: { translationText: true, speakers: { orderBy: { position: 'asc' }, select: { speakerId: true } } } });
    expect(quote.translationText).toBe('规模没有死。');
    expect(quote.speakers.map((s) => s.speakerId)).toEqual(speakers.map((s) => s.id));
    await expectSnapshotIsDraft();

    const demo = (await db.topic.findUniqueOrThrow({ where: { slug: 'open-weights-catch-up' }, select: { id: true } })).id;
    const shared = (await draft()).camps.flatMap((c) => c.blocks).find((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote')!;
    const current = await draft();
    const reworded = edit(current, (d) => {
      const block = d.camps.flatMap((c) => c.blocks).find((b) => b.id === shared.id) as typeof shared;
      block.quote.translation = { text: '改过的译文', lang: 'zh' };
    });
    expect(await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(current, reworded), reason: 'autosave' })).toMatchObject({ status: 'saved' });
    const demoDraft = (await loadDraftDocument(db, demo))!;
    const inDemo = demoDraft.camps.flatMap((c) => c.blocks).find((b) => b.kind === 'quote' && b.quote.id === shared.quote.id) as typeof shared | undefined;
    expect(inDemo?.quote.translation?.text).toBe('改过的译文');
    await expectSnapshotIsDraft();
  });

  it('records a shared quote edit in every other topic citing it, by the analyst who made it', async () => {
    const { saveDraft } = await import('./save-draft');
    const { readEditorState } = await import('./editor-reads');
    const demo = (await db.topic.findUniqueOrThrow({ where: { slug: 'open-weights-catch-up' }, select: { id: true, version: true } }));
    const current = await draft();
    const shared = current.camps.flatMap((c) => c.blocks).find((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote')!;
    expect((await readEditorState(db, topicId))!.quoteUses[shared.quote.id]?.map((use) => use.topicId)).toEqual([demo.id]);
    const demoRevisionsBefore = await db.revision.count({ where: { topicId: demo.id } });
    const reworded = edit(current, (d) => {
      const block = d.camps.flatMap((c) => c.blocks).find((b) => b.id === shared.id) as typeof shared;
      block.quote.translation = { text: '第二次改过的译文', lang: 'zh' };
    });
    expect(await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(current, reworded), reason: 'autosave' })).toMatchObject({ status: 'saved' });

    const demoLatest = await db.revision.findFirstOrThrow({ where: { topicId: demo.id }, orderBy: { number: 'desc' }, select: { authorId: true, message: true, document: true } });
    expect(await db.revision.count({ where: { topicId: demo.id } })).toBe(demoRevisionsBefore + 1);
    expect(demoLatest.authorId).toBe(analystId);
    expect(demoLatest.message).toContain(`在《${current.titleZh}》中被修改`);
    expect(demoLatest.message).toContain(`edited in “${current.titleEn}”`);
    expect(demoLatest.document).toEqual(await loadDraftDocument(db, demo.id));
    expect(JSON.stringify(demoLatest.document)).toContain('第二次改过的译文');
    // The demo topic is published: its editor now says it has unpublished changes, and an editor
    // open on it takes the new text at its next save (its version moved).
    const demoState = (await readEditorState(db, demo.id))!;
    expect(demoState.published).not.toBeNull();
    expect(demoState.unpublishedChanges).toBe(true);
    expect(demoState.version).toBe(demo.version + 1);

    // Moving or re-labelling blocks without touching a shared quote records nothing elsewhere.
    const moved = edit(await draft(), (d) => void d.camps[0]!.blocks.reverse());
    await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(await draft(), moved), reason: 'autosave' });
    expect(await db.revision.count({ where: { topicId: demo.id } })).toBe(demoRevisionsBefore + 1);
  });

  it('forks a shared quote for "change only here": the other topic keeps its words, the copy keeps the anchor', async () => {
    const { saveDraft } = await import('./save-draft');
    const demo = (await db.topic.findUniqueOrThrow({ where: { slug: 'open-weights-catch-up' }, select: { id: true } })).id;
    const current = await draft();
    const shared = current.camps.flatMap((c) => c.blocks).find((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote' && !!b.quote.interview)!;
    const interviewId = shared.quote.interview!.id;
    const transcript =
      (await db.transcript.findFirst({ where: { interviewId, language: 'en' }, select: { id: true } })) ??
      (await db.transcript.create({ data: { interviewId, language: 'en', role: 'ORIGINAL', format: 'text', segmentCount: 1, wordCount: 3 }, select: { id: true } }));
    const anchor = { transcriptId: transcript.id, target: 'original', exact: 'the words', startMs: 61_000, endMs: 64_500, passage: '' };
    await db.quoteAnchor.upsert({ where: { quoteId: shared.quote.id }, create: { quoteId: shared.quote.id, ...anchor }, update: anchor });
    const demoRevisionsBefore = await db.revision.count({ where: { topicId: demo } });
    const sharedBefore = await db.quote.findUniqueOrThrow({ where: { id: shared.quote.id }, select: { translationText: true } });

    const forked = edit(await draft(), (d) => {
      const block = d.camps.flatMap((c) => c.blocks).find((b) => b.id === shared.id) as typeof shared;
      block.quote = { ...block.quote, id: 'forked-quote', translation: { text: '只在这里改过', lang: 'zh' } };
    });
    expect(await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(await draft(), forked), reason: 'autosave' })).toMatchObject({ status: 'saved' });

    expect(await db.quote.findUniqueOrThrow({ where: { id: shared.quote.id }, select: { translationText: true } })).toEqual(sharedBefore);
    expect(await db.revision.count({ where: { topicId: demo } })).toBe(demoRevisionsBefore);
    const copy = await db.quote.findUniqueOrThrow({ where: { id: 'forked-quote' }, select: { translationText: true, interviewId: true, anchor: { select: { startMs: true, endMs: true, exact: true } } } });
    expect(copy).toEqual({ translationText: '只在这里改过', interviewId: shared.quote.interview!.id, anchor: { startMs: 61_000, endMs: 64_500, exact: 'the words' } });
    const block = (await draft()).camps.flatMap((c) => c.blocks).find((b) => b.id === shared.id) as typeof shared;
    expect(block.quote.id).toBe('forked-quote');
    await expectSnapshotIsDraft();
  });

  it('records what the library says, not what the browser claims about it', async () => {
    const { saveDraft } = await import('./save-draft');
    const base = await draft();
    const real = await db.speaker.findFirstOrThrow({ orderBy: { name: 'desc' }, select: { id: true, slug: true, name: true } });
    const forged = edit(base, (d) => {
      d.camps[0]!.members = [...d.camps[0]!.members, { id: real.id, slug: real.slug, name: 'Somebody Else Entirely', affiliation: 'Forged Inc' }];
    });
    expect(await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(base, forged), reason: 'autosave' })).toMatchObject({ status: 'saved' });
    await expectSnapshotIsDraft();
    const latest = await db.revision.findFirstOrThrow({ where: { topicId }, orderBy: { number: 'desc' }, select: { document: true } });
    expect(JSON.stringify(latest.document)).not.toContain('Somebody Else Entirely');
  });

  it('keeps the old address redirecting after a slug change, and refuses a taken one', async () => {
    const { saveDraft } = await import('./save-draft');
    const base = await draft();
    const renamed = edit(base, (d) => void (d.slug = 'save-check-renamed'));
    expect(await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(base, renamed), reason: 'autosave' })).toMatchObject({ status: 'saved' });
    expect(await db.slugRedirect.findUnique({ where: { slug: 'save-check' }, select: { topicId: true } })).toEqual({ topicId });

    const current = await draft();
    const taken = edit(current, (d) => void (d.slug = 'open-weights-catch-up'));
    await expect(saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(current, taken), reason: 'autosave' })).rejects.toThrow(/taken by another topic/);
    expect((await draft()).slug).toBe('save-check-renamed');
  });
});

describe('saveDraft with fields the schema does not know', () => {
  it('keeps them out of the draft and the revision', async () => {
    const { saveDraft } = await import('./save-draft');
    const base = await draft();
    const next = edit(base, (d) => {
      d.blindSpots.push({ id: 'junk-carrier', text: 'A blind spot', injected: '<script>alert(1)</script>' } as never);
    });
    expect(await saveDraft({ topicId, baseVersion: await version(), changes: computeChanges(base, next), reason: 'autosave' })).toMatchObject({ status: 'saved' });
    const latest = await db.revision.findFirstOrThrow({ where: { topicId }, orderBy: { number: 'desc' }, select: { document: true } });
    expect(JSON.stringify(latest.document)).not.toContain('injected');
    expect((await draft()).blindSpots.at(-1)).toEqual({ id: 'junk-carrier', text: 'A blind spot' });
  });
});

describe('renaming a topic that was never published', () => {
  it('leaves no redirect behind: its earlier address was never public', async () => {
    const { saveDraft } = await import('./save-draft');
    const slug = `never-published-${Date.now()}`;
    const topic = await db.topic.create({ data: { slug, titleZh: '草稿', titleEn: 'Draft' }, select: { id: true } });
    const base = (await loadDraftDocument(db, topic.id))!;
    const renamed = { ...base, slug: `${slug}-b` };
    expect(await saveDraft({ topicId: topic.id, baseVersion: 1, changes: computeChanges(base, renamed), reason: 'save' })).toMatchObject({ status: 'saved' });
    expect(await db.slugRedirect.count({ where: { slug } })).toBe(0);
  });
});
