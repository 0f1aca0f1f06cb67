// The site of issue 9 (10,000 topics, 200,000 quotes, 5,000 speakers, 2,000 interviews; see
// lib/fixtures/scale-data.ts) written for `npm run bench:search`, which then measures search
// through a production server. BENCH_TOPICS and the other sizes shrink it. Prints JSON.
import { getDb } from '@/lib/db';
import { generateScaleData, type ScaleSizes } from '@/lib/fixtures/scale-data';

const sizes: ScaleSizes = {
  speakers: Number(process.env.BENCH_SPEAKERS ?? 5_000),
  interviews: Number(process.env.BENCH_INTERVIEWS ?? 2_000),
  quotes: Number(process.env.BENCH_QUOTES ?? 200_000),
  topics: Number(process.env.BENCH_TOPICS ?? 10_000),
  publishedTopics: Number(process.env.BENCH_PUBLISHED ?? 9_000),
  revisions: Number(process.env.BENCH_REVISIONS ?? 100_000),
};

const db = getDb();
try {
  const data = await generateScaleData(db, sizes);
  const searchEntries = await db.searchEntry.count();
  console.log(JSON.stringify({ sizes, generateMs: data.generateMs, searchEntries }));
} finally {
  await db.$disconnect();
}
