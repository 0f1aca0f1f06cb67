import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';
import { runNode } from './support/run-node';

// Issue 28, the phone: the editor's screens at 360 and 390 px wide, with touch. No screen
// scrolls sideways; the sticky bar takes at most 64 px; move and delete are at least 44 px
// square, with delete apart from the move buttons; a block is dragged with a finger.

const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

let topicId = '';
test.beforeAll(async () => {
  runNode(['lib/cli/run.mjs', 'lib/import/import-cli.ts', 'lib/import/fixtures/agents-in-production.txt', '--slug', 'phone-check']);
  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'phone-check'`);
  topicId = topic!.id;
});

/** How far the page can scroll sideways (0: it cannot), and the innermost elements reaching past its edge. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // An element inside a box that scrolls (or clips) on its own does not move the page, unless
    // it is positioned past that box: an absolute element is clipped only by boxes at or above
    // its containing block (an sr-only label in a scrolling table with no position widened the
    // page this way, and this check missed it).
    const outOfFlow = (style: CSSStyleDeclaration) => style.position === 'absolute' || style.position === 'fixed';
    const clippedByAncestor = (element: Element) => {
      let escaping = outOfFlow(getComputedStyle(element));
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        // An out-of-flow element passes through static ancestors: they neither clip nor place it.
        if (escaping && style.position === 'static') continue;
        if (style.overflowX !== 'visible') return true;
        escaping = outOfFlow(style);
      }
      return false;
    };
    const past = [...document.body.querySelectorAll('*')].filter((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.right <= width + 0.5 || rect.width === 0) return false;
      return !clippedByAncestor(element);
    });
    // Text wider than its own box (a long address or slug) reaches past the edge with no element doing so.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const parent = node.parentElement;
      if (!parent || range.getBoundingClientRect().right <= width + 0.5 || past.includes(parent)) continue;
      if (getComputedStyle(parent).overflowX === 'visible' && !clippedByAncestor(parent)) past.push(parent);
    }
    const innermost = past.filter((element) => !past.some((other) => other !== element && element.contains(other)));
    const describe = (element: Element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">${(element.textContent ?? '').trim().slice(0, 30)}`;
    return { extra: document.documentElement.scrollWidth - width, culprits: innermost.slice(0, 3).map(describe) };
  });

const box = async (page: Page, selector: ReturnType<Page['locator']>) => (await selector.boundingBox())!;

for (const width of [360, 390]) {
  test.describe(`at ${width} px with touch`, () => {
    test.use({ ...PHONE, viewport: { width, height: 844 }, storageState: storageStateFor('ANALYST') });

    test('no editor screen scrolls sideways', async ({ page }) => {
      const [speaker] = await sql<{ id: string }>(`SELECT id FROM "Speaker" WHERE "deletedAt" IS NULL ORDER BY name LIMIT 1`);
      const [interview] = await sql<{ id: string }>(`SELECT id FROM "Interview" WHERE "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`);
      const screens = [
        '/editor',
        '/editor/new',
        '/editor/import',
        '/editor/quotes',
        '/editor/speakers',
        `/editor/speakers/${speaker!.id}`,
        '/editor/speakers/new',
        '/editor/interviews',
        `/editor/interviews/${interview!.id}`,
        '/editor/interviews/new',
        `/editor/topics/${topicId}`,
        `/editor/topics/${topicId}/history`,
        `/editor/topics/${topicId}/preview`,
        '/account',
      ];
      const overflowing: string[] = [];
      for (const screen of screens) {
        const response = await page.goto(screen);
        expect(response?.status(), screen).toBe(200);
        const { extra, culprits } = await sidewaysScroll(page);
        if (extra > 0) overflowing.push(`${screen}: ${extra} px (${culprits.join(' · ')})`);
      }
      expect(overflowing, 'screens that scroll sideways').toEqual([]);
    });

    test('the sticky bar is one short line; its actions open under it', async ({ page }) => {
      await page.goto(`/editor/topics/${topicId}`);
      const bar = page.locator('[data-editor-bar]');
      expect((await box(page, bar)).height).toBeLessThanOrEqual(64);
      await expect(page.getByRole('button', { name: '保存 · Save' })).toBeHidden();
      await page.getByRole('button', { name: '更多操作 · More actions' }).tap();
      await expect(page.getByRole('button', { name: '保存 · Save' })).toBeVisible();
      await expect(page.getByRole('link', { name: '历史 · History' })).toBeVisible();
      await page.getByRole('button', { name: '收起操作 · Hide actions' }).tap();
      expect((await box(page, bar)).height).toBeLessThanOrEqual(64);
    });

    test('move and delete are 44 px targets, delete apart from the moves', async ({ page }) => {
      await page.goto(`/editor/topics/${topicId}`);
      const block = page.locator('[data-sortable="block"]').nth(1);
      await block.scrollIntoViewIfNeeded();
      const up = await box(page, block.getByRole('button', { name: /^上移 · Move up/ }).first());
      const down = await box(page, block.getByRole('button', { name: /^下移 · Move down/ }).first());
      const remove = await box(page, block.getByRole('button', { name: /^删除 · Delete/ }).first());
      const drag = await box(page, block.getByRole('button', { name: /^拖动 · Drag/ }).first());
      for (const target of [up, down, remove, drag]) {
        expect(target.width).toBeGreaterThanOrEqual(44);
        expect(target.height).toBeGreaterThanOrEqual(44);
      }
      expect(remove.x - (down.x + down.width)).toBeGreaterThanOrEqual(16);
    });
  });
}

