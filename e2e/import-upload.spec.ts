import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';

test.use({ storageState: storageStateFor('ANALYST') });

const seed = readFileSync('lib/import/fixtures/performance-plateau.txt');

test('an analyst previews an upload, nothing is written until confirming, then the page is published', async ({ page }) => {
  await page.goto('/editor');
  await page.getByRole('link', { name: '导入 · Import' }).click();
  await page.getByLabel(/^文件/).setInputFiles({ name: 'plateau.txt', mimeType: 'text/plain', buffer: seed });
  await page.getByLabel(/^网址名/).fill('uploaded-plateau');
  await page.getByLabel('导入后立即发布 · Publish right away').check();
  await page.getByRole('button', { name: '预览 · Preview' }).click();

  const preview = page.getByTestId('import-report');
  await expect(preview).toContainText('uploaded-plateau');
  await expect(preview).toContainText('引语 · quotes: 17');
  await expect(preview).toContainText('阵营 · camps: 5');
  await expect(page.getByRole('list', { name: '提醒 · Warnings' })).toContainText('第 52 行');
  expect(await sql(`SELECT 1 FROM "Topic" WHERE slug = 'uploaded-plateau'`)).toEqual([]);

  await page.getByRole('button', { name: '确认导入 · Confirm import' }).click();
  await expect(page.getByText('已导入并发布 · Imported and published.')).toBeVisible();
  await page.getByRole('link', { name: '查看页面 · View the page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('模型表现触顶了吗 · Performance Plateau');
  await expect(page.locator('[data-block="quote"]')).toHaveCount(17);
});

test('a file that is not text is refused with a clear message', async ({ page }) => {
  await page.goto('/editor/import');
  await page.getByLabel(/^文件/).setInputFiles({ name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
  await page.getByRole('button', { name: '预览 · Preview' }).click();
  await expect(page.getByText('This looks like a binary file, not a text document.')).toBeVisible();
  await expect(page.getByTestId('import-report')).toHaveCount(0);
});

test('the desk downloads a topic as Markdown that the importer reads back', async ({ page }) => {
  await page.goto('/editor');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'md · Open-Weights Catch-Up' }).click()]);
  expect(download.suggestedFilename()).toBe('open-weights-catch-up.md');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.split('\n')[0]).toBe('# 开源模型追上来了吗 · Open-Weights Catch-Up');
  expect(text).toContain('> — Dev Raman / Lucía Ortega (Basalt Ventures) · Basalt Podcast #31 The open-weights capital question');
});
