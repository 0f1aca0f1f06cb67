import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';

test.use({ storageState: storageStateFor('ANALYST') });

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
}

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
