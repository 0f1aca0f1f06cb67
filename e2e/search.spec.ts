import { expect, test, type Page } from '@playwright/test';
import { sql } from './support/database';
import { actionsInBuild, callAction } from './support/server-actions';

// Search finds what readers type, through the real server: a table of queries (Chinese words
// of one to four characters, mixed Chinese and English, phrases, case, full-width forms,
// punctuation, +, %, /, #, ?, emoji, a query too long, blank ones) against a page published
// for the purpose. Each query goes over HTTP, as a link or a pasted address sends it, and
// through the header's search box in Chromium; the exact results on that page are asserted,
// and the query shown back is what was typed.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const slug = `search-fixture-${run}`;
const speaker = `Fixture Speaker ${run}`;

// Characters as written matter here: full-width ＧＰＴ－５, ，and ？, half-width "," and "?".
const documentText = `搜索夹具 ${run} · Search Fixture ${run}

主流共识

第一点:鲸鱼算力在推理阶段决定成本。

鲸鱼的 pre-training 数据已经用完了,RL 信号才是关键。

"Whale pre training is over; the RL signal is what matters now."
「鲸鱼预训练结束了,RL 信号才是现在的关键。」
${speaker} (Fixture Lab) · Fixture Show #3: Whales · 2026-02-03

第二点:ＧＰＴ－５ 的提升有 50% 来自工具。

价格从 $10/M 降到 $1/M,C++ 内核功不可没 #kernels 🚀。

分歧在哪

阵营 A · "鲸鱼会继续变大"——乐观派立场

"Why would the whale stop growing? Ask the 100% optimists."
「鲸鱼为什么会停止生长？去问那些百分之百的乐观派。」
${speaker} (Fixture Lab) · Fixture Show #3: Whales · 2026-02-03

阵营 B · "审美比算力重要"——审美派立场

她说:“审美，是最后的护城河”。

都没说透的

鲸鱼的审美到底怎么衡量？

我的看法

判断(不是事实):鲸鱼算力会继续增长。
把握程度:中等。最强的支撑是成本数据;最弱的环节是样本太少。

还想知道什么

a/b 测试能证明审美吗？
`;

// The page's searchable passages, named: what each query must find on this page.
const P = {
  title: 'TOPIC ',
  point1: 'POINT #point-1',
  text1: 'TEXT #point-1',
  quote1: 'QUOTE #point-1',
  point2: 'POINT #point-2',
  text2: 'TEXT #point-2',
  campA: 'CAMP #camp-a',
  quoteA: 'QUOTE #camp-a',
  campB: 'CAMP #camp-b',
  textB: 'TEXT #camp-b',
  blindSpot: 'TEXT #blind-spots',
  view: 'TEXT #view',
  question: 'TEXT #open-questions',
} as const;

type Row = {
  query: string;
  /** Passages of this page the results must be exactly. */
  finds: string[];
  /** Whether results from other pages, speakers or interviews are possible (common words), or must be none. */
  elsewhere?: 'maybe' | 'none';
  speakers?: string[];
  interviews?: number;
  /** What the page shows back, when it is not the query as typed. */
  shown?: string;
};

