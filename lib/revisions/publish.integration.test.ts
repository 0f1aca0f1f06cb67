import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { publishDraft, StaleVersionError } from './publish';

const db = getDb();

async function newTopic(slug: string) {
  return db.topic.create({ data: { slug, titleZh: '测试', titleEn: 'Test' }, select: { id: true } });
}

describe('publishDraft', () => {
  it('numbers revisions and publishes, and writes a sensible changelog line when none is given', async () => {
    const { id } = await newTopic('publish-numbering');
    const first = await publishDraft(db, { topicId: id, expectedVersion: 1, authorId: null, message: 'first' });
    const second = await publishDraft(db, { topicId: id, expectedVersion: 2, authorId: null, message: 'second', changelogLine: '新增阵营 C' });
    expect([first.number, first.publishNumber, second.number, second.publishNumber]).toEqual([1, 1, 2, 2]);
    expect(first.document.changelog.map((entry) => entry.text)).toEqual(['首次发布 · First published']);
    expect(second.document.changelog.map((entry) => entry.text)).toEqual(['新增阵营 C', '首次发布 · First published']);
    const topic = await db.topic.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, publishedRevisionId: true } });
    expect(topic).toEqual({ status: 'PUBLISHED', version: 3, publishedRevisionId: expect.any(String) });
    const audited = await db.auditEvent.findMany({ where: { action: 'topic.publish', targetId: id }, orderBy: { at: 'asc' }, select: { detail: true } });
    expect(audited.map((event) => event.detail)).toEqual([
      { revision: 1, version: 1, changelog: '首次发布 · First published' },
      { revision: 2, version: 2, changelog: '新增阵营 C' },
    ]);
  });

  it('proposes the changelog line from what changed since the last publish', async () => {
    const { id } = await newTopic('publish-proposed-line');
    await publishDraft(db, { topicId: id, expectedVersion: 1, authorId: null, message: 'first' });
    await db.camp.create({ data: { topicId: id, position: 0, label: 'C', stance: 'Capability ≠ Utility' } });
    await db.editorView.create({ data: { topicId: id, judgment: '判断。', confidence: 'MEDIUM_LOW' } });
    const second = await publishDraft(db, { topicId: id, expectedVersion: 2, authorId: null, message: 'second' });
    expect(second.document.changelog[0]!.text).toBe('新增阵营 C、给出判断(把握程度中等偏低)');
  });

  it('refuses a stale version and writes nothing', async () => {
    const { id } = await newTopic('publish-stale');
    await publishDraft(db, { topicId: id, expectedVersion: 1, authorId: null, message: 'ok' });
    const revisionsBefore = await db.revision.count({ where: { topicId: id } });
    const changelogBefore = await db.changelogEntry.count({ where: { topicId: id } });

    await expect(publishDraft(db, { topicId: id, expectedVersion: 1, authorId: null, message: 'stale' })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(await db.revision.count({ where: { topicId: id } })).toBe(revisionsBefore);
    expect(await db.changelogEntry.count({ where: { topicId: id } })).toBe(changelogBefore);
  });
});

describe('history is immutable in the database itself', () => {
  it('refuses to update or delete a revision, even with raw SQL', async () => {
    const { id } = await newTopic('immutable-history');
    const revision = await publishDraft(db, { topicId: id, expectedVersion: 1, authorId: null, message: 'original' });
    await expect(db.$executeRaw`UPDATE "Revision" SET "message" = 'rewritten' WHERE "id" = ${revision.id}`).rejects.toThrow(
      /immutable/,
    );
    await expect(db.$executeRaw`DELETE FROM "Revision" WHERE "id" = ${revision.id}`).rejects.toThrow(/immutable/);
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).message).toBe('original');
  });

  it('keeps the audit log append-only', async () => {
    const event = await db.auditEvent.create({ data: { action: 'test.event', ip: '127.0.0.1' } });
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { id: event.id } })).toBe(1);
  });
});
