import { expect, test, type Page } from '@playwright/test';
import { computeChanges } from '../lib/drafts/changeset';
import type { ConfidenceLevel, TopicDocument } from '../lib/topics/document';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';
import { actionsInBuild, callAction, type Identity } from './support/server-actions';

// Issue 23 through the production build: a topic published three times with the confidence
// 中等 → 中等偏低 → 中等. The public history lists exactly those versions, each linking to its
// version page, with its changelog line and what changed; the topic page's confidence chart has
// a text table listing the same steps; each camp heading carries its evidence strip, and the
// editor shows the evidence warnings beside the camp and in the publish panel.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const slug = `confidence-${run}`;
const speaker = `Evidence Speaker ${run}`;

const documentText = `把握变化 ${run} · Confidence Moves ${run}

主题页(活文档)· 最近更新 2026-06-02 · 取材 1 篇访谈

主流共识

第一点:一条共识。

"A consensus quote."
「一条共识引语。」
${speaker} (Evidence Lab) · Evidence Show #3: The one episode · 2026-01-02

分歧在哪

阵营 A · "只有一个人这么说"——一位讲者 立场

"First camp quote."
「第一条阵营引语。」
${speaker} (Evidence Lab) · Evidence Show #3: The one episode · 2026-01-02

"Second camp quote."
「第二条阵营引语。」
${speaker} (Evidence Lab) · Evidence Show #3: The one episode · 2026-01-02

我的看法

判断(不是事实):一个判断。
把握程度:中等。最强的支撑是一条;最弱的环节是另一条。

取材

Evidence Show #3 · The one episode · 2026-01-02
`;

async function act(identity: Identity, key: string, args: unknown[] | undefined, fields: Record<string, string> = {}) {
  const action = actionsInBuild().find((candidate) => candidate.key === key);
  if (!action) throw new Error(`No action ${key} in the build.`);
  const response = await callAction(test.info().project.use.baseURL!, identity, action, fields, undefined, args);
  expect(response.status, `${key}: ${response.text.slice(0, 300)}`).toBe(200);
  return response.text;
}

const topicVersion = async (topicId: string) => Number((await sql<{ version: number }>(`SELECT version FROM "Topic" WHERE id = $1`, [topicId]))[0]!.version);
const latestDocument = async (topicId: string) =>
  (await sql<{ document: TopicDocument }>(`SELECT document FROM "Revision" WHERE "topicId" = $1 ORDER BY number DESC LIMIT 1`, [topicId]))[0]!.document;

async function publish(topicId: string, line: string) {
  await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#publishAction', [{ topicId, expectedVersion: await topicVersion(topicId), changelogLine: line }]);
}

async function setConfidence(topicId: string, confidence: ConfidenceLevel) {
  const base = await latestDocument(topicId);
  const next: TopicDocument = { ...base, view: { ...base.view!, confidence } };
  await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#saveDraftAction', [{ topicId, baseVersion: await topicVersion(topicId), changes: computeChanges(base, next), reason: 'save' }]);
  expect((await latestDocument(topicId)).view?.confidence).toBe(confidence);
}

/** The rows of a table body, each as its cells' text and the first link's address. */
const rowsOf = (page: Page, selector: string) =>
  page.locator(selector).locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({ cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()), href: row.querySelector('a')?.getAttribute('href') })),
  );

test.describe.configure({ mode: 'serial' });

