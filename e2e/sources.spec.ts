import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';

test.use({ viewport: { width: 1280, height: 2400 } });

test.describe('as an analyst', () => {
  test.use({ storageState: storageStateFor('ANALYST') });

  test('a new interview and a new speaker are created from inside the quote editor, and the library lists them', async ({ page }) => {
    const stamp = Date.now();
    await page.goto('/editor/new');
    await page.getByLabel('中文标题 · Chinese title').fill('来源测试');
    await page.getByLabel('英文标题 · English title').fill('Sources Check');
    await page.getByLabel('网址名 · Address (slug)').fill(`sources-e2e-${stamp}`);
    await page.getByRole('button', { name: '创建并开始编辑 · Create and start editing' }).click();
    await expect(page.locator('html[data-editor-ready="true"]')).toBeAttached();
    await page.getByRole('button', { name: '+ 共识 · Add consensus point' }).click();
    await page.getByLabel('共识陈述 · Statement').fill('A point');
    await page.getByRole('button', { name: '+ 引语 · Quote' }).click();
    await page.getByLabel('原文 · Original').fill('Sources matter.');

    const show = `Field Notes ${stamp}`;
    await page.getByRole('combobox', { name: '访谈 · Interview' }).fill(show);
    await page.getByRole('option', { name: `新建访谈「${show}」 · New interview “${show}”` }).click();
    await page.getByLabel('单集标题 · Episode title').fill('On sources');
    await page.getByLabel('集数(可选) · Episode number (optional)').fill('7');
    await page.getByRole('button', { name: '创建访谈 · Create interview' }).click();
    await expect(page.getByRole('button', { name: `移除访谈 · Remove interview ${show}` })).toBeVisible();

    const person = `Noor Haddad ${stamp}`;
    await page.getByRole('combobox', { name: '讲者 · Speakers' }).fill(person);
    await page.getByRole('option', { name: new RegExp(`新建讲者「${person}」`) }).click();
    await page.getByLabel('机构(可选) · Organisation (optional)').fill('Field Lab');
    await page.getByRole('button', { name: '创建讲者 · Create speaker' }).click();
    await expect(page.getByRole('list', { name: '讲者 · Speakers' })).toContainText(`${person}(Field Lab)`);
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });

    // A second interview with the same show and episode is refused as a duplicate.
    await page.goto('/editor/interviews/new');
    await page.getByLabel('节目 · Show').fill(show);
    await page.getByLabel('单集标题 · Episode title').fill('Same episode again');
    await page.getByLabel('集数 · Episode number').fill('7');
    await page.getByRole('button', { name: '创建访谈 · Create interview' }).click();
    await expect(page.getByText(/already in the library/)).toBeVisible();

    await page.goto(`/editor/speakers?q=${encodeURIComponent(person)}`);
    await page.getByRole('link', { name: person }).click();
    await expect(page.getByRole('heading', { name: '用在哪里 · Where it is used' })).toBeVisible();
    await expect(page.getByRole('link', { name: '来源测试 · Sources Check' })).toBeVisible();

    await page.goto(`/editor/quotes?q=${encodeURIComponent('Sources matter')}`);
    await expect(page.getByText('“Sources matter.”')).toBeVisible();
    await expect(page.getByText(`${person} · ${show} · On sources`)).toBeVisible();
  });
});

