import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getSpeakerPage } from '@/lib/published/source-reads';
import { listPublishedSpeakers } from '@/lib/published/speaker-list-reads';
import { getPublishedHistory } from '@/lib/published/topic-reads';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { restoreTopicInTransaction, trashTopicInTransaction, unpublishInTransaction } from '@/lib/publishing/withdraw-topic';
import { backfillSpeakerPositions } from './speaker-positions';

// Speakers who move (issue 23, part 3) through the one publishing path: where each speaker stood
// in each published version is kept across publishes, read back by the topic history, the speaker
// page and /speakers, rebuilt for versions published before it was kept, and gone with a takedown.

const db = getDb();
const commandLine = { userId: null, via: 'command-line' } as const;

async function publish(topicId: string, line: string) {
  const { version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
  return publishTopic(db, { topicId, expectedVersion: version, publisher: commandLine, changelogLine: line });
}

const positionsOf = async (topicId: string) =>
  (
    await db.publishedSpeakerPosition.findMany({
      where: { topicId },
      orderBy: [{ publishNumber: 'asc' }, { speakerName: 'asc' }, { place: 'asc' }],
      select: { publishNumber: true, speakerName: true, place: true, campLabel: true },
    })
  ).map((p) => `${p.publishNumber} ${p.speakerName} ${p.campLabel ?? p.place}`);

describe('speaker positions per published version', () => {
  it('keeps who stood where in v1, v2 and v3, says who moved, rebuilds what is missing, and goes with a takedown', async () => {
    const mover = await db.speaker.create({ data: { slug: 'positions-mover', name: 'Mover Person', aliases: ['挪动者'] } });
    const quoted = await db.speaker.create({ data: { slug: 'positions-quoted', name: 'Quoted Person' } });
    const topic = await db.topic.create({ data: { slug: 'positions-three', titleZh: '三版', titleEn: 'Three versions' } });
    const campA = await db.camp.create({ data: { topicId: topic.id, position: 0, label: 'A', stance: 'Camp A' } });
    const campB = await db.camp.create({ data: { topicId: topic.id, position: 1, label: 'B', stance: 'Camp B' } });
    const point = await db.consensusPoint.create({ data: { topicId: topic.id, position: 0, statement: '一条共识' } });
    const quote = await db.quote.create({ data: { originalText: 'A consensus quote.', originalLang: 'en', speakers: { create: { speakerId: quoted.id, position: 0 } } } });
    const quoteBlock = await db.block.create({ data: { consensusPointId: point.id, position: 0, kind: 'QUOTE', quoteId: quote.id } });
    await db.campMember.create({ data: { campId: campA.id, speakerId: mover.id, position: 0 } });

    await publish(topic.id, 'v1');
    // v2: the quoted speaker's quote is taken out; the mover stays in camp A.
    await db.block.delete({ where: { id: quoteBlock.id } });
    await publish(topic.id, 'v2');
    // v3: the mover moves from camp A to camp B.
    await db.campMember.delete({ where: { campId_speakerId: { campId: campA.id, speakerId: mover.id } } });
    await db.campMember.create({ data: { campId: campB.id, speakerId: mover.id, position: 0 } });
    await publish(topic.id, 'v3');
    // A draft change after the last publish shows nowhere.
    await db.campMember.delete({ where: { campId_speakerId: { campId: campB.id, speakerId: mover.id } } });

    const expected = ['1 Mover Person A', '1 Quoted Person consensus', '2 Mover Person A', '3 Mover Person B'];
    expect(await positionsOf(topic.id)).toEqual(expected);

    const history = await getPublishedHistory('positions-three');
    const moves = history!.versions.map((v) => v.speakerChanges.map((c) => [c.kind, c.speakerName, c.speakerSlug, c.from.map((p) => p.label ?? p.place), c.to.map((p) => p.label ?? p.place)]));
    expect(moves).toEqual([[], [['left', 'Quoted Person', 'positions-quoted', ['consensus'], []]], [['moved', 'Mover Person', 'positions-mover', ['A'], ['B']]]]);

    const page = await getSpeakerPage('positions-mover');
    expect(page && 'speaker' in page).toBe(true);
    const positions = page && 'positions' in page ? page.positions : [];
    expect(positions.map((t) => [t.slug, t.steps.map((s) => [s.publishNumber, s.change.kind, s.change.from.map((p) => p.label), s.change.to.map((p) => p.label)])])).toEqual([
      ['positions-three', [[1, 'joined', [], ['A']], [3, 'moved', ['A'], ['B']]]],
    ]);
    // Off the current page but cited by version 1: a page with their positions, and nothing in the ledger.
    const quotedPage = await getSpeakerPage('positions-quoted');
    expect(quotedPage && 'topics' in quotedPage ? quotedPage.topics : null).toEqual([]);
    expect(quotedPage && 'positions' in quotedPage ? quotedPage.positions.map((t) => t.steps.map((s) => [s.publishNumber, s.change.kind])) : null).toEqual([
      [
        [1, 'joined'],
        [2, 'left'],
      ],
    ]);
    const leaver = await listPublishedSpeakers({ query: 'quoted person', changedWithinDays: 7, page: 1 });
    expect(leaver.speakers).toEqual([{ slug: 'positions-quoted', name: 'Quoted Person', aliases: [], topicCount: 0, campCount: 0 }]);

    // /speakers: counts of the current version, search on name and alias, and the recent-change filter.
    const listed = await listPublishedSpeakers({ query: '挪动', changedWithinDays: null, page: 1 });
    expect(listed.speakers).toEqual([{ slug: 'positions-mover', name: 'Mover Person', aliases: ['挪动者'], topicCount: 1, campCount: 1 }]);
    expect((await listPublishedSpeakers({ query: 'MOVER', changedWithinDays: 7, page: 1 })).speakers.map((s) => s.slug)).toEqual(['positions-mover']);
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000);
    expect((await listPublishedSpeakers({ query: 'mover person', changedWithinDays: 7, page: 1 }, undefined, inTwoWeeks)).speakers).toEqual([]);

    // Versions published before positions were kept are indexed after migrating, with the same rows.
    await db.publishedSpeakerPosition.deleteMany({ where: { topicId: topic.id } });
    await db.publishedVersion.updateMany({ where: { topicId: topic.id }, data: { positionsIndexed: false } });
    expect(await backfillSpeakerPositions(db)).toBeGreaterThanOrEqual(3);
    expect(await positionsOf(topic.id)).toEqual(expected);
    expect(await backfillSpeakerPositions(db)).toBe(0);

    await db.$transaction((tx) => unpublishInTransaction(tx, topic.id, null));
    expect(await positionsOf(topic.id)).toEqual([]);
    expect(await getSpeakerPage('positions-mover')).toBeNull();
    expect((await listPublishedSpeakers({ query: 'mover', changedWithinDays: null, page: 1 })).speakers).toEqual([]);

    // Published again, every earlier version comes back with its positions (v4: the draft as it is, the mover nowhere).
    await publish(topic.id, 'v4');
    expect(await positionsOf(topic.id)).toEqual(expected);
    expect((await getPublishedHistory('positions-three'))!.versions[3]!.speakerChanges.map((c) => [c.kind, c.speakerName])).toEqual([['left', 'Mover Person']]);

    // The trash takes them away and a restore brings them back.
    await db.$transaction((tx) => trashTopicInTransaction(tx, topic.id, null));
    expect(await positionsOf(topic.id)).toEqual([]);
    await db.$transaction((tx) => restoreTopicInTransaction(tx, topic.id, null));
    expect(await positionsOf(topic.id)).toEqual(expected);
  });
});
