import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { getPublishedTopic } from '@/lib/published/topic-reads';
import { writeDemo } from '@/prisma/demo/write-demo';

vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: adminId, email: 'admin@topicdesk.local', name: 'Admin', role: 'ADMIN' }),
}));

const db = getDb();
let adminId = '';

beforeAll(async () => {
  await writeDemo(db);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: 'admin@topicdesk.local' }, select: { id: true } })).id;
});

describe('the trash', () => {
  it('takes a topic off the public site and brings it back, with both steps audited', async () => {
    const { moveToTrash, restoreFromTrash } = await import('./mutations');
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'inference-economics' }, select: { id: true } });
    expect(await getPublishedTopic('inference-economics', db)).not.toBeNull();
    expect(await moveToTrash('topic', topic.id)).toEqual({ kind: 'withdrawn', slugs: ['inference-economics'] });
    expect(await getPublishedTopic('inference-economics', db)).toBeNull();
    await expect(moveToTrash('topic', topic.id)).rejects.toThrow(/does not exist or was deleted/);
    await restoreFromTrash('topic', topic.id);
    expect(await getPublishedTopic('inference-economics', db)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { targetId: topic.id, action: { in: ['trash.move', 'trash.restore'] } } })).toBe(2);
  });

  it('deletes for good only what nothing refers to, and never a topic', async () => {
    const { moveToTrash, purgeFromTrash, restoreFromTrash } = await import('./mutations');
    const used = await db.speaker.findUniqueOrThrow({ where: { slug: 'mara-lindqvist' }, select: { id: true } });
    await moveToTrash('speaker', used.id);
    await expect(purgeFromTrash('speaker', used.id)).rejects.toThrow(/Still referred to/);
    expect(await db.speaker.count({ where: { id: used.id } })).toBe(1);

    const lonely = await db.speaker.create({ data: { slug: `lonely-${Date.now()}`, name: 'Lonely Speaker' }, select: { id: true } });
    await expect(purgeFromTrash('speaker', lonely.id)).rejects.toThrow(/Not in the trash/);
    await moveToTrash('speaker', lonely.id);
    await purgeFromTrash('speaker', lonely.id);
    expect(await db.speaker.count({ where: { id: lonely.id } })).toBe(0);

    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'open-weights-catch-up' }, select: { id: true } });
    await moveToTrash('topic', topic.id);
    await expect(purgeFromTrash('topic', topic.id)).rejects.toThrow(/cannot be deleted for good/);
    // Other test files share this database: leave the demo as it was.
    await restoreFromTrash('topic', topic.id);
    await restoreFromTrash('speaker', used.id);
  });
});
