// Demo content plus the two generated topics the browser half of the editor benchmark opens.
// Prints their ids as JSON.
import { getDb } from '@/lib/db';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { writeDemo } from '@/prisma/demo/write-demo';

const db = getDb();
try {
  await writeDemo(db);
  const large = await writeLargeTopic(db, { slug: 'bench-400-quotes', camps: 20, quotes: 400 });
  const huge = await writeLargeTopic(db, { slug: 'bench-2000-blocks', camps: 50, quotes: 1_000 });
  console.log(JSON.stringify({ large: large.topicId, huge: huge.topicId }));
} finally {
  await db.$disconnect();
}
