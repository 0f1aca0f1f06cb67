import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { COMPILE_HINT } from '../lib/build/compile-hints';

test('a reader opens the home page, follows the demo topic and sees every section', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '主题', exact: true })).toBeVisible();

  const demo = page.getByRole('link', { name: '开源模型追上来了吗 · Open-Weights Catch-Up' });
  await expect(demo).toBeVisible();
  await expect(page.getByText('取材 5 篇访谈 · 3 个阵营')).toBeVisible();
  await demo.click();

  await expect(page).toHaveURL(/\/topics\/open-weights-catch-up$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开源模型追上来了吗 · Open-Weights Catch-Up');
  await expect(page.getByTestId('topic-meta')).toHaveText(/主题页\(活文档\) · 最近更新 \d{4}年\d{1,2}月\d{1,2}日 · 取材 5 篇访谈/);

  for (const section of ['更新日志', '主流共识', '分歧在哪', '都没说透的', '我的看法', '还想知道什么', '取材']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${section}`) })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 3, name: /^第一点:/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^第二点:/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^阵营 B · “前沿永远领先一代”/ })).toBeVisible();

  // A bilingual quote: the original, then its translation, then who said it and where.
  const quote = page.locator('figure', { hasText: 'measured in release cycles' });
  await expect(quote).toContainText('差距过去以年计,现在以发布周期计。');
  await expect(quote).toContainText('Mara Lindqvist (Fjord AI) · Weights & Measures');
  // A quote with two speakers, and one that survives only in translation with a sister-topic link.
  await expect(page.getByText('Dev Raman / Lucía Ortega (Basalt Ventures)')).toBeVisible();
  await expect(page.getByText('仅存译文', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'inference-economics' })).toHaveAttribute('href', '/topics/inference-economics');
  // A paraphrase carries its reason; a note is in the editor's voice; emphasis is rendered.
  await expect(page.getByText('(该集英文原音、仅存中文转录,故转述。)')).toBeVisible();
  await expect(page.locator('[data-block="note"]').first()).toContainText('注意——');
  await expect(page.locator('[data-block="paragraph"] em', { hasText: '迭代速度' })).toBeVisible();
  // The editor's view on the five-step scale.
  await expect(page.getByText('判断(不是事实):')).toBeVisible();
  await expect(page.getByRole('list', { name: /把握程度 中等/ }).locator('[aria-current="true"]')).toHaveText('中等');
  // 取材 links each interview to its page, and to the original episode.
  const source = page.locator('#sources li').filter({ hasText: 'Weights & Measures' });
  await expect(source.getByRole('link', { name: /^Weights & Measures #12/ })).toHaveAttribute('href', /^\/interviews\//);
  await expect(source.getByRole('link', { name: '原链接' })).toHaveAttribute('href', /^https?:\/\//);
});

test('the sister topic link leads to a published page', async ({ page }) => {
  await page.goto('/topics/open-weights-catch-up');
  await page.getByRole('link', { name: '推理成本 · Inference Economics' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('推理成本 · Inference Economics');
});

test("Next's runtime reaches the reader with V8's compile hint, and the page still comes alive", async ({ page }) => {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next-test';
  const runtime = new Set<string>(JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')).rootMainFiles);
  const received: Promise<{ file: string; hinted: boolean }>[] = [];
  page.on('response', (response) => {
    const file = new URL(response.url()).pathname.replace(/^\/_next\//, '');
    if (runtime.has(file)) received.push(response.text().then((body) => ({ file, hinted: body.startsWith(COMPILE_HINT) })));
  });
  await page.goto('/topics/open-weights-catch-up', { waitUntil: 'networkidle' });

  const chunks = await Promise.all(received);
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.filter((chunk) => !chunk.hinted).map((chunk) => chunk.file)).toEqual([]);
  // Hydrated: the quote-language setting (a client component) answers a click.
  await page.getByText('只看原文').click();
  await expect(page.locator('html')).toHaveAttribute('data-quotes', 'original');
});
