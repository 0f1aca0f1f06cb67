// The whole site at the size of issue 9 (10,000 topics, 100,000 revisions, 200,000 quotes,
// 5,000 speakers, 2,000 interviews; lib/fixtures/scale-data.ts), then the server time of what
// each page and editor action runs, by calling the same data functions the pages call. Prints
// JSON; run by lib/cli/run-scale-bench.mjs on a throw-away database.
import { getDb } from '@/lib/db';
import { computeChanges } from '@/lib/drafts/changeset';
import { applyEdit } from '@/lib/drafts/draft-edits';
import { applySave } from '@/lib/drafts/apply-save';
import { readEditorState } from '@/lib/drafts/editor-reads';
import { generateScaleData, RARE_WORD, RARE_WORD_ZH, type ScaleSizes } from '@/lib/fixtures/scale-data';
import { diffDocuments } from '@/lib/revisions/document-diff';
import { readRevisionPair, readTopicHistory } from '@/lib/revisions/history-reads';
import { searchSite } from '@/lib/published/search-reads';
import { getInterviewPage, getSpeakerPage } from '@/lib/published/source-reads';
import { cachedPublishedTopic } from '@/lib/published/cached-reads';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { getPublishedTopic, listPublishedSlugs, listPublishedTopicPage } from '@/lib/published/topic-reads';
import { topicJsonLd } from '@/lib/topics/structured-data';
import { backfillSpeakerPositions } from '@/lib/publishing/projections/speaker-positions';
import { backfillVersionSummaries } from '@/lib/publishing/projections/version-summaries';
import { getPublishedHistory } from '@/lib/published/topic-reads';
import { listPublishedSpeakers } from '@/lib/published/speaker-list-reads';
import { writeLongHistoryTopic, writeWidelyCitedSpeaker } from './position-fixtures';
import { time, type Timing } from './timing';

const sizes: ScaleSizes = {
  speakers: Number(process.env.BENCH_SPEAKERS ?? 5_000),
  interviews: Number(process.env.BENCH_INTERVIEWS ?? 2_000),
  quotes: Number(process.env.BENCH_QUOTES ?? 200_000),
  topics: Number(process.env.BENCH_TOPICS ?? 10_000),
  publishedTopics: Number(process.env.BENCH_PUBLISHED ?? 9_000),
  revisions: Number(process.env.BENCH_REVISIONS ?? 100_000),
};
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
/** `BENCH_SCALE_FOCUS=positions`: only the measurements of issue 23, part 3, on an otherwise empty site (minutes less). */
const FOCUS = process.env.BENCH_SCALE_FOCUS === 'positions';
const HISTORY_VERSIONS = Number(process.env.BENCH_HISTORY_VERSIONS ?? 500);
const SPEAKER_TOPICS = Number(process.env.BENCH_SPEAKER_TOPICS ?? 200);
export const TARGET_MS = { reader: 100, editor: 250 } as const;

type Measurement = Timing & { name: string; group: keyof typeof TARGET_MS; targetMs: number; met: boolean; note?: string };

const db = getDb();
const measurements: Measurement[] = [];
async function measure(group: keyof typeof TARGET_MS, name: string, runs: number, work: (i: number) => Promise<unknown>, note?: string) {
  const timing = await time(runs, work);
  const targetMs = TARGET_MS[group];
  measurements.push({ name, group, ...timing, targetMs, met: timing.p95Ms < targetMs, ...(note ? { note } : {}) });
  console.error(`${name}: p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms`);
}

/** Published topics spread over the whole range (hot ones included), the same on every run. */
const publishedTopic = (i: number) => 1 + ((i * 7_919) % sizes.publishedTopics);
const anyTopic = (i: number) => 1 + ((i * 7_919) % sizes.topics);

/** What the public topic page computes from the row besides rendering: the page's JSON-LD. */
const firstPublishedOn = (doc: TopicDocument) => (doc.changelog.find((entry) => entry.publishNumber === 1) ?? doc.changelog.at(-1))?.date ?? null;
async function topicPage(slug: string) {
  const topic = await getPublishedTopic(slug, db);
  if (!topic) throw new Error(`${slug} is not published`);
  topicJsonLd(topic.document, { url: `http://localhost:3000/topics/${slug}`, updatedOn: topic.updatedOn, firstPublishedOn: firstPublishedOn(topic.document), siteUrl: 'http://localhost:3000' });
  return topic;
}

