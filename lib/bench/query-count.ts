// Prints, as JSON, how many SQL statements one render of a published topic issues, for the
// demo topic and a generated topic with 20 camps and 400 quotes (written once if missing).
import { getDb } from '@/lib/db';
import { createCountingClient } from '@/lib/db-query-counter';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { getPublishedTopic } from '@/lib/published/topic-reads';

export const LARGE_SLUG = 'bench-20-camps-400-quotes';
const DEMO_SLUG = 'open-weights-catch-up';

const db = getDb();
const counting = createCountingClient(process.env.DATABASE_URL!);
try {
  if (!(await db.topic.findUnique({ where: { slug: LARGE_SLUG }, select: { id: true } }))) {
    await writeLargeTopic(db, { slug: LARGE_SLUG, camps: 20, quotes: 400 });
  }
  const measure = async (slug: string) => {
    await getPublishedTopic(slug, counting.db); // warm the connection
    counting.reset();
    const page = await getPublishedTopic(slug, counting.db);
    if (!page) throw new Error(`${slug} is not published: run \`npm start\` once to write the demo content.`);
    const blocks = [...page.document.consensus, ...page.document.camps].flatMap((section) => section.blocks);
    return {
      slug,
      camps: page.document.camps.length,
      quotes: blocks.filter((block) => block.kind === 'quote').length,
      queries: counting.counter.queries,
    };
  };
  console.log(JSON.stringify({ demo: await measure(DEMO_SLUG), large: await measure(LARGE_SLUG) }));
} finally {
  await counting.close();
  await db.$disconnect();
}
