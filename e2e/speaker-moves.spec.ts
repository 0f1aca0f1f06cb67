import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { computeChanges } from '../lib/drafts/changeset';
import type { ConfidenceLevel, TopicDocument } from '../lib/topics/document';
import { sql } from './support/database';
import { actionsInBuild, callAction, type Identity } from './support/server-actions';

// Issue 23, part 3, through the production build: a topic published three times with the
// confidence 中等 → 中等偏低 → 中等, and in the third version a speaker moved from 阵营 A to 阵营 B.
// The chart's text table, the public history and the speaker page list exactly those steps, each
// linking to its version; /speakers finds the speaker by name and by "changed in the last N
// days"; and the new pages and elements pass axe in both colour schemes.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const slug = `moves-${run}`;
const mover = `Mover ${run}`;
const moverSlug = `mover-${run}`;
const stayer = `Stayer ${run}`;
const stayerSlug = `stayer-${run}`;

const documentText = `讲者变动 ${run} · Speakers Move ${run}

主题页(活文档)· 最近更新 2026-06-02 · 取材 1 篇访谈

主流共识

第一点:一条共识。

"A consensus quote."
「一条共识引语。」
${stayer} (Stay Lab) · Moves Show #4: The episode · 2026-01-02

分歧在哪

阵营 A · "先这么看" 立场

"The mover's quote."
「挪动者的引语。」
${mover} (Move Lab) · Moves Show #4: The episode · 2026-01-02

阵营 B · "后来这么看" 立场

"The stayer's quote."
「留下者的引语。」
${stayer} (Stay Lab) · Moves Show #4: The episode · 2026-01-02

我的看法

判断(不是事实):一个判断。
把握程度:中等。最强的支撑是一条;最弱的环节是另一条。

取材

Moves Show #4 · The episode · 2026-01-02
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

async function save(topicId: string, edit: (doc: TopicDocument) => TopicDocument) {
  const base = await latestDocument(topicId);
  await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#saveDraftAction', [
    { topicId, baseVersion: await topicVersion(topicId), changes: computeChanges(base, edit(structuredClone(base))), reason: 'save' },
  ]);
  return latestDocument(topicId);
}

const withConfidence = (confidence: ConfidenceLevel) => (doc: TopicDocument) => ({ ...doc, view: { ...doc.view!, confidence } });

/** The mover's quote, and their membership, go from camp A to camp B; the confidence goes back to 中等. */
function moveTheMover(doc: TopicDocument): TopicDocument {
  const [a, b] = doc.camps;
  const block = a!.blocks.find((candidate) => candidate.kind === 'quote' && candidate.quote.speakers.some((s) => s.name === mover))!;
  a!.blocks = a!.blocks.filter((candidate) => candidate.id !== block.id);
  b!.blocks = [...b!.blocks, block];
  // The importer lists a camp's quoted speakers as its members.
  const member = a!.members.find((m) => m.name === mover);
  a!.members = a!.members.filter((m) => m.name !== mover);
  if (member) b!.members = [...b!.members, member];
  return withConfidence('MEDIUM')(doc);
}

/** Each list item as its text (spaces collapsed) and its first link. */
const itemsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((items) =>
    items.map((item) => ({ text: item.textContent?.replace(/\s+/g, ' ').trim(), href: item.querySelector('a')?.getAttribute('href') })),
  );

async function expectAxeClean(page: Page, label: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), `${label} (${colorScheme})`).toEqual([]);
  }
}

test.describe.configure({ mode: 'serial' });

test('a speaker moved from 阵营 A to 阵营 B in version 3: the chart, the history and the speaker page list exactly those steps, each linking to its version', async ({ page }) => {
  test.slow();
  await act('ANALYST', 'app/(editor)/editor/import/actions.ts#confirmImportAction', undefined, { document: documentText, slug });
  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = $1`, [slug]);
  expect(topic, 'the import created the topic').toBeDefined();
  const topicId = topic!.id;
  expect((await sql<{ slug: string }>(`SELECT slug FROM "Speaker" WHERE name = $1`, [mover]))[0]?.slug).toBe(moverSlug);

  await publish(topicId, `第一版 ${run}`);
  await save(topicId, withConfidence('MEDIUM_LOW'));
  await publish(topicId, `下调 ${run}`);
  const moved = await save(topicId, moveTheMover);
  expect(moved.camps[1]!.blocks.some((b) => b.kind === 'quote' && b.quote.speakers.some((s) => s.name === mover)), 'the quote is in camp B').toBe(true);
  expect(moved.camps[0]!.members.some((m) => m.name === mover), 'the mover is no member of camp A').toBe(false);
  await publish(topicId, `换阵营 ${run}`);
  // Versions 1 and 2 are dated two months back: the recent-change filter must tell them apart.
  await sql(`UPDATE "PublishedVersion" SET "publishedAt" = "publishedAt" - interval '60 days' WHERE "topicId" = $1 AND "publishNumber" < 3`, [topicId]);
  const dates = (
    await sql<{ day: string }>(`SELECT to_char("publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM "PublishedVersion" WHERE "topicId" = $1 ORDER BY "publishNumber"`, [topicId])
  ).map((row) => row.day);
  expect(dates).toHaveLength(3);

  await test.step('the history says who moved in which version, and the chart lists the three confidence steps', async () => {
    expect((await page.goto(`/topics/${slug}/history`))?.status()).toBe(200);
    const versions = page.locator('[data-history-list] > li');
    await expect(versions).toHaveCount(3);
    // Newest first: only version 3 has speaker changes (version 1 is the first publish).
    expect(await versions.evaluateAll((lis) => lis.map((li) => [li.querySelector('a')?.getAttribute('href'), li.querySelectorAll('[data-speaker-changes] li').length]))).toEqual([
      [`/topics/${slug}/v/3`, 1],
      [`/topics/${slug}/v/2`, 0],
      [`/topics/${slug}/v/1`, 0],
    ]);
    expect(await itemsOf(page, '[data-speaker-changes] li')).toEqual([{ text: `${mover} 阵营 A → 阵营 B`, href: `/speakers/${moverSlug}` }]);
    expect(
      await page.locator('section[aria-labelledby="history-chart-title"] table tbody tr').evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()).concat(row.querySelector('a')?.getAttribute('href') ?? '')),
      ),
    ).toEqual([
      ['第 1 版', dates[0], '中等', `/topics/${slug}/v/1`],
      ['第 2 版', dates[1], '中等偏低', `/topics/${slug}/v/2`],
      ['第 3 版', dates[2], '中等', `/topics/${slug}/v/3`],
    ]);
    await expectAxeClean(page, 'history with speaker changes');
    await page.getByRole('link', { name: mover }).click();
    await expect(page).toHaveURL(new RegExp(`/speakers/${moverSlug}$`));
  });

  await test.step('the speaker page lists their positions over time, each step linking to its version', async () => {
    expect((await page.goto(`/speakers/${moverSlug}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: '立场变化' })).toBeVisible();
    expect(await itemsOf(page, `[data-position-steps="${slug}"] li`)).toEqual([
      { text: `第 1 版 · ${dates[0]} · 加入阵营 A`, href: `/topics/${slug}/v/1` },
      { text: `第 3 版 · ${dates[2]} · 阵营 A → 阵营 B`, href: `/topics/${slug}/v/3` },
    ]);
    await expectAxeClean(page, 'speaker page with positions');
    // The link opens version 3, where the mover's quote is under camp B.
    await page.getByRole('link', { name: '第 3 版' }).click();
    await expect(page).toHaveURL(new RegExp(`/topics/${slug}/v/3$`));
    await expect(page.locator('#camp-b')).toContainText("The mover's quote.");
    // The stayer never moved: one step, joining in version 1.
    await page.goto(`/speakers/${stayerSlug}`);
    expect(await itemsOf(page, `[data-position-steps="${slug}"] li`)).toEqual([{ text: `第 1 版 · ${dates[0]} · 加入共识、阵营 B`, href: `/topics/${slug}/v/1` }]);
  });

  await test.step('/speakers finds them by name, counts topics and camps, and filters by a recent change of position', async () => {
    const rows = () => page.locator('[data-speaker-list] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    // Typed into the form, as a reader would: the query arrives percent-encoded.
    await page.goto('/speakers');
    const form = page.getByRole('search', { name: '筛选讲者' });
    await form.getByLabel('姓名或别名').fill(run);
    await form.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/\/speakers\?q=/);
    expect(await rows()).toEqual([
      [mover, '1', '1'],
      [stayer, '1', '1'],
    ]);
    await form.getByLabel('天数(1–365)').fill('7');
    await form.getByRole('button', { name: '筛选' }).click();
    expect(await rows()).toEqual([[mover, '1', '1']]);
    await expect(page.getByRole('link', { name: mover })).toHaveAttribute('href', `/speakers/${moverSlug}`);
    await expectAxeClean(page, '/speakers filtered');
    // Ninety days reach back to the versions where the stayer joined.
    await page.goto(`/speakers?q=${encodeURIComponent(run)}&days=90`);
    expect(await rows()).toEqual([
      [mover, '1', '1'],
      [stayer, '1', '1'],
    ]);
    // Whatever the address says, the page answers.
    for (const query of ['days=-1', 'days=999999999999999', 'page=0', 'q=%00', `q=${'x'.repeat(5000)}`, 'days=abc&page=99999999']) {
      expect((await page.request.get(`/speakers?${query}`)).status(), query).toBe(200);
    }
  });

  await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#unpublishAction', [topicId]);
  await test.step('unpublished, the positions are gone with the topic', async () => {
    expect((await page.request.get(`/topics/${slug}/history`)).status()).toBe(404);
    expect((await page.request.get(`/speakers/${moverSlug}`)).status()).toBe(404);
    await page.goto(`/speakers?q=${encodeURIComponent(run)}`);
    await expect(page.getByText('没有符合的讲者。')).toBeVisible();
  });
});
