import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The reference page goes in through `npm run import` and comes out on the public page whole.
test('the imported reference page shows every quote, paraphrase, note and the view', async ({ page }) => {
  const result = spawnSync(
    process.execPath,
    ['lib/cli/run.mjs', 'lib/import/import-cli.ts', 'lib/import/fixtures/performance-plateau.txt', '--publish', '--json'],
    { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_NO_WARNINGS: '1' }, encoding: 'utf8', timeout: 120_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: true, slug: 'performance-plateau' });

  await page.goto('/topics/performance-plateau');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('模型表现触顶了吗 · Performance Plateau');
  await expect(page.getByTestId('topic-meta')).toContainText('取材 4 篇访谈');
  await expect(page.locator('[data-block="quote"]')).toHaveCount(17);
  await expect(page.locator('[data-block="paraphrase"]')).toHaveCount(3);
  await expect(page.locator('[data-block="note"]')).toHaveCount(2);
  for (const label of ['A', 'B', 'C', 'D', 'E']) {
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^阵营 ${label} · `) })).toBeVisible();
  }
  await expect(page.getByText('「99% 的人用的是糟糕的工具,或者根本没工具。」')).toBeVisible();
  await expect(page.getByText('Martin Casado / Sarah Wang · Inside AI\'s $10B+ Capital Flywheel')).toBeVisible();
  await expect(page.getByText('Bob McGrew (former OpenAI) · 见姊妹主题 inference-economics')).toBeVisible();
  await expect(page.getByText('(该集英文原音、podwise 仅存中文,故转述。)')).toBeVisible();
  await expect(page.locator('em', { hasText: '前提是 scaling laws 仍然成立、能力仍然在前进' })).toBeVisible();
  await expect(page.getByRole('list', { name: /把握程度 中等偏高/ }).locator('[aria-current="true"]')).toHaveText('中等偏高');
  await expect(page.getByText(/^最弱的环节是"新轴上的回报曲线"/)).toBeVisible();

  // Speakers named in the paragraph before their quotes are attributed, and look like any other.
  await expect(page.locator('#camp-b')).toContainText('Joelle Pineau (Cohere Chief Scientist)、Martin Casado、Sarah Wang');
  // (Consecutive quotes of one speaker share one attribution, after the last, as on the original page.)
  await expect(page.getByRole('figure', { name: 'Ari Morcos (Datology)' })).toContainText('Making the data better can be a massive compute multiplier.');
  await expect(page.getByRole('figure', { name: 'Joelle Pineau (Cohere Chief Scientist)' })).toHaveCount(2);
  await expect(page.getByRole('figure', { name: 'Jack Morris' })).toContainText('A model\'s capacity for memorization plateaus');
  await expect(page.getByRole('figure', { name: 'Isa Fulford / Christina Kim (OpenAI)' })).toContainText('very data efficient');
  // The page says what the document said: its date, and no line about the import.
  await expect(page.getByTestId('topic-meta')).toContainText('最近更新 2026年5月20日');
  await expect(page.getByText(/导入 · Imported|重新导入/)).toHaveCount(0);

  // Importing the same file again changes nothing.
  const again = spawnSync(
    process.execPath,
    ['lib/cli/run.mjs', 'lib/import/import-cli.ts', 'lib/import/fixtures/performance-plateau.txt', '--publish'],
    { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_NO_WARNINGS: '1' }, encoding: 'utf8', timeout: 120_000 },
  );
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).toContain('Unchanged: performance-plateau (revision 1, the topic already holds this document; nothing was written).');
});
