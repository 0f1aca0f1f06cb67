// Publishes a topic's draft as the editor's publish button will (used until that screen exists).
// Run with: node --conditions=react-server --import tsx e2e/support/publish-draft.ts <slug>
import { getDb } from '@/lib/db';
import { publishTopic } from '@/lib/publishing/publish-topic';

const [slug] = process.argv.slice(2);
const db = getDb();
try {
  const topic = await db.topic.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
  await publishTopic(db, { topicId: topic.id, expectedVersion: topic.version, publisher: { userId: null, via: 'command-line' } });
} finally {
  await db.$disconnect();
}
