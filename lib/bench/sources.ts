// The library at scale: 5,000 speakers, 2,000 interviews and 200,000 quotes, half of them cited
// by 2,000 published topics, written with set-based SQL. Then the speaker page and the quote
// library's filters are timed. Prints JSON; run by lib/cli/run-sources-bench.mjs on a
// throw-away database.
import { getDb } from '@/lib/db';
import { readQuoteLibrary } from '@/lib/quotes/library-reads';
import { quoteFilterSchema } from '@/lib/quotes/schema';
import { getSpeakerPage } from '@/lib/sources/reader-queries';

const SPEAKERS = Number(process.env.BENCH_SPEAKERS ?? 5_000);
const INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 2_000);
const QUOTES = Number(process.env.BENCH_QUOTES ?? 200_000);
const TOPICS = Number(process.env.BENCH_TOPICS ?? 2_000);
const BLOCKS_PER_TOPIC = Math.floor(QUOTES / 2 / TOPICS);

const db = getDb();
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};
async function time(runs: number, work: (i: number) => Promise<unknown>) {
  await work(0);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work(i + 1);
    times.push(performance.now() - started);
  }
  return { runs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

async function generate() {
  const started = performance.now();
  const run = (sql: string) => db.$executeRawUnsafe(sql);
  await run(`INSERT INTO "Speaker" (id, slug, name, aliases, "updatedAt")
    SELECT 'bs-' || g, 'bench-speaker-' || g, 'Bench Speaker ' || g, ARRAY['BS ' || g], now() FROM generate_series(1, ${SPEAKERS}) g`);
  await run(`INSERT INTO "SpeakerAffiliation" (id, "speakerId", organisation, position, "endedOn")
    SELECT 'ba-' || g, 'bs-' || g, 'Lab ' || (g % 97), 0, CASE WHEN g % 4 = 0 THEN date '2025-01-01' END FROM generate_series(1, ${SPEAKERS}) g`);
  await run(`INSERT INTO "Interview" (id, show, "episodeTitle", "episodeNumber", "publishedOn", "updatedAt")
    SELECT 'bi-' || g, 'Bench Show ' || (g % 50), 'Episode ' || g, g::text, date '2024-01-01' + (g % 700), now() FROM generate_series(1, ${INTERVIEWS}) g`);
  await run(`INSERT INTO "Quote" (id, "originalText", "originalLang", "translationText", "translationLang", "translationUpdatedAt", "originalUpdatedAt", "interviewId", "updatedAt")
    SELECT 'bq-' || g,
      'Quote ' || g || ': ' || (ARRAY['compute keeps scaling','data is the wall','taste matters more','algorithms compound','inference gets cheaper'])[1 + g % 5],
      'en',
      CASE WHEN g % 10 = 0 THEN NULL ELSE '引语 ' || g || ':' || (ARRAY['算力还在扩张','数据是那堵墙','审美更重要','算法会复利','推理越来越便宜'])[1 + g % 5] END,
      'zh',
      now() - CASE WHEN g % 50 = 3 THEN interval '2 days' ELSE interval '0' END,
      now() - interval '1 day',
      'bi-' || (1 + g % ${INTERVIEWS}),
      now() - (g || ' seconds')::interval
    FROM generate_series(1, ${QUOTES}) g`);
  await run(`INSERT INTO "QuoteSpeaker" ("quoteId", "speakerId", position)
    SELECT 'bq-' || g, 'bs-' || (1 + g % ${SPEAKERS}), 0 FROM generate_series(1, ${QUOTES}) g
    UNION ALL
    SELECT 'bq-' || g, 'bs-' || (1 + (g + 1) % ${SPEAKERS}), 1 FROM generate_series(1, ${QUOTES}) g WHERE g % 5 = 0`);
  await run(`INSERT INTO "Topic" (id, slug, "titleZh", "titleEn", status, "updatedAt", "publishedAt")
    SELECT 'bt-' || t, 'bench-topic-' || t, '基准主题 ' || t, 'Bench topic ' || t, 'PUBLISHED', now(), now() - (t || ' minutes')::interval FROM generate_series(1, ${TOPICS}) t`);
  await run(`INSERT INTO "Revision" (id, "topicId", number, "publishNumber", document)
    SELECT 'br-' || t, 'bt-' || t, 1, 1, '{}'::jsonb FROM generate_series(1, ${TOPICS}) t`);
  await run(`UPDATE "Topic" SET "publishedRevisionId" = 'br-' || substr(id, 4) WHERE id LIKE 'bt-%'`);
  await run(`INSERT INTO "Camp" (id, "topicId", position, label, stance)
    SELECT 'bc-' || t || '-' || c, 'bt-' || t, c, chr(64 + c), 'Stance ' || c || ' of topic ' || t FROM generate_series(1, ${TOPICS}) t, generate_series(1, 2) c`);
  // Topic t cites quotes (t-1)*n+1 … t*n: the first half of the library is used, the rest unused.
  await run(`INSERT INTO "Block" (id, "campId", position, kind, "quoteId")
    SELECT 'bb-' || t || '-' || k, 'bc-' || t || '-' || (1 + k % 2), k, 'QUOTE', 'bq-' || ((t - 1) * ${BLOCKS_PER_TOPIC} + k)
    FROM generate_series(1, ${TOPICS}) t, generate_series(1, ${BLOCKS_PER_TOPIC}) k`);
  await run(`INSERT INTO "PublishedAppearance" (id, "topicId", kind, "speakerId", "interviewId", "quoteId", "blockId", "campId", "campLabel", "campStance", content, "publishedAt", position)
    SELECT 'bp-' || b.id || '-' || qs."speakerId", c."topicId", 'QUOTE', qs."speakerId", q."interviewId", q.id, b.id, c.id, c.label, c.stance,
      jsonb_build_object('id', q.id, 'original', jsonb_build_object('text', q."originalText", 'lang', 'en'),
        'translation', CASE WHEN q."translationText" IS NULL THEN NULL ELSE jsonb_build_object('text', q."translationText", 'lang', 'zh') END,
        'speakers', '[]'::jsonb, 'interview', NULL),
      t."publishedAt", b.position
    FROM "Block" b JOIN "Camp" c ON c.id = b."campId" JOIN "Topic" t ON t.id = c."topicId" JOIN "Quote" q ON q.id = b."quoteId" JOIN "QuoteSpeaker" qs ON qs."quoteId" = q.id
    WHERE b.id LIKE 'bb-%'`);
  // The generator wrote blocks with a trigger counting them; checked here against a recount.
  const [{ wrong }] = await db.$queryRawUnsafe<[{ wrong: bigint }]>(`SELECT count(*) AS wrong FROM "Quote" q WHERE "useCount" <> (SELECT count(*) FROM "Block" b WHERE b."quoteId" = q.id)`);
  if (Number(wrong) > 0) throw new Error(`${wrong} quotes have a wrong use count`);
  await run('ANALYZE');
  return Math.round(performance.now() - started);
}

try {
  const generateMs = await generate();
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
