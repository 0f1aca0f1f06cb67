// No hot path reads a large table from end to end. A site of a fifth of the size of issue 9
// (2,000 topics, 20,000 revisions, 40,000 quotes…) is generated in its own database (the
// integration server's, or a second embedded one), ANALYZEd, and every hot path is run through
// a client that records each statement with its parameters; each one is then EXPLAINed as the
// planner saw it. A plan fails if it sequentially scans a large table (rows per quote, block,
// revision, appearance or search entry), or a medium one (a row or a few per topic, speaker or
// interview) that no index condition could reach instead (lib/testing/query-plans.ts).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCountingClient } from '@/lib/db-query-counter';
import { computeChanges } from '@/lib/drafts/changeset';
import { applyEdit } from '@/lib/drafts/draft-edits';
import { applySave } from '@/lib/drafts/apply-save';
import { readEditorState } from '@/lib/drafts/editor-reads';
import { generateScaleData, RARE_WORD, RARE_WORD_ZH, type ScaleData, type ScaleSizes } from '@/lib/fixtures/scale-data';
import { readQuoteLibrary } from '@/lib/quotes/library-reads';
import { quoteFilterSchema } from '@/lib/quotes/schema';
import { readRevisionPair, readTopicHistory } from '@/lib/revisions/history-reads';
import { searchSite } from '@/lib/published/search-reads';
import { getInterviewPage, getSpeakerPage } from '@/lib/published/source-reads';
import { describeFindings, findSequentialScans, LARGE_TABLES, MEDIUM_TABLES } from '@/lib/testing/query-plans';
import { prepareTestDatabase } from '@/lib/testing/test-database.mjs';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { getPublishedTopic, listPublishedSlugs, listPublishedTopicPage } from '@/lib/published/topic-reads';

const SIZES: ScaleSizes = { speakers: 2_000, interviews: 1_000, quotes: 40_000, topics: 2_000, publishedTopics: 1_800, revisions: 20_000 };
/** The generator leaves these empty: no hot path below reads them (renamed addresses, audit events). */
const NOT_GENERATED = new Set(['SlugRedirect', 'AuditEvent']);
const HOT = 1; // the topic with most revisions
const TOPIC = 1_234;

let database: { url: string; embedded: boolean; dispose: () => Promise<void> };
let counting: ReturnType<typeof createCountingClient>;
let client: pg.Client;
let data: ScaleData;

