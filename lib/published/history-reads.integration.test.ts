import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { unpublishInTransaction } from '@/lib/publishing/withdraw-topic';
import type { ConfidenceLevel } from '@/lib/topics/document';
import { getPublishedConfidenceSteps, getPublishedHistory } from './topic-reads';

// The public history (issue 23) from the published record: every version, in order, across more
// than one batch of reads, with the confidence of each and what it changed; gone with the topic.

const db = getDb();
const commandLine = { userId: null, via: 'command-line' } as const;
// Twelve publishes: more than one batch of ten versions.
const LEVELS: ConfidenceLevel[] = ['MEDIUM', 'MEDIUM_LOW', 'MEDIUM', 'HIGH', 'HIGH', 'LOW', 'MEDIUM', 'MEDIUM_HIGH', 'MEDIUM_HIGH', 'MEDIUM', 'LOW', 'MEDIUM'];

describe('published history', () => {
  it('lists every published version with its changelog line, confidence and changes, and nothing once unpublished', async () => {
    const topic = await db.topic.create({ data: { slug: 'history-twelve', titleZh: '十二版', titleEn: 'Twelve versions' } });
    for (const [i, confidence] of LEVELS.entries()) {
      await db.editorView.upsert({ where: { topicId: topic.id }, create: { topicId: topic.id, judgment: '判断', confidence }, update: { confidence } });
      if (i === 4) await db.camp.create({ data: { topicId: topic.id, position: 0, label: 'A', stance: 'A camp from version 5' } });
      const { version } = await db.topic.findUniqueOrThrow({ where: { id: topic.id }, select: { version: true } });
      await publishTopic(db, { topicId: topic.id, expectedVersion: version, publisher: commandLine, changelogLine: `line ${i + 1}` });
    }
    // A draft change after the last publish is not in the history.
    await db.editorView.update({ where: { topicId: topic.id }, data: { confidence: 'HIGH' } });

    const history = await getPublishedHistory('history-twelve');
    expect(history?.versions.map((v) => [v.publishNumber, v.confidence, v.changelogLine])).toEqual(LEVELS.map((level, i) => [i + 1, level, `line ${i + 1}`]));
    expect(history!.versions[0]!.changes.first).toBe(true);
    expect(history!.versions[1]!.changes.confidence).toEqual({ from: 'MEDIUM', to: 'MEDIUM_LOW' });
    expect(history!.versions[4]!.changes).toMatchObject({ campsAdded: ['A'], confidence: null, wordingOnly: false });
    expect(history!.versions[8]!.changes).toMatchObject({ confidence: null, wordingOnly: true });
    expect((await getPublishedConfidenceSteps('history-twelve')).map((step) => [step.publishNumber, step.confidence])).toEqual(LEVELS.map((level, i) => [i + 1, level]));

    await db.$transaction((tx) => unpublishInTransaction(tx, topic.id, null));
    expect(await getPublishedHistory('history-twelve')).toBeNull();
    expect(await getPublishedConfidenceSteps('history-twelve')).toEqual([]);
  });

  it('knows nothing of a draft that was never published or an address that is not one', async () => {
    await db.topic.create({ data: { slug: 'history-draft-only', titleZh: '草稿', titleEn: 'Draft' } });
    expect(await getPublishedHistory('history-draft-only')).toBeNull();
    expect(await getPublishedHistory('No Such/Address')).toBeNull();
    expect(await getPublishedConfidenceSteps('history-draft-only')).toEqual([]);
  });
});
