// Transcripts at scale (issue 20), on a throw-away database; prints one JSON line, run by
// lib/cli/run-transcripts-bench.mjs.
//  1. Import of a 3-hour episode: 3,000 cues, about 30,000 words, as WebVTT, parsed and written
//     as the command line does (target < 2 s).
//  2. Search over 2,000 interviews × 1 hour (1,000 segments each: 2,000,000 segments), written
//     with set-based SQL: English words, a two-character Chinese word, within one interview
//     (target p95 < 200 ms).
//  3. Anchoring every quote of a 400-quote topic, as `npm run provenance -- --anchor` does:
//     find each quote in its interview's transcript, then write the anchors (target < 2 s).
import { getDb } from '@/lib/db';
import { proposeAnchors, writeAcceptedAnchors, type KnownTranscripts } from '@/lib/provenance/find-anchors';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { parseTranscript } from '@/lib/transcripts/parse/parse-transcript';
import { searchTranscripts } from '@/lib/transcripts/queries';
import { writeTranscript } from '@/lib/transcripts/write-transcript';
import { percentile, time } from './timing';

const INTERVIEWS = Number(process.env.BENCH_TRANSCRIPT_INTERVIEWS ?? 2_000);
const SEGMENTS = Number(process.env.BENCH_SEGMENTS_PER_INTERVIEW ?? 1_000);
const QUOTES = 400;

const ENGLISH = 'model data compute scaling reasoning training agents value progress deployment economy inference capability research algorithm benchmark product customer workflow latency pricing context memory evaluation frontier open weights capital revenue margin adoption enterprise safety policy the of and to in that we think really just people'.split(' ');
const CHINESE = '算力 模型 数据 推理 训练 价值 部署 经济 能力 研究 算法 产品 客户 成本 开源 资本 收入 安全'.split(' ');
const VOCABULARY = [...ENGLISH, ...CHINESE];

