import { expect, test } from '@playwright/test';
import { sql } from './support/database';
import { actionsInBuild, callAction } from './support/server-actions';

test('the site feed lists published changes, escaped, with links to the version that made them', async ({ request, baseURL }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain('<title>开源模型追上来了吗 · Open-Weights Catch-Up</title>');
  expect(xml).toContain(`<link href="${baseURL}/topics/open-weights-catch-up/v/1"/>`);
  expect(xml).toContain('<summary>把握程度从中等偏低上调为中等;补充 Roundtable 的转述。</summary>');
});

test('each topic has a feed of its changelog, and unknown topics do not', async ({ request }) => {
  const xml = await (await request.get('/topics/open-weights-catch-up/feed.xml')).text();
  expect(xml).toContain('<title>2026-04-20 · 开源模型追上来了吗</title>');
  expect((await request.get('/topics/no-such-topic/feed.xml')).status()).toBe(404);
});

test('the same feeds are offered in RSS 2.0, and every page names both', async ({ page, request, baseURL }) => {
  const site = await request.get('/rss.xml');
  expect(site.headers()['content-type']).toContain('application/rss+xml');
  const xml = await site.text();
  expect(xml).toContain('<rss version="2.0"');
  expect(xml).toContain(`<link>${baseURL}/topics/open-weights-catch-up/v/1</link>`);
  const topic = await (await request.get('/topics/open-weights-catch-up/rss.xml')).text();
  expect(topic).toContain('<title>2026-04-20 · 开源模型追上来了吗</title>');
  expect((await request.get('/topics/no-such-topic/rss.xml')).status()).toBe(404);
  await page.goto('/topics/open-weights-catch-up');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(2);
});

test('robots.txt keeps crawlers out of the editor; the sitemap lists published topics, not drafts', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /editor');
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  // A draft that exists: created as an analyst creates one.
  const slug = `draft-only-${Date.now().toString(36)}`;
  const create = actionsInBuild().find((action) => action.key === 'app/(editor)/editor/new/actions.ts#createTopicAction')!;
  await callAction(baseURL!, 'ANALYST', create, { titleZh: '只是草稿', titleEn: 'Only a draft', slug });
  expect(await sql(`SELECT 1 FROM "Topic" WHERE slug = $1`, [slug]), 'the draft exists').toHaveLength(1);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${baseURL}/topics/open-weights-catch-up</loc>`);
  expect(sitemap).not.toContain(slug);
});
