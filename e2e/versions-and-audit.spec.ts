import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { signIn } from './support/sign-in';

test('each published version has a permanent URL', async ({ page }) => {
  await page.goto('/topics/open-weights-catch-up/v/1');
  await expect(page.getByRole('note')).toContainText('这是第 1 版');
  await expect(page.getByRole('note')).toContainText('(当前版本)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开源模型追上来了吗 · Open-Weights Catch-Up');
  for (const missing of ['/topics/open-weights-catch-up/v/99', '/topics/open-weights-catch-up/v/abc', '/topics/no-such/v/1']) {
    expect((await page.goto(missing))?.status(), missing).toBe(404);
  }
});

test.describe('the audit log', () => {
  test.use({ storageState: storageStateFor('ADMIN') });

  test('an admin sees sign-ins and failed sign-ins, filtered', async ({ page, browser }) => {
    // The address logged is the connection's: what the client writes in the headers is not believed.
    const stranger = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.9', 'X-Topicdesk-Client-Ip': '203.0.113.10' },
    });
    const strangerPage = await stranger.newPage();
    await signIn(strangerPage, 'audit-probe@example.com', 'certainly-not-a-password');
    await expect(strangerPage.locator('#login-error')).toContainText('not correct');
    await stranger.close();

    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { name: '审计日志 · Audit log' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'auth.sign-in', exact: true }).first()).toBeVisible();

    await page.getByLabel('动作 · Action').selectOption('auth.sign-in-failed');
    await page.getByRole('button', { name: '筛选 · Filter' }).click();
    await expect(page).toHaveURL(/action=auth.sign-in-failed/);
    const row = page.getByRole('row', { name: /audit-probe@example\.com/ });
    await expect(row).toContainText(/127\.0\.0\.1|::1/);
    await expect(row).not.toContainText('203.0.113.');
    await expect(page.getByRole('cell', { name: 'auth.sign-in', exact: true })).toHaveCount(0);

    await page.goto('/admin/audit?from=not-a-date');
    await expect(page.getByRole('alert').filter({ hasText: 'YYYY-MM-DD' })).toBeVisible();
  });
});

test.describe('the audit log, for an analyst', () => {
  test.use({ storageState: storageStateFor('ANALYST') });
  test('answers 403', async ({ page }) => {
    expect((await page.goto('/admin/audit'))?.status()).toBe(403);
  });
});