const whale = [P.point1, P.text1, P.quote1, P.campA, P.quoteA, P.blindSpot, P.view];
const long = `鲸鱼${'长'.repeat(248)}`;
const TABLE: Row[] = [
  { query: '鲸鱼', finds: whale, elsewhere: 'none' },
  { query: '鲸', finds: whale, elsewhere: 'none' },
  { query: '算力', finds: [P.point1, P.campB, P.view], elsewhere: 'maybe' },
  { query: '审美', finds: [P.campB, P.textB, P.blindSpot, P.question], elsewhere: 'maybe' },
  { query: '推理', finds: [P.point1], elsewhere: 'maybe' },
  { query: '鲸鱼算力', finds: [P.point1, P.view], elsewhere: 'none' },
  { query: '护城河', finds: [P.textB], elsewhere: 'maybe' },
  { query: '她说', finds: [P.textB], elsewhere: 'maybe' },
  { query: 'RL 信号', finds: [P.text1, P.quote1], elsewhere: 'maybe' },
  { query: '"RL 信号"', finds: [P.text1, P.quote1], elsewhere: 'maybe' },
  { query: 'ＲＬ　信号', finds: [P.text1, P.quote1], elsewhere: 'maybe' },
  { query: 'pre training', finds: [P.text1, P.quote1], elsewhere: 'maybe' },
  { query: '"pre training"', finds: [P.quote1], elsewhere: 'maybe' },
  { query: '“pre training”', finds: [P.quote1], elsewhere: 'maybe' },
  { query: 'pre-training', finds: [P.text1], elsewhere: 'maybe' },
  { query: 'PRE-TRAINING', finds: [P.text1], elsewhere: 'maybe' },
  // The quotes' interview is titled "Whales".
  { query: 'whale', finds: [P.quote1, P.quoteA], elsewhere: 'none', interviews: 1 },
  { query: 'WHALE', finds: [P.quote1, P.quoteA], elsewhere: 'none', interviews: 1 },
  { query: 'Whale stop', finds: [P.quoteA], elsewhere: 'none' },
  { query: 'ＧＰＴ－５', finds: [P.point2], elsewhere: 'maybe' },
  { query: 'gpt-5 工具', finds: [P.point2], elsewhere: 'maybe' },
  { query: '50%', finds: [P.point2], elsewhere: 'maybe' },
  { query: '100%', finds: [P.quoteA], elsewhere: 'maybe' },
  { query: '$10/M', finds: [P.text2], elsewhere: 'none' },
  { query: 'a/b', finds: [P.question], elsewhere: 'maybe' },
  { query: 'C++', finds: [P.text2], elsewhere: 'maybe' },
  { query: 'c++ 内核', finds: [P.text2], elsewhere: 'maybe' },
  { query: '#kernels', finds: [P.text2], elsewhere: 'none' },
  { query: '🚀', finds: [P.text2], elsewhere: 'maybe' },
  { query: '🚀 内核', finds: [P.text2], elsewhere: 'maybe' },
  { query: 'growing?', finds: [P.quoteA], elsewhere: 'none' },
  { query: 'why?', finds: [], elsewhere: 'maybe' },
  { query: '衡量?', finds: [P.blindSpot], elsewhere: 'none' },
  { query: '生长？', finds: [P.quoteA], elsewhere: 'none' },
  { query: '审美，', finds: [P.textB], elsewhere: 'maybe' },
  { query: '审美,', finds: [P.textB], elsewhere: 'maybe' },
  { query: '鲸鱼 zzqxnotaword', finds: [], elsewhere: 'none' },
  { query: `Search Fixture ${run}`, finds: [P.title], elsewhere: 'none' },
  { query: `搜索夹具 ${run}`, finds: [P.title], elsewhere: 'none' },
  { query: speaker, finds: [], elsewhere: 'none', speakers: [`fixture-speaker-${run}`] },
  { query: `Fixture Show ${run}`, finds: [], elsewhere: 'none' },
  { query: long, finds: [], elsewhere: 'none', shown: long.slice(0, 200) },
  { query: '%E9%B2%B8', finds: [], elsewhere: 'none' },
  { query: '   ', finds: [], elsewhere: 'none', shown: '' },
  { query: '', finds: [], elsewhere: 'none' },
];

type Fixture = { points: string[] };
let fixture: Fixture;

/** The page's passages found in a results page: "KIND #anchor", point ids named by position. */
function foundOnFixture(hits: string[], points: string[]) {
  return hits
    .filter((hit) => hit.includes(`/topics/${slug}`))
    .map((hit) => {
      const [kind, href] = hit.split(' ');
      let anchor = href!.slice(`/topics/${slug}`.length);
      points.forEach((id, index) => (anchor = anchor.replace(`#point-${id}`, `#point-${index + 1}`)));
      return `${kind} ${anchor}`;
    })
    .sort();
}

function expectResults(row: Row, hits: string[], where: string) {
  expect(foundOnFixture(hits, fixture.points), `${where}: ${JSON.stringify(row.query)}`).toEqual([...row.finds].sort());
  const speakers = hits.filter((hit) => hit.startsWith('SPEAKER ')).map((hit) => hit.slice('SPEAKER /speakers/'.length));
  if (row.speakers) expect(speakers, `${where}: speakers for ${JSON.stringify(row.query)}`).toEqual(row.speakers);
  const interviews = hits.filter((hit) => hit.startsWith('INTERVIEW '));
  if (row.interviews !== undefined) expect(interviews, `${where}: interviews for ${JSON.stringify(row.query)}`).toHaveLength(row.interviews);
  if (row.elsewhere === 'none') {
    const others = hits.filter(
      (hit) => !hit.includes(`/topics/${slug}`) && !(row.speakers ?? []).some((s) => hit.endsWith(`/speakers/${s}`)) && !(row.interviews && hit.startsWith('INTERVIEW ')),
    );
    expect(others, `${where}: results elsewhere for ${JSON.stringify(row.query)}`).toEqual([]);
  }
}

