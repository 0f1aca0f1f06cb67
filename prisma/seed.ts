// `npm run db:seed`: writes the demo topics and one account per role. Idempotent.
// `npm start` runs it by itself only on the embedded database; on a real server it runs
// only when asked explicitly.
import { getDb } from '@/lib/db';
import { writeDemo } from './demo/write-demo';

const db = getDb();
try {
  const report = await writeDemo(db);
  const topics = report.createdTopics.length ? `created ${report.createdTopics.join(', ')}` : 'already present';
  console.log(`Demo topics: ${topics}.`);
  if (report.createdAccounts.length) console.log(`Demo accounts created: ${report.createdAccounts.join(', ')}.`);
} finally {
  await db.$disconnect();
}
