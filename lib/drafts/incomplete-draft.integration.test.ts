import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { PublishRefusedError } from '@/lib/publishing/errors';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { getPublishedTopic } from '@/lib/published/topic-reads';
import { diffDocuments } from '@/lib/revisions/document-diff';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { computeChanges } from './changeset';

// Drafts may be incomplete (issue 28): an analyst adds a camp and a quote and fills them in
// later. The draft, its revision and a restore of it all keep the gaps as they are; only
// publishing refuses them, so readers never see an empty stance or an empty quote.

vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: userId, email: 'admin@topicdesk.local', name: 'Admin', role: 'ADMIN' }),
}));

const db = getDb();
let userId = '';

beforeAll(async () => {
  userId = (await db.user.create({ data: { email: `incomplete-${Date.now()}@example.com`, name: 'Admin', passwordHash: 'x', role: 'ADMIN' } })).id;
});

const withGaps = (doc: TopicDocument): TopicDocument => ({
  ...doc,
  consensus: [{ id: 'gap-point', statement: '算力仍然是瓶颈', blocks: [{ id: 'gap-para', kind: 'paragraph', text: '' }] }],
  camps: [
    {
      id: 'gap-camp',
      label: 'A',
      stance: '',
      holders: '',
      members: [],
      blocks: [{ id: 'gap-quote-block', kind: 'quote', seeAlso: null, quote: { id: 'gap-quote', original: null, translation: null, speakers: [], interview: null } }],
    },
  ],
  view: { judgment: '', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' },
});

describe('an incomplete draft', () => {
  it('is saved and snapshotted as it is, refused by publishing with every gap named, restorable and diffable', async () => {
    const { saveDraft } = await import('./save-draft');
    const { restoreRevision } = await import('@/lib/revisions/restore');
    const topic = await db.topic.create({ data: { slug: 'incomplete-draft', titleZh: '不完整', titleEn: 'Incomplete' }, select: { id: true } });
    const base = (await loadDraftDocument(db, topic.id))!;
    const next = withGaps(base);

    const saved = await saveDraft({ topicId: topic.id, baseVersion: 1, changes: computeChanges(base, next), reason: 'autosave' });
    expect(saved).toMatchObject({ status: 'saved', version: 2 });
    const stored = (await loadDraftDocument(db, topic.id))!;
    expect(stored).toEqual(next);
    const revision = await db.revision.findFirstOrThrow({ where: { topicId: topic.id }, orderBy: { number: 'desc' }, select: { number: true, document: true } });
    expect(revision.document).toEqual(next);

    const refused = await publishTopic(db, { topicId: topic.id, expectedVersion: 2, publisher: { userId, via: 'editor' } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PublishRefusedError);
    expect((refused as PublishRefusedError).violations.filter((v) => v.rule === 'incomplete').map((v) => [v.message, v.anchor])).toEqual([
      ['共识 1,第 1 块:段落是空的 · Point 1, block 1: the paragraph is empty', 'field-gap-para.text'],
      ['阵营 A:立场未填写 · Camp A: the stance is empty', 'field-gap-camp.stance'],
      ['阵营 A,第 1 块:引语没有原文也没有译文 · Camp A, block 1: the quote has neither original text nor translation', 'item-gap-quote-block'],
      ['我的看法:判断未填写 · My view: the judgment is empty', 'field-topic.view.judgment'],
    ]);
    expect(await getPublishedTopic('incomplete-draft')).toBeNull();

    // Filled in and saved again, then the incomplete autosave restored: the gaps come back as they were.
    const filled = structuredClone(stored);
    filled.camps[0]!.stance = '平台期是真的';
    const again = await saveDraft({ topicId: topic.id, baseVersion: 2, changes: computeChanges(stored, filled), reason: 'save' });
    expect(again).toMatchObject({ status: 'saved' });
    await restoreRevision({ topicId: topic.id, number: revision.number });
    expect(await loadDraftDocument(db, topic.id)).toEqual(next);

    // The history's diff reads incomplete documents both ways.
    const diff = diffDocuments(next, filled);
    expect(diff.camps[0]!.text.stance).toEqual([{ op: 'added', text: '平台期是真的' }]);
    expect(diffDocuments(filled, next).changed).toBe(true);
  });
});
