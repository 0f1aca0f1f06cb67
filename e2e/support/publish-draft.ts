// Publishes a topic's draft as the editor's publish button will (used until that screen exists).
// Run with: node --conditions=react-server --import tsx e2e/support/publish-draft.ts <slug>
import { getDb } from '@/lib/db';
import { publishDraft } from '@/lib/revisions/publish';

const [slug] = process.argv.slice(2);
const db = getDb();
try {
  const topic = await db.topic.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
  await publishDraft(db, { topicId: topic.id, expectedVersion: topic.version, authorId: null, message: 'e2e publish' });
} finally {
  await db.$disconnect();
}
