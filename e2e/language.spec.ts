import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The interface follows the browser's language until the reader chooses one; the choice is
// remembered. Content stays in the language it was written in.

test.describe('a browser that asks for English', () => {
  test.use({ locale: 'en-US' });

  test('gets the English interface on the cached public pages, with the same content', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Topics', exact: true })).toBeVisible();
    await expect(page.getByText(/\d+ interviews · \d+ camps/).first()).toBeVisible();

    await page.goto('/topics/open-weights-catch-up');
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    for (const section of ['Changelog', 'Consensus', 'Where they disagree', 'What nobody explained', "Editor's view", 'Open questions', 'Sources']) {
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    }
    await expect(page.getByTestId('topic-meta')).toHaveText(/Living topic page · updated [A-Z][a-z]+ \d{1,2}, \d{4} · drawn from \d+ interviews/);
    // The page's own words are not translated: the Chinese title and the quotes stay as written.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('开源模型追上来了吗');
    await expect(page.getByRole('radio', { name: 'Original' })).toBeAttached();
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
  });

  test('can switch to Chinese, and the choice is remembered across pages and visits', async ({ page, context }) => {
    await page.goto('/topics/open-weights-catch-up');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/topics\/open-weights-catch-up$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
    await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

    // A new tab of the same browser, which still asks for English: the choice wins.
    const again = await context.newPage();
    await again.goto('/search?q=%E7%AE%97%E5%8A%9B');
    await expect(again.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();

    await again.getByRole('button', { name: 'English' }).click();
    await expect(again.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(again).toHaveURL(/\/search\?q=/);
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  });
});

test('a Chinese browser gets the Chinese interface, and an unknown address the not-found page in it', async ({ page }) => {
  await page.goto('/speakers/mara-lindqvist');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '立场记录' })).toBeVisible();
  const missing = await page.goto('/no/such/page');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
});

test('the language switch refuses other sites and unknown languages', async ({ request, baseURL }) => {
  const foreign = await request.post('/api/locale', { form: { locale: 'en' }, headers: { Origin: 'https://elsewhere.example' }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  const unknown = await request.post('/api/locale', { form: { locale: 'fr' }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(unknown.status()).toBe(400);
  const sneaky = await request.post('/api/locale', { form: { locale: 'en' }, headers: { Origin: baseURL!, Referer: `${baseURL}//elsewhere.example/x` }, maxRedirects: 0 });
  expect(sneaky.status()).toBe(303);
  expect(sneaky.headers()['location']).toBe('/elsewhere.example/x');
});
