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
  const inferred = page.getByRole('list', { name: '推断的讲者 · Inferred speakers' });
  await expect(inferred.getByRole('listitem')).toHaveCount(10);
  await expect(inferred).toContainText('第 52 行:讲者由前文推断为 Jack Morris(第 50 行)');
  await expect(page.getByRole('list', { name: '提醒 · Warnings' })).toContainText('取材 9 篇访谈');
  expect(await sql(`SELECT 1 FROM "Topic" WHERE slug = 'uploaded-plateau'`)).toEqual([]);

  await page.getByRole('button', { name: '确认导入 · Confirm import' }).click();
  await expect(page.getByText('已导入并发布 · Imported and published.')).toBeVisible();
  await page.getByRole('link', { name: '查看页面 · View the page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('模型表现触顶了吗 · Performance Plateau');
  await expect(page.locator('[data-block="quote"]')).toHaveCount(17);
});

test('an import is in the audit log, with who imported which file into which address', async ({ page, browser }) => {
  const slug = `audited-plateau-${Date.now()}`;
  await page.goto('/editor/import');
  await page.getByLabel(/^文件/).setInputFiles({ name: 'audited.txt', mimeType: 'text/plain', buffer: seed });
  await page.getByLabel(/^网址名/).fill(slug);
  await page.getByRole('button', { name: '预览 · Preview' }).click();
  await page.getByRole('button', { name: '确认导入 · Confirm import' }).click();
  await expect(page.getByText('已导入为草稿 · Imported as a draft.')).toBeVisible();

  const admin = await browser.newContext({ storageState: storageStateFor('ADMIN') });
  const adminPage = await admin.newPage();
  await adminPage.goto('/admin/audit?action=topic.import');
  const row = adminPage.getByRole('row').filter({ hasText: slug });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('topic.import');
  await expect(row).toContainText('Demo Analyst');
  await expect(row).toContainText('audited.txt');
  await admin.close();
});

test('the editor shows each inferred speaker on its quote, to confirm one by one or all at once', async ({ page }) => {
  await page.goto('/editor/import');
  await page.getByLabel(/^文件/).setInputFiles({ name: 'plateau.txt', mimeType: 'text/plain', buffer: seed });
  await page.getByLabel(/^网址名/).fill('inferred-plateau');
  await page.getByRole('button', { name: '预览 · Preview' }).click();
  await page.getByRole('button', { name: '确认导入 · Confirm import' }).click();
  await expect(page.getByText('已导入为草稿 · Imported as a draft.')).toBeVisible();
  const [{ id }] = (await sql(`SELECT id FROM "Topic" WHERE slug = 'inferred-plateau'`)) as [{ id: string }];

  // The done screen leads to the new draft.
  await page.getByRole('link', { name: '编辑这个主题 · Edit this topic' }).click();
  await expect(page).toHaveURL(new RegExp(`/editor/topics/${id}$`));
  const notices = page.getByRole('note').filter({ hasText: '讲者由前一段推断,请确认 · Speaker inferred from the paragraph before — confirm' });
  const toConfirm = page.getByRole('list', { name: '发布前请确认 · To confirm before publishing' });
  await expect(notices).toHaveCount(10);
  await expect(toConfirm.getByRole('listitem')).toHaveCount(10);
  await expect(toConfirm).toContainText('讲者 Jack Morris 由前文推断,待确认 · speaker Jack Morris inferred from the text before, to confirm');
  // Inferred speakers do not block publishing: they are warnings, not "no speaker".
  await expect(page.getByRole('list', { name: '发布前需要修正 · To fix before publishing' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '发布… · Publish…' })).toBeEnabled();

  const jackMorris = notices.filter({ hasText: 'Jack Morris 在更基础的研究层面' });
  await jackMorris.getByRole('button', { name: '确认讲者 · Confirm speaker' }).click();
  await expect(notices).toHaveCount(9);
  await expect(toConfirm.getByRole('listitem')).toHaveCount(9);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  expect(await sql(`SELECT count(*)::int AS n FROM "Block" b JOIN "Camp" c ON c.id = b."campId" JOIN "Topic" t ON t.id = c."topicId" WHERE t.slug = 'inferred-plateau' AND b."speakersInferredFrom" IS NOT NULL`)).toEqual([{ n: 9 }]);

  await page.getByRole('button', { name: '全部确认(9)· Confirm all (9)' }).click();
  await expect(notices).toHaveCount(0);
  await expect(toConfirm).toHaveCount(0);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  expect(await sql(`SELECT count(*)::int AS n FROM "Block" b JOIN "Camp" c ON c.id = b."campId" JOIN "Topic" t ON t.id = c."topicId" WHERE t.slug = 'inferred-plateau' AND b."speakersInferredFrom" IS NOT NULL`)).toEqual([{ n: 0 }]);
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