beforeAll(async () => {
  database = await prepareTestDatabase('query_plans', { serverUrl: inject('serverDatabaseUrl') });
  counting = createCountingClient(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  data = await generateScaleData(counting.db, SIZES);
}, 240_000);

afterAll(async () => {
  await client?.end().catch(() => {});
  await counting?.close();
  await database?.dispose();
});

/** Runs a hot path through the recording client and returns what EXPLAIN says of its statements. */
async function plansOf(run: () => Promise<unknown>) {
  counting.reset();
  await run();
  const calls = counting.counter.calls;
  const result = await findSequentialScans(client, calls);
  return { ...result, statements: calls.length };
}

async function expectIndexedPlans(run: () => Promise<unknown>) {
  const { explained, findings } = await plansOf(run);
  expect(explained, 'the hot path sent no statement to EXPLAIN').toBeGreaterThan(0);
  expect(findings.length, `plans scanning a large table:\n\n${describeFindings(findings)}\n`).toBe(0);
}

describe('query plans of the hot paths at scale', () => {
  it('runs on a generated site whose large tables hold tens of thousands of rows', async () => {
    const count = async (table: string) => (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n as number;
    for (const table of LARGE_TABLES.filter((name) => !NOT_GENERATED.has(name))) expect(await count(table), table).toBeGreaterThanOrEqual(20_000);
    for (const table of MEDIUM_TABLES.filter((name) => !NOT_GENERATED.has(name))) expect(await count(table), table).toBeGreaterThanOrEqual(1_000);
    expect(await count('Revision')).toBe(SIZES.revisions);
  });

  it('home page: a page of published topics', () => expectIndexedPlans(() => listPublishedTopicPage(3, counting.db)));
  it('sitemap: every published address', () => expectIndexedPlans(() => listPublishedSlugs(counting.db)));

  it('topic page (the read behind the cached page)', () => expectIndexedPlans(() => getPublishedTopic(`bench-topic-${TOPIC}`, counting.db)));

  // The search reads the head of the entries in result order, then the text indexes for a term
  // that does not fill a page there (lib/published/search-reads.ts). Either way, its first page
  // must be the first page of all: checked against every entry, filtered and sorted here.
  it('search: the first page of hits is the first page of all entries, through either step', async () => {
    const { rows } = await client.query<{ kind: string; text: string; folded: string; weight: number; publishedAt: Date; id: string }>(
      'SELECT kind::text AS kind, text, folded, weight, "publishedAt", id FROM "SearchEntry"',
    );
    const order = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      b.weight - a.weight || b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    rows.sort(order);
    for (const query of ['算力', 'wall', RARE_WORD, RARE_WORD_ZH, 'Compute SCALING', 'judgment', 'compound', '芯片']) {
      const { terms, hits } = await searchSite(query, counting.db);
      const expected = rows.filter((row) => terms.every((term) => row.folded.includes(term))).slice(0, 80);
      expect(hits.map((hit) => [hit.kind, hit.text]), query).toEqual(expected.map((row) => [row.kind, row.text]));
    }
  });

  const searches = { 'a common Chinese word': '算力', 'a common English word': 'wall', 'a rare English word': RARE_WORD, 'a rare two-character word': RARE_WORD_ZH, 'two words': 'Compute SCALING', 'a word found nowhere': '芯片' };
  for (const [what, query] of Object.entries(searches)) {
    it(`search: ${what} (${query})`, () => expectIndexedPlans(() => searchSite(query, counting.db)));
  }
  // A single character has no character pair or trigram to look up. The published text is still
  // walked through an index in result order (and stops at a page of hits), but the interviews,
  // one row each, are read from end to end: the only scan this search makes. Pinned here, so a
  // scan spreading to another table, or the results going missing, fails.
  it('search: a one-character word (算) still finds pages, scanning only the interviews', async () => {
    let result: Awaited<ReturnType<typeof searchSite>> | undefined;
    const { explained, findings } = await plansOf(async () => (result = await searchSite('算', counting.db)));
    expect(explained).toBeGreaterThan(0);
    expect(result!.hits.length, 'a one-character search found nothing').toBeGreaterThan(0);
    const scanned = [...new Set(findings.flatMap((finding) => finding.tables))];
    expect(scanned, describeFindings(findings)).toEqual(['Interview']);
  });

  it('speaker page', () => expectIndexedPlans(() => getSpeakerPage('bench-speaker-321', counting.db)));
  it('interview page', () => expectIndexedPlans(() => getInterviewPage('bi-321', counting.db)));
  it('editor open (the draft and the other topics citing its quotes)', () => expectIndexedPlans(() => readEditorState(counting.db, `bt-${TOPIC}`)));

  it('history page: first and last page of the topic with most revisions, and filtered', async () => {
    await expectIndexedPlans(() => readTopicHistory(counting.db, `bt-${HOT}`, { page: 1 }));
    await expectIndexedPlans(() => readTopicHistory(counting.db, `bt-${HOT}`, { page: Math.ceil(data.revisionsOf(HOT) / 100) }));
    await expectIndexedPlans(() => readTopicHistory(counting.db, `bt-${HOT}`, { page: 1, publishedOnly: true, author: 'Bench Analyst 2' }));
  });

  it('diff of two revisions', () => expectIndexedPlans(() => readRevisionPair(counting.db, `bt-${HOT}`, 1, data.revisionsOf(HOT))));

  const filters: Record<string, Record<string, string>> = {
    'words (Chinese)': { q: '算力' },
    'words (English)': { q: 'DATA is' },
    speaker: { speaker: 'Bench Speaker 1217' },
    'speaker (two characters)': { speaker: '鲸鱼' },
    interview: { interview: 'Bench Show 7' },
    topic: { topic: 'bench-topic-1234' },
    'topic (two characters of a title)': { topic: RARE_WORD_ZH },
    'language + no translation': { lang: 'en', translation: 'no' },
    used: { used: 'used' },
    unused: { used: 'unused' },
    'stale translation': { stale: '1' },
    'page 40 of everything': { page: '40' },
  };
  for (const [name, raw] of Object.entries(filters)) {
    it(`quote library: ${name}`, () => expectIndexedPlans(() => readQuoteLibrary(counting.db, quoteFilterSchema.parse(raw))));
  }

  it('save: a paragraph edited on the topic with most revisions (lock, merge, write, revision)', async () => {
    const topicId = `bt-${HOT}`;
    const base = (await loadDraftDocument(counting.db, topicId))!;
    const { version } = await counting.db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
    const next = applyEdit(base, { type: 'update', list: `blocks:bc-${HOT}-1`, id: `bbt-${HOT}-1`, patch: { text: 'Reworded at scale: 算力。' } });
    let status = '';
    await expectIndexedPlans(async () => {
      status = (await applySave(counting.db, 'bu-1', { topicId, baseVersion: version, changes: computeChanges(base, next), reason: 'autosave' })).status;
    });
    expect(status).toBe('saved');
  });

  it('fails a plan that scans a large table: the speaker page without the index of appearances by speaker', async () => {
    counting.reset();
    await getSpeakerPage('bench-speaker-321', counting.db);
    // Its read of the appearances; DDL is transactional: the index is back after the rollback.
    const calls = counting.counter.calls.filter((call) => call.text.includes('"PublishedAppearance"'));
    expect(calls.length).toBeGreaterThan(0);
    await client.query('BEGIN');
    try {
      await client.query('DROP INDEX "PublishedAppearance_speakerId_publishedAt_idx"');
      const { findings } = await findSequentialScans(client, calls);
      expect(findings.map((f) => f.tables)).toContainEqual(['PublishedAppearance']);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
