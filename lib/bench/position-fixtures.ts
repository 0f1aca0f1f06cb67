import 'server-only';
import type { Database } from '@/lib/db';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { CONFIDENCE_LEVELS } from '@/lib/topics/document';

// The two sizes of issue 23, part 3, written through the one publishing path (so every version
// and its speakers' positions are what a real publish writes): a topic with 500 published
// versions whose speakers keep moving between camps, and one speaker in 200 topics who moved in
// each of them.

const publisher = { userId: null, via: 'command-line' } as const;

async function publishAgain(db: Database, topicId: string, line: string) {
  const { version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
  await publishTopic(db, { topicId, expectedVersion: version, publisher, changelogLine: line });
}

/** A 4-camp, 40-quote topic published `versions` times; at each publish a speaker changes camp and the confidence moves. */
export async function writeLongHistoryTopic(db: Database, slug: string, versions: number) {
  const { topicId } = await writeLargeTopic(db, { slug, camps: 4, quotes: 40, speakers: 12, interviews: 6 });
  const camps = await db.camp.findMany({ where: { topicId }, orderBy: { position: 'asc' }, select: { id: true } });
  const members = await db.campMember.findMany({ where: { campId: camps[0]!.id }, select: { speakerId: true } });
  const mover = members[0]!.speakerId;
  let at = 0;
  for (let n = 2; n <= versions; n += 1) {
    // The mover goes round the camps; camp 0 keeps its other members.
    const next = (at + 1) % camps.length;
    await db.campMember.deleteMany({ where: { campId: camps[at]!.id, speakerId: mover } });
    await db.campMember.upsert({ where: { campId_speakerId: { campId: camps[next]!.id, speakerId: mover } }, create: { campId: camps[next]!.id, speakerId: mover, position: 9 }, update: {} });
    at = next;
    await db.editorView.update({ where: { topicId }, data: { confidence: CONFIDENCE_LEVELS[n % CONFIDENCE_LEVELS.length] } });
    await publishAgain(db, topicId, `Version ${n}`);
  }
  return topicId;
}

/** One speaker, member of camp A in `topics` topics, who moves to camp B in version 2 of each. */
export async function writeWidelyCitedSpeaker(db: Database, slug: string, topics: number) {
  const speaker = await db.speaker.create({ data: { slug, name: `Widely Cited ${slug}` }, select: { id: true } });
  for (let t = 1; t <= topics; t += 1) {
    const topic = await db.topic.create({ data: { slug: `${slug}-topic-${t}`, titleZh: `主题 ${t}`, titleEn: `Topic ${t}` }, select: { id: true } });
    const [a, b] = await Promise.all(
      ['A', 'B'].map((label, position) => db.camp.create({ data: { topicId: topic.id, position, label, stance: `Camp ${label} of topic ${t}` }, select: { id: true } })),
    );
    await db.campMember.create({ data: { campId: a!.id, speakerId: speaker.id, position: 0 } });
    await publishAgain(db, topic.id, 'Version 1');
    await db.campMember.delete({ where: { campId_speakerId: { campId: a!.id, speakerId: speaker.id } } });
    await db.campMember.create({ data: { campId: b!.id, speakerId: speaker.id, position: 0 } });
    await publishAgain(db, topic.id, 'Version 2');
  }
  return speaker.id;
}