test('three publishes 中等 → 中等偏低 → 中等: the history page and the chart list exactly those steps, each linking to its version', async ({ page, browser }) => {
  test.slow();
  await act('ANALYST', 'app/(editor)/editor/import/actions.ts#confirmImportAction', undefined, { document: documentText, slug });
  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = $1`, [slug]);
  expect(topic, 'the import created the topic').toBeDefined();
  const topicId = topic!.id;

  // Before any publish the history is not public.
  expect((await page.request.get(`/topics/${slug}/history`)).status()).toBe(404);

  await publish(topicId, `第一版 ${run}`);
  await setConfidence(topicId, 'MEDIUM_LOW');
  await publish(topicId, `下调 ${run}`);
  await setConfidence(topicId, 'MEDIUM');
  await publish(topicId, `回到中等 ${run}`);
  const dates = (await sql<{ publishNumber: number; day: string }>(`SELECT v."publishNumber", to_char(v."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM "PublishedVersion" v JOIN "PublishedTopic" t USING ("topicId") WHERE t.slug = $1 ORDER BY 1`, [slug])).map((row) => row.day);
  expect(dates).toHaveLength(3);

  await test.step('the history page lists every version, newest first, with its line, confidence and change', async () => {
    const response = await page.goto(`/topics/${slug}/history`);
    expect(response?.status()).toBe(200);
    const items = page.locator('[data-history-list] > li');
    await expect(items).toHaveCount(3);
    const listed = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        link: li.querySelector('a')?.textContent?.trim(),
        href: li.querySelector('a')?.getAttribute('href'),
        date: li.querySelector('time')?.getAttribute('dateTime'),
        confidence: li.querySelector('[data-confidence]')?.textContent,
        details: [...li.querySelectorAll('dd')].map((dd) => dd.textContent),
      })),
    );
    expect(listed).toEqual([
      { link: '第 3 版', href: `/topics/${slug}/v/3`, date: dates[2], confidence: '中等', details: [`回到中等 ${run}`, '把握程度从中等偏低调为中等'] },
      { link: '第 2 版', href: `/topics/${slug}/v/2`, date: dates[1], confidence: '中等偏低', details: [`下调 ${run}`, '把握程度从中等调为中等偏低'] },
      { link: '第 1 版', href: `/topics/${slug}/v/1`, date: dates[0], confidence: '中等', details: [`第一版 ${run}`, '首次发布'] },
    ]);
    // The chart on the history page has the same text table, oldest first.
    expect(await rowsOf(page, 'section[aria-labelledby="history-chart-title"] table')).toEqual([
      { cells: ['第 1 版', dates[0], '中等'], href: `/topics/${slug}/v/1` },
      { cells: ['第 2 版', dates[1], '中等偏低'], href: `/topics/${slug}/v/2` },
      { cells: ['第 3 版', dates[2], '中等'], href: `/topics/${slug}/v/3` },
    ]);
    // Each link opens its version, whose view says that version's confidence.
    await page.getByRole('link', { name: '第 2 版' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/topics/${slug}/v/2$`));
    await expect(page.locator('#view')).toContainText('把握程度:中等偏低');
  });

  await test.step('the topic page charts the confidence beside the view, with the same steps as text, and shows each camp\'s evidence', async () => {
    await page.goto(`/topics/${slug}`);
    const view = page.locator('#view');
    await expect(view.getByRole('img', { name: '把握程度的变化' })).toBeVisible();
    expect(await rowsOf(page, '#view table')).toEqual([
      { cells: ['第 1 版', dates[0], '中等'], href: `/topics/${slug}/v/1` },
      { cells: ['第 2 版', dates[1], '中等偏低'], href: `/topics/${slug}/v/2` },
      { cells: ['第 3 版', dates[2], '中等'], href: `/topics/${slug}/v/3` },
    ]);
    await expect(view.getByRole('link', { name: '全部版本与变化' })).toHaveAttribute('href', `/topics/${slug}/history`);
    // Under camp A's heading: two quotes, one speaker, one interview, dated 2026-01-02.
    await expect(page.locator('#camp-a .evidence-strip')).toHaveText('证据:2 条原话、0 条转述,来自 1 位讲者、1 篇访谈 · 来源日期 2026-01-02 · 0/2 条原话已对照文字稿核对');
    const summary = page.getByRole('complementary', { name: '证据概览' });
    await expect(summary).toContainText('3 条原话、0 条转述,来自 1 位讲者、1 篇访谈');
    await expect(summary).toContainText('1/1 个共识点有原话支撑');
    await expect(summary).toContainText('1 个阵营只有一位讲者');
  });

  await test.step('the editor shows the evidence warnings beside the camp and in the publish panel, and publishing stays possible', async () => {
    const context = await browser.newContext({ storageState: storageStateFor('ANALYST'), locale: 'zh-CN' });
    const editor = await context.newPage();
    await editor.goto(`/editor/topics/${topicId}`);
    await expect(editor.locator('html[data-editor-ready="true"]')).toBeAttached();
    const campWarnings = editor.locator('[data-sortable="camp"]').first().getByRole('list', { name: /阵营 A · Camp A 的证据提醒/ });
    // (A freshness warning may join them, depending on today's date.)
    await expect(campWarnings).toContainText(`阵营 A · Camp A:只靠一位讲者(${speaker})· rests on one speaker`);
    await expect(campWarnings).toContainText('阵营 A · Camp A:只靠一篇访谈 · rests on one interview');
    await editor.locator('summary', { hasText: /^证据提醒 \d+ 条\(不影响发布\)/ }).click();
    await expect(editor.getByRole('list', { name: '证据提醒 · Evidence warnings', exact: true })).toContainText('只靠一位讲者');
    await expect(editor.getByRole('button', { name: '发布… · Publish…' })).toBeEnabled();
    await context.close();
  });

  await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#unpublishAction', [topicId]);
  await test.step('unpublished, the history page is gone', async () => {
    expect((await page.request.get(`/topics/${slug}/history`)).status()).toBe(404);
  });
});
