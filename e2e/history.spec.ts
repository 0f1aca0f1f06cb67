import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';
import { runNode as run } from './support/run-node';

test.use({ storageState: storageStateFor('ANALYST') });

test('history lists revisions, and the diff shows moves, word and character changes and confidence', async ({ page }) => {
  run(['lib/cli/run.mjs', 'lib/import/import-cli.ts', 'lib/import/fixtures/agents-in-production.txt', '--slug', 'history-check']);
  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'history-check'`);
  // Edit the draft in place, keeping every item's id: a stance reworded, two camps swapped, confidence lowered.
  await sql(`UPDATE "Camp" SET stance = '还需要更强的模型能力' WHERE "topicId" = $1 AND label = 'B'`, [topic!.id]);
  await sql(`UPDATE "Camp" SET position = CASE label WHEN 'A' THEN 1 WHEN 'B' THEN 0 ELSE position END WHERE "topicId" = $1`, [topic!.id]);
  await sql(`UPDATE "EditorView" SET confidence = 'LOW' WHERE "topicId" = $1`, [topic!.id]);
  run(['--conditions=react-server', '--import', 'tsx', 'e2e/support/publish-draft.ts', 'history-check']);

  await page.goto('/editor');
  await page.getByRole('link', { name: 'History of Agents in Production' }).click();
  await expect(page.getByRole('heading', { name: '历史 · History' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(3); // header + two revisions
  await expect(page.getByRole('link', { name: /第 1 版 · 当前 live/ })).toBeVisible();

  await page.getByRole('button', { name: '比较 · Compare' }).click();
  await expect(page).toHaveURL(/\/diff\?to=2&from=1$/);
  await expect(page.getByRole('heading', { name: /比较修订 #1 → #2/ })).toBeVisible();
  const moved = page.locator('article[data-diff-status="moved"], article[data-diff-status="moved-changed"]');
  await expect(moved).toHaveCount(1);
  await expect(page.locator('ins', { hasText: /^更强$/ })).toBeVisible();
  await expect(page.locator('del', { hasText: /^新$/ })).toBeVisible();
  await expect(page.getByText('把握程度 · Confidence: 中等偏低 → 低')).toBeVisible();

  await page.getByRole('link', { name: '并排显示 · Side by side' }).click();
  await expect(page).toHaveURL(/layout=side/);
  await expect(page.locator('ins', { hasText: /^更强$/ })).toBeVisible();

  expect((await page.goto('/editor/topics/no-such-topic/history'))?.status()).toBe(404);
  expect((await page.goto(`/editor/topics/${topic!.id}/diff?from=1&to=99`))?.status()).toBe(404);
});

test.describe('restoring', () => {
  test.use({ storageState: storageStateFor('ADMIN') });

  test('an admin restores an old revision as a new draft revision; analysts see no restore button', async ({ page, browser }) => {
    run(['lib/cli/run.mjs', 'lib/import/import-cli.ts', 'lib/import/fixtures/inference-cost-decline.txt', '--slug', 'restore-e2e']);
    const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'restore-e2e'`);
    await sql(`UPDATE "Camp" SET stance = '价格很快会触底' WHERE "topicId" = $1 AND label = 'B'`, [topic!.id]);
    run(['--conditions=react-server', '--import', 'tsx', 'e2e/support/publish-draft.ts', 'restore-e2e']);

    await page.goto(`/editor/topics/${topic!.id}/history`);
    await page.getByRole('button', { name: '恢复此版 · Restore #1' }).click();
    await expect(page.getByText(/已恢复为草稿\(修订 #3\)/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('row', { name: /#3 .*Restored revision #1/ })).toBeVisible();
    const [camp] = await sql<{ stance: string }>(`SELECT stance FROM "Camp" WHERE "topicId" = $1 AND label = 'B'`, [topic!.id]);
    expect(camp!.stance).toBe('硬件会先触底');

    const analyst = await browser.newContext({ storageState: storageStateFor('ANALYST') });
    const analystPage = await analyst.newPage();
    await analystPage.goto(`/editor/topics/${topic!.id}/history`);
    await expect(analystPage.getByRole('heading', { name: '历史 · History' })).toBeVisible();
    await expect(analystPage.getByRole('button', { name: /恢复此版/ })).toHaveCount(0);
    await analyst.close();
  });
});

test('the database itself refuses to rewrite or delete a revision', async () => {
  const [revision] = await sql<{ id: string }>(`SELECT id FROM "Revision" LIMIT 1`);
  await expect(sql(`UPDATE "Revision" SET message = 'rewritten' WHERE id = $1`, [revision!.id])).rejects.toThrow(/immutable|not allowed|refuse/i);
  await expect(sql(`DELETE FROM "Revision" WHERE id = $1`, [revision!.id])).rejects.toThrow(/immutable|not allowed|refuse/i);
});

