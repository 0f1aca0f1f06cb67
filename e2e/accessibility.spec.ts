import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';

// axe-core (WCAG 2.1 A and AA rules) on every public page and every signed-in screen, in the
// light and the dark colour scheme: zero violations.
//
// One test per screen and scheme. The editor screens once ran as a single test of fifteen
// scans, and on a busy 2-core machine axe alone took long enough to hit the 30 s limit: a red
// run that said nothing about accessibility. A scan of one screen has the whole budget to itself.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, path: string, { expectStatus = 'ok' }: { expectStatus?: 'ok' | 'not-found' } = {}) {
  const response = await page.goto(path);
  if (expectStatus === 'ok') expect(response?.status(), path).toBeLessThan(400);
  else expect(response?.status(), path).toBe(404);
  // The page's own scripts have run (hydration), so axe sees what a reader sees.
  await page.waitForLoadState('load');
  // Only violations are collected: axe skips assembling the passes, most of its time on a long page.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, path).toEqual([]);
}

type Ids = { topic: string; speaker: string; interview: string; lastRevision: number };

async function ids(): Promise<Ids> {
  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'open-weights-catch-up'`);
  const [speaker] = await sql<{ id: string }>(`SELECT id FROM "Speaker" WHERE slug = 'mara-lindqvist'`);
  const [interview] = await sql<{ id: string }>(`SELECT "interviewId" AS id FROM "TopicSource" WHERE "topicId" = $1 LIMIT 1`, [topic!.id]);
  const [revisions] = await sql<{ max: number }>(`SELECT max(number) AS max FROM "Revision" WHERE "topicId" = $1`, [topic!.id]);
  return { topic: topic!.id, speaker: speaker!.id, interview: interview!.id, lastRevision: Number(revisions!.max) };
}

const publicPages: [string, (ids: Ids) => string][] = [
  ['home', () => '/'],
  ['topic', () => '/topics/open-weights-catch-up'],
  ['topic version', () => '/topics/open-weights-catch-up/v/1'],
  ['topic history', () => '/topics/open-weights-catch-up/history'],
  ['speaker', () => '/speakers/mara-lindqvist'],
  ['speakers', () => '/speakers'],
  ['speakers, searched and filtered', () => `/speakers?q=${encodeURIComponent('a')}&days=30`],
  ['interview', ({ interview }) => `/interviews/${interview}`],
  ['search with results', () => '/search?q=算力'],
  ['search without results', () => '/search?q=nothing-matches-this'],
  ['sign-in', () => '/login'],
];

const editorScreens: [string, (ids: Ids) => string][] = [
  ['desk', () => '/editor'],
  ['new topic', () => '/editor/new'],
  ['topic editor', ({ topic }) => `/editor/topics/${topic}`],
  ['preview', ({ topic }) => `/editor/topics/${topic}/preview`],
  ['history', ({ topic }) => `/editor/topics/${topic}/history`],
  ['diff', ({ topic, lastRevision }) => `/editor/topics/${topic}/diff?from=1&to=${lastRevision}`],
  ['import', () => '/editor/import'],
  ['speakers', () => '/editor/speakers'],
  ['new speaker', () => '/editor/speakers/new'],
  ['speaker record', ({ speaker }) => `/editor/speakers/${speaker}`],
  ['interviews', () => '/editor/interviews'],
  ['new interview', () => '/editor/interviews/new'],
  ['interview record', ({ interview }) => `/editor/interviews/${interview}`],
  ['quote library', () => '/editor/quotes'],
  ['account', () => '/account'],
];

const adminScreens = ['/admin/users', '/admin/audit', '/admin/trash'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test.describe('public pages', () => {
      for (const [name, path] of publicPages) {
        test(name, async ({ page }) => expectNoViolations(page, path(await ids())));
      }
      test('not found', async ({ page }) => expectNoViolations(page, '/no-such-page', { expectStatus: 'not-found' }));
    });

    test.describe('editor screens, as an analyst', () => {
      test.use({ storageState: storageStateFor('ANALYST') });
      for (const [name, path] of editorScreens) {
        test(name, async ({ page }) => expectNoViolations(page, path(await ids())));
      }
    });

    test.describe('admin screens, as an admin', () => {
      test.use({ storageState: storageStateFor('ADMIN') });
      for (const path of adminScreens) {
        test(path, async ({ page }) => expectNoViolations(page, path));
      }
    });
  });
}
