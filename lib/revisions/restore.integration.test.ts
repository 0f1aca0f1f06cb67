import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { exportTopic } from '@/lib/export/topic-export';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { writeDemo } from '@/prisma/demo/write-demo';
import { publishTopic } from '@/lib/publishing/publish-topic';

// The mutation asks who is signed in; here an admin is.
vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: adminId, email: 'admin@topicdesk.local', name: 'Admin', role: 'ADMIN' }),
}));

const db = getDb();
let adminId = '';

beforeAll(async () => {
  await writeDemo(db);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: 'admin@topicdesk.local' }, select: { id: true } })).id;
  // A copy of the demo topic of its own (sharing the demo's quotes and speakers), published once.
  const markdown = (await exportTopic(db, 'open-weights-catch-up', { format: 'md', version: 'draft' })).body;
  await writeImportedTopic(db, parseTopicText(markdown), { slug: 'restore-check', publish: true, authorId: null });
});

describe('restoreRevision', () => {
  it('brings back an old revision as a new one, with the snapshot\'s quotes and speakers', async () => {
    const { restoreRevision } = await import('./restore');
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'restore-check' }, select: { id: true, version: true } });
    const first = await db.revision.findFirstOrThrow({ where: { topicId: topic.id, publishNumber: 1 }, select: { number: true, document: true } });

    // Since then: a camp reworded, a shared quote edited, a speaker sent to the trash, a block removed.
    await db.camp.updateMany({ where: { topicId: topic.id, label: 'C' }, data: { stance: '差距基本无关紧要' } });
    const mara = await db.speaker.findUniqueOrThrow({ where: { slug: 'mara-lindqvist' }, select: { id: true } });
    const maraQuote = await db.quote.findFirstOrThrow({ where: { speakers: { some: { speakerId: mara.id } } }, select: { id: true } });
    await db.quote.update({ where: { id: maraQuote.id }, data: { originalText: 'Edited later.' } });
    const note = await db.block.findFirstOrThrow({ where: { kind: 'NOTE', camp: { topicId: topic.id } }, select: { id: true } });
    await db.block.delete({ where: { id: note.id } });
    await publishTopic(db, { topicId: topic.id, expectedVersion: topic.version, publisher: { userId: null, via: 'command-line' } });
    // Trashed after that publish: a page cannot be published citing a speaker in the trash.
    await db.speaker.update({ where: { id: mara.id }, data: { deletedAt: new Date() } });
    const revisionsBefore = await db.revision.count({ where: { topicId: topic.id } });

    const restored = await restoreRevision({ topicId: topic.id, number: first.number });
    expect(await db.revision.count({ where: { topicId: topic.id } })).toBe(revisionsBefore + 1);
    expect(restored.notes.join('\n')).toMatch(/Mara Lindqvist was in the trash and is restored/);
    expect(restored.notes.join('\n')).toMatch(/edited since; the snapshot's version is restored as a new quote/);

    const draft = (await loadDraftDocument(db, topic.id))!;
    const original = first.document as typeof draft;
    // Equal to the chosen revision, except that the edited shared quote is a new quote now, and
    // the changelog, which records publishes, keeps the later line.
    const comparable = (doc: typeof draft) => ({
      ...JSON.parse(JSON.stringify(doc).replace(/"quote":\{"id":"[^"]+"/g, '"quote":{"id":"-"')),
      changelog: undefined,
    });
    expect(comparable(draft)).toEqual(comparable(original));
    expect(draft.changelog.map((entry) => entry.text)).toContain((await db.changelogEntry.findFirstOrThrow({ where: { topicId: topic.id }, orderBy: { createdAt: 'desc' } })).text);
    expect(draft.changelog.length).toBe(original.changelog.length + 1);
    // The other topic that cites the edited quote keeps the edited version.
    expect((await db.quote.findUniqueOrThrow({ where: { id: maraQuote.id }, select: { originalText: true } })).originalText).toBe('Edited later.');
    expect(await db.auditEvent.count({ where: { action: 'revision.restore', targetId: topic.id } })).toBe(1);
  });
});