// Issue 28, defect 9: the history of one editing session is usable. Published versions are listed
// first and compare with one click; an editing session's autosaves are one row; the comparison
// labels its sides, shows no empty section, and says what changed in a quote whose text did not.
test.describe('a session of edits', () => {
  test.use({ viewport: { width: 1280, height: 2400 } });

  const waitSaved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });

  async function publish(page: Page, version: number) {
    await page.getByRole('button', { name: '发布… · Publish…' }).click();
    await page.getByRole('button', { name: '确认发布 · Publish now' }).click();
    await expect(page.getByText(`已发布第 ${version} 版 · Published version ${version}.`)).toBeVisible();
  }

  test('published versions compare in one click, autosaves fold into their session, and a speaker change is named', async ({ page }) => {
    test.slow();
    const slug = `history-e2e-${Date.now()}`;
    await page.goto('/editor/new');
    await page.getByLabel('中文标题 · Chinese title').fill('历史测试');
    await page.getByLabel('英文标题 · English title').fill('History Test');
    await page.getByLabel('网址名 · Address (slug)').fill(slug);
    await page.getByRole('button', { name: '创建并开始编辑 · Create and start editing' }).click();
    await expect(page.locator('html[data-editor-ready="true"]')).toBeAttached();
    const editorUrl = page.url();

    await page.getByRole('button', { name: '+ 阵营 · Add camp' }).click();
    const camp = page.locator('[data-sortable="camp"]').first();
    await camp.getByLabel('立场 · Stance').fill('价格还会继续下降');
    await camp.getByRole('button', { name: '+ 引语 · Quote' }).click();
    const quote = camp.locator('[data-sortable="block"]').first();
    await quote.getByLabel('原文 · Original').fill('Prices keep falling.');
    await quote.getByLabel('译文 · Translation').fill('价格一直在降。');
    const speakers = quote.getByRole('combobox', { name: '讲者 · Speakers' });
    await speakers.fill('Mara');
    await quote.getByRole('option', { name: /Mara Lindqvist/ }).click();
    await waitSaved(page);
    await publish(page, 1);

    // One session of edits, each autosaved: the quote gains a speaker, its text stays the same.
    await speakers.fill('Dev Raman');
    // The library's Dev Raman, not the offer to create a new speaker of that name.
    await quote.getByRole('option', { name: /^Dev Raman/ }).click();
    await expect(quote.getByRole('list', { name: '讲者 · Speakers' })).toContainText('Dev Raman');
    await waitSaved(page);
    for (const holders of ['Analysts', 'Analysts and traders', 'Analysts, traders']) {
      await camp.getByLabel(/Holders/).fill(holders);
      await waitSaved(page);
    }
    await publish(page, 2);

    await page.goto(`${editorUrl}/history`);
    const versions = page.locator('section[aria-labelledby="published-versions"]');
    await expect(versions.locator('[data-published-version]')).toHaveCount(2);
    // The newest session is the one between the two publishes (the one before v1 made the page).
    const session = page.locator('[data-autosave-session]').first();
    await expect(session).toContainText(/自动保存 \d+ 次 · \d+ autosaves/);
    // The folded autosaves are still there to compare.
    await session.getByText(/autosaves/).click();
    await expect(session.getByRole('radio', { name: /从修订/ }).nth(1)).toBeVisible();

    await versions.getByRole('link', { name: '与第 1 版比较 · Compare with v1' }).click();
    await expect(page).toHaveURL(/\/diff\?from=\d+&to=\d+$/);
    const sides = page.locator('[data-diff-sides]');
    await expect(sides).toContainText('从 · From: 第 1 版 · v1');
    await expect(sides).toContainText('到 · To: 第 2 版 · v2');
    // Nothing in the consensus changed: no heading for it.
    await expect(page.getByRole('heading', { name: '主流共识 · Consensus' })).toHaveCount(0);
    // The quote's text is the same; what changed is its speakers, and the new one is marked.
    const changedQuote = page.locator('div[data-diff-status="changed"]').filter({ hasText: '引语 · quote' });
    await expect(changedQuote.locator('[data-diff-details]')).toContainText('讲者 · Speakers');
    await expect(changedQuote.locator('[data-diff-details] ins')).toContainText('Dev Raman');

    await page.getByRole('link', { name: '并排显示 · Side by side' }).click();
    await expect(sides).toContainText('从 · From: 第 1 版');
    await expect(sides).toContainText('到 · To: 第 2 版');
  });
});
