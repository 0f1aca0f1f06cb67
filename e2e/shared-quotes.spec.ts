import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';
import { runNode as run } from './support/run-node';

// Issue 28, defect 2: a quote cited by several topics is one row. Editing it from one topic
// must never change the others silently: the analyst chooses "change everywhere" (each other
// topic records a revision naming the change and who made it; a published one shows
// unpublished changes) or "change only here" (the quote forks). The warning shows as soon as
// a library quote is inserted, not after a reload.

test.use({ storageState: storageStateFor('ANALYST'), viewport: { width: 1280, height: 2400 } });

const waitSaved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });

async function quoteBlockId(topicId: string, originalStart: string) {
  const [row] = await sql<{ id: string; quoteId: string }>(
    `SELECT b.id, b."quoteId" FROM "Block" b JOIN "Quote" q ON q.id = b."quoteId"
       LEFT JOIN "Camp" c ON c.id = b."campId" LEFT JOIN "ConsensusPoint" p ON p.id = b."consensusPointId"
      WHERE COALESCE(c."topicId", p."topicId") = $1 AND q."originalText" LIKE $2`,
    [topicId, `${originalStart}%`],
  );
  return row!;
}

test('a shared quote asks before it is edited: changed everywhere with a revision in each topic, or forked', async ({ page }) => {
  run(['lib/cli/run.mjs', 'lib/import/import-cli.ts', 'lib/import/fixtures/agents-in-production.txt', '--slug', 'shared-quote-a']);
  run(['--conditions=react-server', '--import', 'tsx', 'e2e/support/publish-draft.ts', 'shared-quote-a']);
  run(['lib/cli/run.mjs', 'lib/import/import-cli.ts', 'lib/import/fixtures/agents-in-production.txt', '--slug', 'shared-quote-b']);
  const [a] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'shared-quote-a'`);
  const [b] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'shared-quote-b'`);
  // Told apart in the warnings by their titles.
  await sql(`UPDATE "Topic" SET "titleEn" = 'Agents, second look', "titleZh" = '智能体,再看一次' WHERE id = $1`, [b!.id]);
  const everywhere = await quoteBlockId(b!.id, 'If you can check the answer');
  const onlyHere = await quoteBlockId(b!.id, 'The demo works nine times');
  const [{ count: revisionsOfA }] = (await sql<{ count: number }>(`SELECT count(*)::int AS count FROM "Revision" WHERE "topicId" = $1`, [a!.id])) as [{ count: number }];

  await page.goto(`/editor/topics/${b!.id}`);
  const first = page.locator(`[data-item-id="${everywhere.id}"]`);
  await expect(first.getByRole('note').filter({ hasText: 'Also cited in' })).toContainText('“Agents in Production”');
  await expect(first.getByLabel('译文 · Translation')).toBeDisabled();
  await first.getByRole('button', { name: '处处修改 · Change everywhere' }).click();
  await expect(first.getByRole('note').filter({ hasText: 'Also cited in' })).toContainText('each records a revision naming the change');
  await first.getByLabel('译文 · Translation').fill('能用测试检查答案的任务,今天就能上线智能体。');
  await waitSaved(page);

  const [inA] = await sql<{ translationText: string }>(`SELECT "translationText" FROM "Quote" WHERE id = $1`, [everywhere.quoteId]);
  expect(inA!.translationText).toBe('能用测试检查答案的任务,今天就能上线智能体。');
  const [latestOfA] = await sql<{ message: string; email: string }>(
    `SELECT r.message, u.email FROM "Revision" r JOIN "User" u ON u.id = r."authorId" WHERE r."topicId" = $1 ORDER BY r.number DESC LIMIT 1`,
    [a!.id],
  );
  expect(latestOfA).toEqual({ message: expect.stringMatching(/^共用引语「If you can check the answer.*」在《智能体,再看一次》中被修改 · Shared quote “If you can check.*” edited in “Agents, second look”$/), email: 'analyst@topicdesk.local' });
  const [{ count: revisionsOfAAfter }] = (await sql<{ count: number }>(`SELECT count(*)::int AS count FROM "Revision" WHERE "topicId" = $1`, [a!.id])) as [{ count: number }];
  expect(revisionsOfAAfter).toBe(revisionsOfA + 1);

  // The other topic's own pages say so: its history names the change, its editor shows unpublished changes.
  await page.goto(`/editor/topics/${a!.id}/history`);
  await expect(page.getByText(/Shared quote “If you can check.*” edited in “Agents, second look”/)).toBeVisible();
  await page.goto(`/editor/topics/${a!.id}`);
  await expect(page.getByText('草稿有尚未发布的修改 · The draft has unpublished changes.')).toBeVisible();
  // …and its published page still reads as published.
  const published = await page.request.get('/topics/shared-quote-a');
  expect(await published.text()).not.toContain('能用测试检查答案的任务');

  // "Change only here": this topic gets a copy; the other keeps its words and records nothing.
  await page.goto(`/editor/topics/${b!.id}`);
  const second = page.locator(`[data-item-id="${onlyHere.id}"]`);
  await expect(second.getByLabel('原文 · Original')).toBeDisabled();
  await second.getByRole('button', { name: /只改这里/ }).click();
  await expect(second.getByRole('note').filter({ hasText: 'Also cited in' })).toHaveCount(0);
  await second.getByLabel('译文 · Translation').fill('只在第二篇里改的译文');
  await waitSaved(page);
  const [forked] = await sql<{ quoteId: string; translationText: string }>(
    `SELECT b."quoteId", q."translationText" FROM "Block" b JOIN "Quote" q ON q.id = b."quoteId" WHERE b.id = $1`,
    [onlyHere.id],
  );
  expect(forked!.quoteId).not.toBe(onlyHere.quoteId);
  expect(forked!.translationText).toBe('只在第二篇里改的译文');
  const [original] = await sql<{ translationText: string }>(`SELECT "translationText" FROM "Quote" WHERE id = $1`, [onlyHere.quoteId]);
  expect(original!.translationText).not.toBe('只在第二篇里改的译文');
  const [{ count: revisionsOfALast }] = (await sql<{ count: number }>(`SELECT count(*)::int AS count FROM "Revision" WHERE "topicId" = $1`, [a!.id])) as [{ count: number }];
  expect(revisionsOfALast).toBe(revisionsOfAAfter);

  // A quote taken from the library warns at once, before any save or reload.
  const campA = page.locator('[data-sortable="camp"]').first();
  await campA.getByRole('button', { name: '+ 引语库 · From quote library' }).click();
  await campA.getByRole('combobox', { name: /在引语库中搜索/ }).fill('check the answer with a test');
  await campA.getByRole('option', { name: /If you can check the answer/ }).first().click();
  const inserted = campA.locator('[data-sortable="block"]').last();
  await expect(inserted.getByRole('note').filter({ hasText: 'Also cited in' })).toContainText('“Agents in Production”');
  await expect(inserted.getByLabel('译文 · Translation')).toBeDisabled();
});
