// The library at scale: 5,000 speakers, 2,000 interviews and 200,000 quotes, half of them cited
// by 2,000 published topics, written with set-based SQL (lib/fixtures/scale-data.ts, shared
// with bench:scale). Then the speaker page and the quote library's filters are timed. Prints
// JSON; run by lib/cli/run-sources-bench.mjs on a throw-away database.
import { getDb } from '@/lib/db';
import { generateScaleData } from '@/lib/fixtures/scale-data';
import { readQuoteLibrary } from '@/lib/quotes/library-reads';
import { quoteFilterSchema } from '@/lib/quotes/schema';
import { getSpeakerPage } from '@/lib/published/source-reads';
import { time } from './timing';

const SPEAKERS = Number(process.env.BENCH_SPEAKERS ?? 5_000);
const INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 2_000);
const QUOTES = Number(process.env.BENCH_QUOTES ?? 200_000);
const TOPICS = Number(process.env.BENCH_TOPICS ?? 2_000);

const db = getDb();

try {
  const { generateMs } = await generateScaleData(db, {
    speakers: SPEAKERS,
    interviews: INTERVIEWS,
    quotes: QUOTES,
    topics: TOPICS,
    publishedTopics: TOPICS,
    revisions: TOPICS,
  });
  const counts = {
    speakers: await db.speaker.count(),
    interviews: await db.interview.count(),
    quotes: await db.quote.count(),
    publishedTopics: await db.topic.count({ where: { status: 'PUBLISHED' } }),
    appearances: await db.publishedAppearance.count(),
  };
  const speakerPage = await time(100, (i) => getSpeakerPage(`bench-speaker-${1 + ((i * 37) % SPEAKERS)}`, db));
  const filters: Record<string, Record<string, string>> = {
    'words (Chinese, 算力)': { q: '算力' },
    'words (English, any case)': { q: 'DATA is' },
    speaker: { speaker: 'Bench Speaker 4217' },
    interview: { interview: 'Bench Show 7' },
    topic: { topic: 'bench-topic-1234' },
    'language + no translation': { lang: 'en', translation: 'no' },
    used: { used: 'used' },
    unused: { used: 'unused' },
    'stale translation': { stale: '1' },
    'page 40 of everything': { page: '40' },
  };
  const quoteLibrary: Record<string, { runs: number; p50Ms: number; p95Ms: number; rows: number }> = {};
  for (const [name, raw] of Object.entries(filters)) {
    const filter = quoteFilterSchema.parse(raw);
    const rows = (await readQuoteLibrary(db, filter)).rows.length;
    quoteLibrary[name] = { ...(await time(20, () => readQuoteLibrary(db, filter))), rows };
  }
  console.log(JSON.stringify({ generateMs, counts, speakerPage, quoteLibrary }));
} finally {
  await db.$disconnect();
}
