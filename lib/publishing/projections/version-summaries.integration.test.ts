import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { publishedReader, type PublishedReader } from '@/lib/published/reader';
import { getPublishedHistory } from '@/lib/published/topic-reads';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { unpublishInTransaction } from '@/lib/publishing/withdraw-topic';
import { backfillVersionSummaries } from './version-summaries';

// The public history's entry of each version is written once, when the version enters the
// published record, rebuilt for versions published before it was kept, and read without the
// documents; a version still without one is read from the documents, with the same result.

const db = getDb();
const commandLine = { userId: null, via: 'command-line' } as const;

async function publish(topicId: string, line: string) {
  const { version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
  return publishTopic(db, { topicId, expectedVersion: version, publisher: commandLine, changelogLine: line });
}

const summariesOf = async (topicId: string) =>
  (await db.publishedVersion.findMany({ where: { topicId }, orderBy: { publishNumber: 'asc' }, select: { publishNumber: true, summary: true } })).map((v) => [v.publishNumber, v.summary]);

/** A reader that notes what each read of PublishedVersion selected. */
function watchedReader(selected: string[][]): PublishedReader {
  const reader = publishedReader(db);
  const versions = reader.publishedVersion;
  return {
    ...reader,
    publishedVersion: new Proxy(versions, {
      get(target, key, receiver) {
        if (key !== 'findMany') return Reflect.get(target, key, receiver);
        return (args: { select?: Record<string, boolean> }) => {
          selected.push(Object.keys(args.select ?? {}));
          return target.findMany(args as never);
        };
      },
    }),
  };
}

describe('published version summaries', () => {
  it('are written at each publish and on a comeback, backfilled when missing, and read without documents', async () => {
    const topic = await db.topic.create({ data: { slug: 'summaries-three', titleZh: '三版摘要', titleEn: 'Three summaries' } });
    await db.editorView.create({ data: { topicId: topic.id, judgment: '判断', confidence: 'MEDIUM' } });
    await publish(topic.id, 'first');
    await db.camp.create({ data: { topicId: topic.id, position: 0, label: 'A', stance: 'Camp A' } });
    await db.editorView.update({ where: { topicId: topic.id }, data: { confidence: 'HIGH' } });
    await publish(topic.id, 'second');
    await publish(topic.id, 'third');

    const stored = await summariesOf(topic.id);
    expect(stored.map(([n, s]) => [n, s === null])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    const selected: string[][] = [];
    const history = await getPublishedHistory('summaries-three', watchedReader(selected));
    expect(history!.versions.map((v) => [v.publishNumber, v.changelogLine, v.confidence, v.changes.first, v.changes.campsAdded, v.changes.confidence, v.changes.wordingOnly])).toEqual([
      [1, 'first', 'MEDIUM', true, [], null, false],
      [2, 'second', 'HIGH', false, ['A'], { from: 'MEDIUM', to: 'HIGH' }, false],
      [3, 'third', 'HIGH', false, [], null, true],
    ]);
    // Summaries only: no document is read.
    expect(selected.flat()).not.toContain('document');

    // Mid-upgrade, a version without its summary is read from the documents: the same entries.
    await db.$executeRaw`UPDATE "PublishedVersion" SET summary = NULL WHERE "topicId" = ${topic.id} AND "publishNumber" = 2`;
    const fallbackSelects: string[][] = [];
    expect(await getPublishedHistory('summaries-three', watchedReader(fallbackSelects))).toEqual(history);
    expect(fallbackSelects.flat()).toContain('document');
    await db.$executeRaw`UPDATE "PublishedVersion" SET summary = NULL WHERE "topicId" = ${topic.id}`;
    expect(await getPublishedHistory('summaries-three')).toEqual(history);
    // A stored summary of another shape is not trusted either.
    await db.$executeRaw`UPDATE "PublishedVersion" SET summary = '{"changelogLine": 3}'::jsonb WHERE "topicId" = ${topic.id} AND "publishNumber" = 3`;
    expect(await getPublishedHistory('summaries-three')).toEqual(history);
    await db.$executeRaw`UPDATE "PublishedVersion" SET summary = NULL WHERE "topicId" = ${topic.id} AND "publishNumber" = 3`;

    // After migrating, the backfill writes them again, the same as at publish.
    expect(await backfillVersionSummaries(db)).toBeGreaterThanOrEqual(3);
    expect(await summariesOf(topic.id)).toEqual(stored);
    expect(await backfillVersionSummaries(db)).toBe(0);
    expect(await getPublishedHistory('summaries-three')).toEqual(history);

    // Taken down and published again: the versions copied back get their summaries too (v4 new).
    await db.$transaction((tx) => unpublishInTransaction(tx, topic.id, null));
    await publish(topic.id, 'fourth');
    const again = await summariesOf(topic.id);
    expect(again.slice(0, 3)).toEqual(stored);
    expect(again[3]![1]).toMatchObject({ changelogLine: 'fourth', confidence: 'HIGH', changes: { first: false, wordingOnly: true } });
  });
});