/** One paragraph of camp A reworded, as the editor's autosave sends it. */
let saves = 0;
async function saveParagraph(t: number) {
  saves += 1;
  const topicId = `bt-${t}`;
  const base = (await loadDraftDocument(db, topicId))!;
  const { version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
  const list = `blocks:bc-${t}-1` as const;
  const next = applyEdit(base, { type: 'update', list, id: `bbt-${t}-1`, patch: { text: `Reworded context, save ${saves}: 算力。` } });
  const changes = computeChanges(base, next);
  const started = performance.now();
  const result = await applySave(db, 'bu-1', { topicId, baseVersion: version, changes, reason: 'autosave' });
  const ms = performance.now() - started;
  if (result.status !== 'saved' || result.revision === null) throw new Error(`save of ${topicId} was ${result.status}`);
  return ms;
}

async function measureSaves(name: string, runs: number, topicOf: (i: number) => number) {
  await saveParagraph(topicOf(0)); // warm up
  const times: number[] = [];
  for (let i = 1; i <= runs; i += 1) times.push(await saveParagraph(topicOf(i)));
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
  measurements.push({ name, group: 'editor', runs, p50Ms: at(50), p95Ms: at(95), maxMs: at(100), targetMs: TARGET_MS.editor, met: at(95) < TARGET_MS.editor });
  console.error(`${name}: p50 ${at(50)} ms, p95 ${at(95)} ms`);
}

/** The data cache needs a Next server (its incremental cache); outside one it refuses to run. */
async function cachedPathOutsideNext() {
  try {
    await cachedPublishedTopic('bench-topic-1');
    return { measurable: true, reason: '' };
  } catch (error) {
    return { measurable: false, reason: (error as Error).message.split('\n')[0]!.slice(0, 120) };
  }
}

/**
 * Issue 23, part 3: the history of a topic with 500 published versions and the page of a
 * speaker in 200 topics, both written by the publishing path; and the /speakers list.
 */
async function measurePositions() {
  const started = performance.now();
  // The generated site's versions were written with SQL: they get their positions as a database
  // migrated to this release would (prisma/after-migrate.ts).
  const indexedGenerated = await backfillSpeakerPositions(db);
  await backfillVersionSummaries(db);
  const backfillMs = Math.round(performance.now() - started);
  await writeLongHistoryTopic(db, 'bench-long-history', HISTORY_VERSIONS);
  await writeWidelyCitedSpeaker(db, 'bench-widely-cited', SPEAKER_TOPICS);
  const writeMs = Math.round(performance.now() - started) - backfillMs;
  const history = await getPublishedHistory('bench-long-history', db);
  const moves = history!.versions.reduce((sum, v) => sum + v.speakerChanges.length, 0);
  const page = await getSpeakerPage('bench-widely-cited', db);
  const speakerTopics = page && 'positions' in page ? page.positions.length : 0;
  await measure('reader', `topic history, ${history!.versions.length} published versions (getPublishedHistory)`, 30, () => getPublishedHistory('bench-long-history', db));
  await measure('reader', `speaker page, ${speakerTopics} topics with positions over time (getSpeakerPage)`, 30, () => getSpeakerPage('bench-widely-cited', db));
  await measure('reader', '/speakers, first page (listPublishedSpeakers)', 30, () => listPublishedSpeakers({ query: '', changedWithinDays: null, page: 1 }, db));
  await measure('reader', '/speakers, changed position in the last 30 days', 30, () => listPublishedSpeakers({ query: '', changedWithinDays: 30, page: 1 }, db));
  await measure('reader', '/speakers, search "cited"', 30, () => listPublishedSpeakers({ query: 'cited', changedWithinDays: null, page: 1 }, db));
  return {
    indexedGenerated,
    backfillMs,
    writeMs,
    historyVersions: history!.versions.length,
    historyMoves: moves,
    speakerTopics,
    positionRows: await db.publishedSpeakerPosition.count(),
  };
}

try {
  if (FOCUS) {
    const positions = await measurePositions();
    console.log(JSON.stringify({ focus: 'positions', positions, targets: TARGET_MS, measurements }));
  } else {
    console.error('Generating…');
    const data = await generateScaleData(db, sizes);
    const hot = 1;
    const counts = {
      topics: await db.topic.count(),
      publishedTopics: await db.topic.count({ where: { status: 'PUBLISHED' } }),
      revisions: await db.revision.count(),
      hotTopicRevisions: data.revisionsOf(hot),
      quotes: await db.quote.count(),
      speakers: await db.speaker.count(),
      interviews: await db.interview.count(),
      blocks: await db.block.count(),
      appearances: await db.publishedAppearance.count(),
      searchEntries: await db.searchEntry.count(),
    };
    const [{ size }] = await db.$queryRawUnsafe<[{ size: string }]>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
    console.error(`Generated in ${data.generateMs} ms: ${JSON.stringify(counts)}, ${size}`);

    // Readers
    let homeRows = 0;
    await measure('reader', 'home page: one page of 50 newest (listPublishedTopicPage)', RUNS, (i) => listPublishedTopicPage(1 + (i % 20), db));
    await measure('reader', 'sitemap: every published address (listPublishedSlugs)', 20, async () => (homeRows = (await listPublishedSlugs(db)).length));
    await measure('reader', 'topic page, uncached (read + parse + JSON-LD)', RUNS * 2, (i) => topicPage(`bench-topic-${publishedTopic(i)}`));
    const cached = await cachedPathOutsideNext();
    const searches: Record<string, string> = {
      '算力 (Chinese, common)': '算力',
      'wall (English, common)': 'wall',
      [`${RARE_WORD} (English, rare)`]: RARE_WORD,
      [`${RARE_WORD_ZH} (two Chinese characters, rare)`]: RARE_WORD_ZH,
      'Compute SCALING (two words, any case)': 'Compute SCALING',
      '芯片 (no match)': '芯片',
    };
    const searchRows: Record<string, number> = {};
    for (const [label, query] of Object.entries(searches)) {
      searchRows[label] = (await searchSite(query, db)).hits.length;
      await measure('reader', `search: ${label}`, 30, () => searchSite(query, db));
    }
    await measure('reader', 'speaker page', RUNS, (i) => getSpeakerPage(`bench-speaker-${1 + ((i * 37) % sizes.speakers)}`, db));
    await measure('reader', 'interview page', RUNS, (i) => getInterviewPage(`bi-${1 + ((i * 37) % sizes.interviews)}`, db));

    // Editors
    await measure('editor', 'editor open (draft + quote uses)', RUNS, (i) => readEditorState(db, `bt-${anyTopic(i)}`));
    await measure('editor', `editor open, hot topic (${data.revisionsOf(hot)} revisions)`, 30, () => readEditorState(db, `bt-${hot}`));
    await measureSaves('save: one paragraph, a different topic each time', RUNS, anyTopic);
    await measureSaves(`save: one paragraph, hot topic (${data.revisionsOf(hot)}+ revisions)`, 50, () => hot);
    const diff = async (t: number, from: number, to: number) => {
      const pair = await readRevisionPair(db, `bt-${t}`, from, to);
      if (!pair) throw new Error(`no revisions ${from}, ${to} of bt-${t}`);
      return diffDocuments(pair.from.document, pair.to.document);
    };
    // Topics past the hot ones have a fixed count; the last two differ (moves and the view).
    const normal = (i: number) => 11 + ((i * 7_919) % (sizes.topics - 10));
    await measure('editor', 'diff of the last two revisions (read, parse, compare)', RUNS, (i) => diff(normal(i), data.revisionsOf(normal(i)) - 1, data.revisionsOf(normal(i))));
    await measure('editor', `diff, first vs newest revision of the hot topic`, 30, () => diff(hot, 1, data.revisionsOf(hot)));
    await measure('editor', 'history, first page', RUNS, (i) => readTopicHistory(db, `bt-${anyTopic(i)}`, { page: 1 }));
    await measure('editor', `history of the hot topic, first page`, 30, () => readTopicHistory(db, `bt-${hot}`, { page: 1 }));
    const lastPage = (await readTopicHistory(db, `bt-${hot}`, { page: 1 }))!.pageCount;
    await measure('editor', `history of the hot topic, last page (${lastPage})`, 30, () => readTopicHistory(db, `bt-${hot}`, { page: lastPage }));

    const positions = await measurePositions();

    console.log(JSON.stringify({ sizes, counts, databaseSize: size, generateMs: data.generateMs, homeRows, searchRows, cached, positions, targets: TARGET_MS, measurements }));
  }
} finally {
  await db.$disconnect();
}