const db = getDb();
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const sentence = (words: number) => Array.from({ length: words }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(' ');

function threeHourVtt() {
  const lines = ['WEBVTT', ''];
  const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
  for (let i = 0; i < 3_000; i++) {
    const start = i * 3_600;
    lines.push(`${stamp(start)} --> ${stamp(start + 3_500)}`, `<v Speaker ${i % 3}>${sentence(10)}.`, '');
  }
  return lines.join('\n');
}

async function importBench() {
  const interview = await db.interview.create({ data: { show: 'Bench three hours', episodeTitle: 'A long episode' }, select: { id: true } });
  const source = threeHourVtt();
  const runs: { parseMs: number; totalMs: number; segments: number; words: number }[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const parsed = await parseTranscript(source, { fileName: 'episode.vtt' });
    const parseMs = performance.now() - started;
    const report = await writeTranscript(db, { interviewId: interview.id, parsed, importedById: null });
    runs.push({ parseMs: Math.round(parseMs), totalMs: Math.round(performance.now() - started), segments: report.segments, words: report.words });
  }
  return { bytes: source.length, runs };
}

/** 2,000 interviews with a 1-hour transcript each, in SQL; indexes built once at the end. */
async function generateCorpus() {
  const started = performance.now();
  await db.$executeRawUnsafe(`SELECT setseed(0.42)`);
  await db.$executeRawUnsafe(`DROP INDEX "TranscriptSegment_text_trgm"`);
  await db.$executeRawUnsafe(`DROP INDEX "TranscriptSegment_bigrams_idx"`);
  // The same text_bigrams the trigger calls, inline in the statement: no trigger call per row.
  await db.$executeRawUnsafe(`ALTER TABLE "TranscriptSegment" DISABLE TRIGGER transcript_segment_bigrams`);
  await db.$executeRaw`
    INSERT INTO "Interview" (id, show, "episodeTitle", "spokenLanguage", "updatedAt")
    SELECT 'bench-interview-' || i, 'Bench Show ' || (i % 97), 'Episode ' || i, 'en', now() FROM generate_series(1, ${INTERVIEWS}) AS i`;
  await db.$executeRaw`
    INSERT INTO "Transcript" (id, "interviewId", language, role, format, "segmentCount", "wordCount")
    SELECT 'bench-transcript-' || i, 'bench-interview-' || i, 'en', 'ORIGINAL', 'vtt', ${SEGMENTS}, ${SEGMENTS * 10} FROM generate_series(1, ${INTERVIEWS}) AS i`;
  // Ten words a segment from the vocabulary; one segment in 9,973 also says "plateauing".
  await db.$executeRaw`
    INSERT INTO "TranscriptSegment" (id, "transcriptId", position, "startMs", "endMs", "speakerLabel", text, bigrams)
    SELECT g.id, g.transcript, g.p, g.p * 3600, g.p * 3600 + 3500, 'Speaker ' || (g.p % 3), g.text, text_bigrams(g.text)
    FROM (
      SELECT 'bench-segment-' || t || '-' || p AS id, 'bench-transcript-' || t AS transcript, p,
             (SELECT string_agg((${VOCABULARY}::text[])[1 + floor(random() * ${VOCABULARY.length})::int], ' ') FROM generate_series(1, 10 + 0 * p))
               || CASE WHEN (t * ${SEGMENTS} + p) % 9973 = 0 THEN ' plateauing.' ELSE '.' END AS text
      FROM generate_series(1, ${INTERVIEWS}) AS t, generate_series(0, ${SEGMENTS - 1}) AS p
    ) AS g`;
  await db.$executeRawUnsafe(`ALTER TABLE "TranscriptSegment" ENABLE TRIGGER transcript_segment_bigrams`);
  const insertedMs = performance.now() - started;
  await db.$executeRawUnsafe(`CREATE INDEX "TranscriptSegment_text_trgm" ON "TranscriptSegment" USING GIN ("text" gin_trgm_ops)`);
  await db.$executeRawUnsafe(`CREATE INDEX "TranscriptSegment_bigrams_idx" ON "TranscriptSegment" USING GIN ("bigrams")`);
  await db.$executeRawUnsafe(`ANALYZE "TranscriptSegment"`);
  await db.$executeRawUnsafe(`ANALYZE "Transcript"`);
  await db.$executeRawUnsafe(`ANALYZE "Interview"`);
  return { insertMs: Math.round(insertedMs), totalMs: Math.round(performance.now() - started), segments: await db.transcriptSegment.count() };
}

async function searchBench() {
  const queries: Record<string, { query: string; interviewId?: string }> = {
    'English, common word, all transcripts': { query: 'Compute' },
    'English, two words, all transcripts': { query: 'reasoning latency' },
    'English, rare word, all transcripts': { query: 'plateauing' },
    'Chinese 2-character word, all transcripts': { query: '算力' },
    'Chinese + English, all transcripts': { query: '算力 frontier' },
    'English, within one interview': { query: 'capital revenue', interviewId: 'bench-interview-777' },
    'Chinese, within one interview': { query: '推理', interviewId: 'bench-interview-1234' },
    'absent word, all transcripts': { query: 'zyzzyva' },
  };
  const results: Record<string, { runs: number; p50Ms: number; p95Ms: number; maxMs: number; hits: number }> = {};
  for (const [name, { query, interviewId }] of Object.entries(queries)) {
    const hits = (await searchTranscripts(query, interviewId, db)).hits.length;
    results[name] = { ...(await time(20, () => searchTranscripts(query, interviewId, db))), hits };
  }
  const all = Object.values(results).map((r) => r.p95Ms);
  return { queries: results, worstP95Ms: Math.max(...all), p95OfP95Ms: percentile(all, 95) };
}

/** A topic of 20 camps × 20 quotes, each quote a segment's words from one of 20 interviews (some elided). */
async function anchoringBench() {
  const topic = await db.topic.create({ data: { slug: 'bench-400-quotes', titleZh: '四百条引语', titleEn: 'Four hundred quotes' }, select: { id: true } });
  const speaker = await db.speaker.create({ data: { slug: 'bench-speaker', name: 'Bench Speaker' }, select: { id: true } });
  const picks = await db.$queryRaw<{ text: string; interviewId: string }[]>`
    SELECT s.text, t."interviewId" FROM "TranscriptSegment" s JOIN "Transcript" t ON t.id = s."transcriptId"
    WHERE t.id IN (SELECT 'bench-transcript-' || (1 + i * 97) FROM generate_series(0, 19) AS i) AND s.position % 50 = 7
    ORDER BY t.id, s.position LIMIT ${QUOTES}`;
  for (let c = 0; c < 20; c++) {
    const camp = await db.camp.create({ data: { topicId: topic.id, position: c, label: String.fromCharCode(65 + (c % 26)), stance: `Stance ${c}` }, select: { id: true } });
    const slice = picks.slice(c * 20, c * 20 + 20);
    for (const [position, pick] of slice.entries()) {
      const words = pick.text.replace(/\.$/, '').split(' ');
      // Every third quote is shortened with an elision, every fifth has its punctuation changed.
      const text = position % 3 === 0 ? `${words.slice(0, 3).join(' ')} … ${words.slice(6).join(' ')}` : position % 5 === 0 ? `${words.join(', ')}!` : pick.text;
      const quote = await db.quote.create({ data: { originalText: text, originalLang: 'en', interviewId: pick.interviewId, speakers: { create: [{ speakerId: speaker.id, position: 0 }] } }, select: { id: true } });
      await db.block.create({ data: { campId: camp.id, position, kind: 'QUOTE', quoteId: quote.id } });
    }
  }
  const doc = (await loadDraftDocument(db, topic.id))!;
  const started = performance.now();
  const known: KnownTranscripts = new Map();
  const proposals = await proposeAnchors(db, doc, known);
  const foundMs = performance.now() - started;
  const unique = proposals.filter((p) => p.kind === 'unique');
  const written = await db.$transaction((tx) => writeAcceptedAnchors(tx, unique.map((p) => ({ quoteId: p.quoteId, ...p.candidates[0]! })), known), { timeout: 120_000 });
  return {
    quotes: proposals.length,
    unique: unique.length,
    ambiguous: proposals.filter((p) => p.kind === 'ambiguous').length,
    notFound: proposals.filter((p) => p.kind === 'none').length,
    anchored: written.anchored.length,
    findMs: Math.round(foundMs),
    totalMs: Math.round(performance.now() - started),
  };
}

try {
  const importing = await importBench();
  const corpus = await generateCorpus();
  const search = await searchBench();
  const anchoring = await anchoringBench();
  console.log(JSON.stringify({ importing, corpus, search, anchoring }));
} finally {
  await db.$disconnect();
}