test.describe('at 360 px, the admin and public screens', () => {
  test.use({ ...PHONE, viewport: { width: 360, height: 800 }, storageState: storageStateFor('ADMIN') });

  test('no admin or reader screen scrolls sideways', async ({ page }) => {
    const [published] = await sql<{ slug: string; topicId: string }>(`SELECT slug, "topicId" FROM "PublishedTopic" ORDER BY slug LIMIT 1`);
    const [speaker] = await sql<{ slug: string }>(`SELECT s.slug FROM "Speaker" s WHERE EXISTS (SELECT 1 FROM "PublishedAppearance" p WHERE p."speakerId" = s.id) ORDER BY s.slug LIMIT 1`);
    const [interview] = await sql<{ id: string }>(`SELECT i.id FROM "Interview" i WHERE EXISTS (SELECT 1 FROM "PublishedAppearance" p WHERE p."interviewId" = i.id) ORDER BY i.id LIMIT 1`);
    const screens = [
      '/admin/users',
      '/admin/trash',
      '/admin/audit',
      `/editor/topics/${published!.topicId}/diff?from=1&to=1`,
      '/',
      '/search?q=%E7%AE%97%E5%8A%9B',
      `/topics/${published!.slug}`,
      `/topics/${published!.slug}/history`,
      '/speakers',
      `/speakers/${speaker!.slug}`,
      `/interviews/${interview!.id}`,
    ];
    const overflowing: string[] = [];
    for (const screen of screens) {
      const response = await page.goto(screen);
      expect(response?.status(), screen).toBe(200);
      const { extra, culprits } = await sidewaysScroll(page);
      if (extra > 0) overflowing.push(`${screen}: ${extra} px (${culprits.join(' · ')})`);
    }
    expect(overflowing, 'screens that scroll sideways').toEqual([]);
  });
});

test.describe('dragging with a finger', () => {
  test.use({ ...PHONE, viewport: { width: 390, height: 844 }, storageState: storageStateFor('ANALYST') });

  test('a block dragged by its handle moves below the next one, and is saved there', async ({ page }) => {
    await page.goto(`/editor/topics/${topicId}`);
    // The first list holding two blocks or more.
    const lists = await page.locator('[data-sortable="block"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-list')));
    const list = lists.find((name, index) => lists.indexOf(name) !== index)!;
    const blocks = page.locator(`[data-sortable="block"][data-list="${list}"]`);
    const before = await blocks.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-item-id')));
    await blocks.nth(1).scrollIntoViewIfNeeded();
    const handle = await box(page, blocks.nth(0).getByRole('button', { name: /^拖动 · Drag/ }).first());
    const target = await box(page, blocks.nth(1));
    const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    const to = { x: target.x + target.width / 2, y: target.y + target.height * 0.75 };

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let step = 1; step <= 12; step += 1) {
      const point = { x: from.x + ((to.x - from.x) * step) / 12, y: from.y + ((to.y - from.y) * step) / 12 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

    await expect.poll(() => blocks.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-item-id')))).toEqual([before[1], before[0], ...before.slice(2)]);
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
    const stored = await sql<{ id: string }>(`SELECT id FROM "Block" WHERE id = ANY($1) ORDER BY position`, [before]);
    expect(stored.map((row) => row.id)).toEqual([before[1], before[0], ...before.slice(2)]);
  });
});