const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  const action = actionsInBuild().find((candidate) => candidate.key === 'app/(editor)/editor/import/actions.ts#confirmImportAction')!;
  const response = await callAction(baseURL!, 'ANALYST', action, { document: documentText, slug, publish: 'on' });
  expect(response.status).toBe(200);
  const points = await sql<{ id: string }>(`SELECT p.id FROM "ConsensusPoint" p JOIN "Topic" t ON t.id = p."topicId" WHERE t.slug = $1 ORDER BY p.position`, [slug]);
  expect(points, 'the fixture page was imported').toHaveLength(2);
  const [published] = await sql<{ count: string }>(`SELECT count(*) FROM "PublishedTopic" WHERE slug = $1`, [slug]);
  expect(Number(published!.count), 'the fixture page was published').toBe(1);
  fixture = { points: points.map((p) => p.id) };
});

test(`${TABLE.length} queries over HTTP, as links and pasted addresses send them`, async ({ request }) => {
  expect(TABLE.length).toBeGreaterThanOrEqual(40);
  for (const row of TABLE) {
    const response = await request.get(`/search?q=${encodeURIComponent(row.query)}`);
    expect(response.status(), row.query).toBe(200);
    const html = await response.text();
    const hits = [...html.matchAll(/data-hit="([^"]+)"/g)].map((match) => unescape(match[1]!));
    expectResults(row, hits, 'HTTP');
    const shown = /id="search-page-q"[^>]*?value="([^"]*)"/.exec(html)?.[1] ?? /value="([^"]*)"[^>]*id="search-page-q"/.exec(html)?.[1] ?? '';
    expect(unescape(shown), `shown back for ${JSON.stringify(row.query)}`).toBe(row.shown ?? row.query.trim());
    // No results list at all for a blank query.
    if (!row.query.trim()) expect(html).not.toContain('role="status"');
  }
});

test('the forms of an address a browser or another site may send land on the same results', async ({ request }) => {
  const hitsOf = async (path: string) => {
    const html = await (await request.get(path)).text();
    return foundOnFixture([...html.matchAll(/data-hit="([^"]+)"/g)].map((match) => unescape(match[1]!)), fixture.points);
  };
  // A form sends spaces as "+"; a pasted address may carry the characters themselves.
  expect(await hitsOf('/search?q=pre+training')).toEqual([P.text1, P.quote1].sort());
  expect(await hitsOf('/search?q=C%2B%2B')).toEqual([P.text2]);
  expect(await hitsOf(`/search?q=${encodeURIComponent('鲸鱼算力')}&q=ignored`)).toEqual([P.point1, P.view].sort());
  expect(await hitsOf('/search?q=%E9%B2%B8%E9%B1%BC%E7%AE%97%E5%8A%9B')).toEqual([P.point1, P.view].sort());
  expect(await hitsOf('/en/search?q=%E9%B2%B8%E9%B1%BC%E7%AE%97%E5%8A%9B')).toEqual([P.point1, P.view].sort());
  // The same query written twice is one query.
  expect(await hitsOf(`/search?q=${encodeURIComponent('鲸鱼算力 鲸鱼算力')}`)).toEqual([P.point1, P.view].sort());
});

async function searchFromHeader(page: Page, query: string) {
  await page.goto(`/topics/${slug}`);
  const box = page.getByRole('search').first().getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  await page.waitForURL(/\/search\?q=/);
  await expect(page.locator('#search-page-q')).toBeVisible();
}

test(`the same ${TABLE.length} queries typed into the header's search box in Chromium`, async ({ page }) => {
  test.setTimeout(240_000);
  for (const row of TABLE) {
    await searchFromHeader(page, row.query);
    const hits = await page.locator('[data-hit]').evaluateAll((items) => items.map((item) => item.getAttribute('data-hit') ?? ''));
    expectResults(row, hits, 'browser');
    await expect(page.locator('#search-page-q'), `shown back for ${JSON.stringify(row.query)}`).toHaveValue(row.shown ?? row.query.trim());
  }
});

test('the search page’s own form sends the query as the header does', async ({ page }) => {
  await page.goto('/search');
  await page.locator('#search-page-q').fill('“pre training”');
  await page.locator('#search-page-q').press('Enter');
  await page.waitForURL(/\/search\?q=/);
  const hits = await page.locator('[data-hit]').evaluateAll((items) => items.map((item) => item.getAttribute('data-hit') ?? ''));
  expect(foundOnFixture(hits, fixture.points)).toEqual([P.quote1]);
  await expect(page.getByRole('status')).toBeVisible();
});
