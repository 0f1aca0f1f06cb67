import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';

// Issue 20 end to end: a VTT transcript imported on the interview page, a passage clipped into a
// camp, published with its timecode; one word changed and the editor says it differs; and the
// seed page's quotes found in transcripts written for its interviews.

test.use({ storageState: storageStateFor('ANALYST'), viewport: { width: 1280, height: 2400 } });
// Each walks a whole workflow (several imports through the command line, a publish, a reader).
test.describe.configure({ timeout: 120_000 });

const waitSaved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
const cli = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['lib/cli/run.mjs', script, ...args], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });

const VTT = `WEBVTT

00:00:02.000 --> 00:00:09.000
<v Host>Welcome to the show about transcripts.

00:01:05.000 --> 00:01:12.500
<v Ada Transcript>Transcripts keep every quote honest about where it came from.

00:01:12.500 --> 00:01:20.000
<v Host>That is a strong claim.
`;

/** Selects `text` inside the transcript reader as a mouse would, then releases the button. */
async function selectInReader(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const element = [...document.querySelectorAll('[data-segment-text]')].find((e) => e.textContent?.includes(wanted));
    const node = element?.firstChild;
    if (!element || !node) throw new Error(`"${wanted}" is not on screen`);
    const start = node.textContent!.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}

test('import a VTT, clip a quote into a camp, publish with its timecode; one word changed shows "differs"', async ({ page, browser }) => {
  const stamp = Date.now();
  const interviewId = `e2e-transcript-${stamp}`;
  await sql(`INSERT INTO "Speaker" (id, slug, name, "updatedAt") VALUES ($1, $2, 'Ada Transcript', now())`, [`e2e-ada-${stamp}`, `ada-transcript-${stamp}`]);
  await sql(
    `INSERT INTO "Interview" (id, show, "episodeTitle", url, "spokenLanguage", "updatedAt") VALUES ($1, 'Transcript Show', $2, 'https://www.youtube.com/watch?v=e2e', 'en', now())`,
    [interviewId, `Episode ${stamp}`],
  );

  // The interview page: import the file, confirm the suggested speaker.
  await page.goto(`/editor/interviews/${interviewId}`);
  await page.getByLabel('文字稿文件 · Transcript file').setInputFiles({ name: 'episode.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT) });
  await page.getByRole('button', { name: '导入 · Import' }).click();
  await expect(page.getByText('已导入 3 段 · Imported 3 segments.')).toBeVisible();
  await expect(page.getByText('建议,未确认 · Suggested, not confirmed')).toBeVisible();
  await page.getByRole('button', { name: '确认讲者 · Confirm speakers' }).click();
  await expect(page.getByText('已确认 1 位讲者 · 1 speaker(s) confirmed.')).toBeVisible();

  // A new topic with one camp.
  const slug = `transcripts-e2e-${stamp}`;
  await page.goto('/editor/new');
  await page.getByLabel('中文标题 · Chinese title').fill('出处测试');
  await page.getByLabel('英文标题 · English title').fill('Provenance test');
  await page.getByLabel('网址名 · Address (slug)').fill(slug);
  await page.getByRole('button', { name: '创建并开始编辑 · Create and start editing' }).click();
  await expect(page.locator('html[data-editor-ready="true"]')).toBeAttached();
  await page.getByRole('button', { name: '+ 阵营 · Add camp' }).click();
  await page.locator('[data-sortable="camp"]').first().getByLabel('立场 · Stance').fill('Honest quotes');
  await waitSaved(page);

  // The transcript panel: open the transcript, select a passage, clip it into camp A.
  await page.locator('summary', { hasText: '文字稿 · Transcripts' }).click();
  const picker = page.getByLabel('访谈文字稿 · Interview transcript');
  await expect(picker.locator('option', { hasText: `Episode ${stamp}` })).toHaveCount(1);
  await picker.selectOption({ label: `Transcript Show · Episode ${stamp} (en)` });
  await expect(page.getByRole('region', { name: '文字稿 · Transcript' })).toContainText('Ada Transcript');
  await selectInReader(page, 'every quote honest about where it came from');
  await page.getByRole('button', { name: '摘为引语 · Clip as quote' }).click();
  const clip = page.getByRole('group', { name: '摘为引语 · Clip as quote' });
  await expect(clip).toContainText('1:05–1:12');
  await expect(clip).toContainText('Ada Transcript');
  await clip.getByLabel('放到 · Add to').selectOption({ label: '阵营 A · Camp A: Honest quotes' });
  await clip.getByRole('button', { name: '加入引语 · Add quote' }).click();

  const quote = page.locator('[data-sortable="camp"]').first().locator('[data-sortable="block"]').first();
  await expect(quote.getByLabel('原文 · Original')).toHaveValue('every quote honest about where it came from');
  await expect(quote.locator('[data-quote-status]')).toHaveAttribute('data-quote-status', 'verified');
  await waitSaved(page);

  await page.getByRole('button', { name: '发布… · Publish…' }).click();
  await page.getByRole('button', { name: '确认发布 · Publish now' }).click();
  await expect(page.getByText('已发布第 1 版 · Published version 1.')).toBeVisible();

  // A reader sees the timecode, linked to the moment on YouTube.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  await readerPage.goto(`/topics/${slug}`);
  const link = readerPage.getByRole('link', { name: '▶ 在 1:05 处收听' });
  await expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=e2e&t=65');
  await reader.close();

  // One word changed: the editor says it differs, shows the diff, and publishing waits.
  await quote.getByLabel('原文 · Original').fill('every quote truthful about where it came from');
  await expect(quote.locator('[data-quote-status]')).toHaveAttribute('data-quote-status', 'differs');
  const diff = quote.getByLabel('与文字稿的差异 · Difference from the transcript');
  await expect(diff.locator('del')).toHaveText('honest');
  await expect(diff.locator('ins')).toHaveText('truthful');
  // Publishing is tried and refused, naming the quote.
  await page.getByRole('button', { name: '发布… · Publish…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '还不能发布' })).toBeVisible();
  await expect(page.getByRole('list', { name: '发布前需要修正 · To fix before publishing' })).toContainText('the quote differs from the transcript');
  await expect(page.getByRole('region', { name: '与文字稿不符的引语 · Quotes that differ from the transcript' })).toBeVisible();
  await waitSaved(page);
});

test('find in transcripts anchors the seed page’s quotes once their interviews have transcripts', async ({ page }) => {
  const imported = cli('lib/import/import-cli.ts', ['lib/import/fixtures/performance-plateau.txt', '--json']);
  expect(imported.status, imported.stderr).toBe(0);
  const interviews = await sql<{ id: string; show: string }>(
    `SELECT i.id, i.show FROM "Interview" i JOIN "TopicSource" s ON s."interviewId" = i.id JOIN "Topic" t ON t.id = s."topicId" WHERE t.slug = 'performance-plateau'`,
  );
  const files: Record<string, string[]> = {
    Uncapped: ['uncapped-46-brad-lightcap.vtt'],
    '20VC': ['20vc-model-performance-plateauing.srt'],
    'AI Vibe Check': ['ai-vibe-check.zh.txt', '--language', 'zh'],
    "Inside AI's $10B+ Capital Flywheel": ['inside-ai-capital-flywheel.json'],
  };
  for (const { id, show } of interviews) {
    const [file, ...rest] = files[show] ?? [];
    expect(file, `a transcript fixture for ${show}`).toBeTruthy();
    const result = cli('lib/transcripts/import-cli.ts', [`lib/transcripts/fixtures/${file}`, '--interview', id, ...rest, '--json']);
    expect(result.status, result.stderr || result.stdout).toBe(0);
  }

  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'performance-plateau'`);
  await page.goto(`/editor/topics/${topic!.id}`);
  await expect(page.locator('html[data-editor-ready="true"]')).toBeAttached();
  await expect(page.locator('[data-quote-status="unanchored"]')).toHaveCount(6);
  await page.getByRole('button', { name: '在文字稿中查找引语 · Find in transcripts' }).click();
  await expect(page.getByText('找到 6 / 17 · Found 6 of 17')).toBeVisible();
  await page.getByRole('button', { name: '全部接受(6) · Accept all (6)' }).click();
  await expect(page.getByText('已锚定 6 条 · 6 anchored.')).toBeVisible();
  await expect(page.locator('[data-quote-status="verified"]')).toHaveCount(6);
  // The Vibe Check episode survives only in Chinese: its quote is checked against the translation.
  await expect(page.getByText('按译文稿核对 · Checked against the translated transcript')).toHaveCount(1);
  await waitSaved(page);
});
