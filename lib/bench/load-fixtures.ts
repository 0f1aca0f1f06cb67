// The load test's starting point: demo content (accounts, topics), and one topic per analyst
// with a consensus point, published once. Prints the topics as JSON.
import { getDb } from '@/lib/db';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { writeDemo } from '@/prisma/demo/write-demo';

const ANALYSTS = Number(process.env.LOAD_ANALYSTS ?? 5);
const db = getDb();
try {
  await writeDemo(db);
  const topics = [];
  for (let i = 0; i < ANALYSTS; i += 1) {
    const topic = await db.topic.create({ data: { slug: `load-${i}-${Date.now()}`, titleZh: `负载 ${i}`, titleEn: `Load ${i}` }, select: { id: true, slug: true } });
    await db.consensusPoint.create({ data: { topicId: topic.id, position: 0, statement: 'start' } });
    await publishTopic(db, { topicId: topic.id, expectedVersion: 1, publisher: { userId: null, via: 'command-line' } });
    const { version } = await db.topic.findUniqueOrThrow({ where: { id: topic.id }, select: { version: true } });
    topics.push({ ...topic, version, document: await loadDraftDocument(db, topic.id) });
  }
  console.log(JSON.stringify({ topics }));
} finally {
  await db.$disconnect();
}