test.describe('an analyst\'s first day with speakers', () => {
  test.use({ storageState: storageStateFor('ANALYST') });

  test('an affiliation saved in the library is on the speaker\'s public page at once, and one with no start date reads without "?"', async ({ page }) => {
    const organisation = `Brookings Metro ${Date.now()}`;
    // The public page is cached before the edit.
    await page.goto('/speakers/mara-lindqvist');
    await expect(page.getByRole('heading', { level: 1, name: 'Mara Lindqvist' })).toBeVisible();
    await page.goto('/editor/speakers?q=Mara');
    await page.getByRole('link', { name: 'Mara Lindqvist' }).click();
    try {
      await page.getByRole('button', { name: '+ 经历 · Add affiliation' }).click();
      await page.getByLabel('机构 · Organisation').last().fill(organisation);
      await page.getByRole('button', { name: '保存讲者 · Save speaker' }).click();
      await expect(page.getByText('已保存 · Saved.')).toBeVisible();

      await page.goto('/speakers/mara-lindqvist');
      const row = page.getByRole('region', { name: '经历' }).getByRole('listitem').filter({ hasText: organisation });
      await expect(row).toHaveText(`${organisation} · 至今`);
    } finally {
      await sql(`DELETE FROM "SpeakerAffiliation" WHERE organisation = $1`, [organisation]);
    }
  });

  test('a second person with the same name is not refused: the analyst chooses "same person" or "a different person", who gets an address of their own', async ({ page }) => {
    const name = `Sam Park ${Date.now()}`;
    const create = async (organisation: string) => {
      await page.goto('/editor/speakers/new');
      await page.getByLabel('姓名 · Name').fill(name);
      await page.getByRole('button', { name: '+ 经历 · Add affiliation' }).click();
      await page.getByLabel('机构 · Organisation').fill(organisation);
      await page.getByRole('button', { name: '创建讲者 · Create speaker' }).click();
    };
    const aRecord = /\/editor\/speakers\/(?!new$)[^/]+$/;
    await create('Another Org');
    await expect(page).toHaveURL(aRecord);
    const firstUrl = page.url();

    await create('NYU Stern');
    const warning = page.getByRole('group', { name: /同名讲者 · A speaker with this name/ });
    await expect(warning).toContainText(`${name}(Another Org)`);
    await expect(warning.getByRole('link', { name: /同一个人.*Same person/ })).toHaveAttribute('href', new URL(firstUrl).pathname);
    // The form keeps what was typed while the analyst decides.
    await expect(page.getByLabel('机构 · Organisation')).toHaveValue('NYU Stern');
    await warning.getByRole('button', { name: /不同的人.*A different person/ }).click();
    await expect(page).toHaveURL(aRecord);
    await expect(page).not.toHaveURL(firstUrl);

    const rows = await sql<{ slug: string }>(`SELECT slug FROM "Speaker" WHERE name = $1 ORDER BY "createdAt"`, [name]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slug).not.toBe(rows[0]!.slug);
    expect(rows[1]!.slug).toMatch(/nyu-stern/);
    // Saving either record later is not refused because of the other.
    await page.getByRole('button', { name: '保存讲者 · Save speaker' }).click();
    await expect(page.getByText('已保存 · Saved.')).toBeVisible();
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStateFor('ADMIN') });

  test('two records of one person are merged, and the merge is undone from the audit log', async ({ page }) => {
    const stamp = Date.now();
    for (const name of [`Ada Byron ${stamp}`, `Lady Lovelace ${stamp}`]) {
      await page.goto('/editor/speakers/new');
      await page.getByLabel('姓名 · Name').fill(name);
      await page.getByRole('button', { name: '创建讲者 · Create speaker' }).click();
      await expect(page).toHaveURL(/\/editor\/speakers\/[^/]+$/);
    }
    // On the second record's page: merge the first into it.
    await page.getByRole('combobox', { name: '要合并进来的讲者 · Speaker to merge into this one' }).fill(`Ada Byron ${stamp}`);
    await page.getByRole('option', { name: `Ada Byron ${stamp}` }).click();
    await page.getByRole('button', { name: '合并 · Merge' }).click();
    await expect(page.getByText(/已把 Ada Byron .* 合并进来/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('别名(每行一个) · Aliases (one per line)')).toHaveValue(`Ada Byron ${stamp}`);

    await page.goto('/admin/audit?action=speaker.merge');
    await page.getByRole('button', { name: '撤销合并 · Undo merge' }).first().click();
    await expect(page.getByText('合并已撤销 · The merge is undone.')).toBeVisible();
    await page.goto(`/editor/speakers?q=${encodeURIComponent(`Ada Byron ${stamp}`)}`);
    await expect(page.getByRole('link', { name: `Ada Byron ${stamp}` })).toBeVisible();
  });
});

test('a reader follows a speaker from a quote to their stance ledger, and on to an interview', async ({ page }) => {
  await page.goto('/topics/open-weights-catch-up');
  await page.locator('[data-block="quote"]').getByRole('link', { name: 'Mara Lindqvist' }).first().click();
  await expect(page).toHaveURL(/\/speakers\/mara-lindqvist$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mara Lindqvist' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '立场记录' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Mara Lindqvist:主题 × 阵营/ })).toBeVisible();
  await expect(page.getByRole('link', { name: '开源模型追上来了吗 · Open-Weights Catch-Up' }).first()).toBeVisible();

  await page.goto('/topics/open-weights-catch-up');
  await page.locator('#sources').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/interviews\/[^/]+$/);
  await expect(page.getByRole('heading', { name: '被哪些主题引用' })).toBeVisible();
});
