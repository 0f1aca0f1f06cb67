import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createCountingClient } from '@/lib/db-query-counter';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { trashTopicInTransaction } from '@/lib/publishing/withdraw-topic';
import { writeDemo } from '@/prisma/demo/write-demo';
import { getPublishedTopic, listPublishedTopicPage } from './topic-reads';

const listPublishedTopics = async () => (await listPublishedTopicPage(1)).topics;
const commandLine = { userId: null, via: 'command-line' } as const;

const db = getDb();

beforeAll(async () => {
  await writeDemo(db);
});

describe('reader queries', () => {
  it('list published topics with counts computed from their sources and camps', async () => {
    const topics = await listPublishedTopics();
    const demo = topics.find((topic) => topic.slug === 'open-weights-catch-up');
    expect(demo).toMatchObject({ titleZh: '开源模型追上来了吗', titleEn: 'Open-Weights Catch-Up', interviewCount: 5, campCount: 3 });
    expect(demo?.updatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('return null for unknown, draft-only and deleted topics', async () => {
    expect(await getPublishedTopic('no-such-topic')).toBeNull();
    await db.topic.create({ data: { slug: 'draft-only', titleZh: '草稿', titleEn: 'Draft only' } });
    expect(await getPublishedTopic('draft-only')).toBeNull();
    expect((await listPublishedTopics()).map((topic) => topic.slug)).not.toContain('draft-only');

    const deleted = await db.topic.create({ data: { slug: 'deleted-later', titleZh: '删', titleEn: 'Deleted later' } });
    await publishTopic(db, { topicId: deleted.id, expectedVersion: 1, publisher: commandLine });
    expect(await getPublishedTopic('deleted-later')).not.toBeNull();
    await db.$transaction((tx) => trashTopicInTransaction(tx, deleted.id, null));
    expect(await getPublishedTopic('deleted-later')).toBeNull();
  });

  it('never show the working draft until it is published', async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'inference-economics' }, select: { id: true, version: true } });
    await db.topic.update({ where: { id: topic.id }, data: { titleZh: '推理成本(草稿改名)' } });
    await db.camp.create({ data: { topicId: topic.id, position: 9, label: 'Z', stance: 'A draft camp' } });

    const before = await getPublishedTopic('inference-economics');
    expect(before?.document.titleZh).toBe('推理成本');
    expect(before?.document.camps.map((camp) => camp.label)).toEqual(['A']);
    expect((await listPublishedTopics()).find((t) => t.slug === 'inference-economics')?.titleZh).toBe('推理成本');

    await publishTopic(db, { topicId: topic.id, expectedVersion: topic.version, publisher: commandLine });
    const after = await getPublishedTopic('inference-economics');
    expect(after?.document.titleZh).toBe('推理成本(草稿改名)');
    expect(after?.document.camps.map((camp) => camp.label)).toEqual(['A', 'Z']);
    expect(after?.publishNumber).toBe(2);
  });
});

describe('query count of one topic render', () => {
  const counting = createCountingClient(process.env.DATABASE_URL!);
  afterAll(() => counting.close());

  it('does not grow with the size of the topic (demo vs 20 camps and 400 quotes)', async () => {
    await writeLargeTopic(db, { slug: 'generated-large', camps: 20, quotes: 400 });

    counting.reset();
    const small = await getPublishedTopic('open-weights-catch-up', counting.db);
    const smallQueries = counting.counter.queries;

    counting.reset();
    const large = await getPublishedTopic('generated-large', counting.db);
    const largeQueries = counting.counter.queries;

    expect(small?.document.camps).toHaveLength(3);
    expect(large?.document.camps).toHaveLength(20);
    const quoteCount = large!.document.camps.flatMap((camp) => camp.blocks).filter((b) => b.kind === 'quote').length;
    expect(quoteCount).toBe(400);
    expect(smallQueries).toBeGreaterThan(0);
    expect(largeQueries).toBe(smallQueries);
    expect(largeQueries).toBeLessThanOrEqual(2);
  });
});
