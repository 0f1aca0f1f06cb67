import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';

const db = getDb();

describe('constraints the database enforces by itself', () => {
  it('stores emails lower-cased, which makes them unique regardless of case', async () => {
    await expect(db.user.create({ data: { email: 'Mixed@Example.com', name: 'x', passwordHash: 'h' } })).rejects.toThrow();
    await db.user.create({ data: { email: 'casefold@example.com', name: 'x', passwordHash: 'h' } });
    await expect(db.user.create({ data: { email: 'casefold@example.com', name: 'y', passwordHash: 'h' } })).rejects.toThrow();
  });

  it('puts a block in exactly one consensus point or camp, and a quote block needs its quote', async () => {
    const topic = await db.topic.create({ data: { slug: 'constraint-blocks', titleZh: '约束', titleEn: 'Constraints' } });
    const camp = await db.camp.create({ data: { topicId: topic.id, position: 0, label: 'A', stance: 's' } });
    const point = await db.consensusPoint.create({ data: { topicId: topic.id, position: 0, statement: 's' } });
    await expect(
      db.block.create({ data: { campId: camp.id, consensusPointId: point.id, position: 0, kind: 'PARAGRAPH', text: 'x' } }),
    ).rejects.toThrow();
    await expect(db.block.create({ data: { position: 0, kind: 'PARAGRAPH', text: 'orphan' } })).rejects.toThrow();
    await expect(db.block.create({ data: { campId: camp.id, position: 0, kind: 'QUOTE' } })).rejects.toThrow();
    await db.block.create({ data: { campId: camp.id, position: 0, kind: 'PARAGRAPH', text: 'fine' } });
  });

  it('keeps a quote with neither original nor translation as a draft: publishing refuses it, not the table (issue 28)', async () => {
    await expect(db.quote.create({ data: {} })).resolves.toMatchObject({ originalText: null, translationText: null });
  });
});
