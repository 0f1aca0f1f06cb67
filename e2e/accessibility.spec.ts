import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';

// axe-core (WCAG 2.1 A and AA rules) on every public page and every signed-in screen, in the
// light and the dark colour scheme: zero violations.

async function expectNoViolations(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `${path}`).toEqual([]);
}

async function ids() {
  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'open-weights-catch-up'`);
  const [speaker] = await sql<{ id: string }>(`SELECT id FROM "Speaker" WHERE slug = 'mara-lindqvist'`);
  const [interview] = await sql<{ id: string }>(`SELECT "interviewId" AS id FROM "TopicSource" WHERE "topicId" = $1 LIMIT 1`, [topic!.id]);
  const [revisions] = await sql<{ max: number }>(`SELECT max(number) AS max FROM "Revision" WHERE "topicId" = $1`, [topic!.id]);
  return { topic: topic!.id, speaker: speaker!.id, interview: interview!.id, lastRevision: Number(revisions!.max) };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('public pages', async ({ page }) => {
      const { interview } = await ids();
      for (const path of ['/', '/topics/open-weights-catch-up', '/topics/open-weights-catch-up/v/1', '/speakers/mara-lindqvist', `/interviews/${interview}`, '/search?q=算力', '/search?q=nothing-matches-this', '/login', '/no-such-page']) {
        if (path === '/no-such-page') {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
          expect(violations.map((v) => v.id), path).toEqual([]);
        } else await expectNoViolations(page, path);
      }
    });

    test.describe('as an analyst', () => {
      test.use({ storageState: storageStateFor('ANALYST') });
      test('editor screens', async ({ page }) => {
        const { topic, speaker, interview, lastRevision } = await ids();
        for (const path of [
          '/editor',
          '/editor/new',
          `/editor/topics/${topic}`,
          `/editor/topics/${topic}/preview`,
          `/editor/topics/${topic}/history`,
          `/editor/topics/${topic}/diff?from=1&to=${lastRevision}`,
          '/editor/import',
          '/editor/speakers',
          '/editor/speakers/new',
          `/editor/speakers/${speaker}`,
          '/editor/interviews',
          '/editor/interviews/new',
          `/editor/interviews/${interview}`,
          '/editor/quotes',
          '/account',
        ]) {
          await expectNoViolations(page, path);
        }
      });
    });

    test.describe('as an admin', () => {
      test.use({ storageState: storageStateFor('ADMIN') });
      test('admin screens', async ({ page }) => {
        for (const path of ['/admin/users', '/admin/audit', '/admin/trash']) await expectNoViolations(page, path);
      });
    });
  });
}
