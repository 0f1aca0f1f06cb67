import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { publishTopic } from '@/lib/publishing/publish-topic';

const db = getDb();

async function newTopic(slug: string) {
  return db.topic.create({ data: { slug, titleZh: '测试', titleEn: 'Test' }, select: { id: true } });
}

describe('history is immutable in the database itself', () => {
  it('refuses to update or delete a revision, even with raw SQL', async () => {
    const { id } = await newTopic('immutable-history');
    await publishTopic(db, { topicId: id, publisher: { userId: null, via: 'command-line' } });
    const revision = await db.revision.findFirstOrThrow({ where: { topicId: id }, select: { id: true, message: true } });
    await expect(db.$executeRaw`UPDATE "Revision" SET "message" = 'rewritten' WHERE "id" = ${revision.id}`).rejects.toThrow(
      /immutable/,
    );
    await expect(db.$executeRaw`DELETE FROM "Revision" WHERE "id" = ${revision.id}`).rejects.toThrow(/immutable/);
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).message).toBe(revision.message);
  });

  it('keeps the audit log append-only', async () => {
    const event = await db.auditEvent.create({ data: { action: 'test.event', ip: '127.0.0.1' } });
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { id: event.id } })).toBe(1);
  });
});
