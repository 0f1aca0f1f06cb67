import { expect, test } from '@playwright/test';
import { account, storageStateFor } from './support/accounts';
import { signIn, signInAndLand } from './support/sign-in';

const WRONG = '邮箱或密码不正确 · The email or password is not correct.';

test.describe('signing in', () => {
  test('an analyst signs in and lands where they were going', async ({ page }) => {
    const analyst = account('ANALYST');
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor$/);
    await page.getByLabel('邮箱 · Email').fill(analyst.email.toUpperCase());
    await page.getByLabel('密码 · Password').fill(analyst.password);
    await page.getByRole('button', { name: '登录 · Sign in' }).click();
    await expect(page).toHaveURL(/\/editor$/);
    await expect(page.getByRole('heading', { name: '编辑台 · Desk' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '编辑导航 · Editor' })).toContainText('Demo Analyst');
  });

  test('a wrong password and an unknown email get the same message', async ({ page }) => {
    await signIn(page, account('ANALYST').email, 'not-the-right-password');
    await expect(page.locator('#login-error')).toHaveText(WRONG);
    await signIn(page, 'nobody-here@example.com', 'not-the-right-password');
    await expect(page.locator('#login-error')).toHaveText(WRONG);
    await expect(page).toHaveURL(/\/login/);
  });

  test('after five failures the account must wait, even with the right password', async ({ browser }) => {
    // Its own address, so the per-address count of the other tests is not touched.
    const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.7' } });
    const page = await context.newPage();
    const reader = account('READER');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, reader.email, `wrong-password-${attempt}`, '/account');
      await expect(page.locator('#login-error')).toHaveText(WRONG);
    }
    await signIn(page, reader.email, reader.password, '/account');
    await expect(page.locator('#login-error')).toHaveText(/尝试次数过多,请 \d+ 秒后再试 · Too many attempts\. Try again in \d+ s\./);
    // The wait is short after the fifth failure: then the right password works again.
    await page.waitForTimeout(2_100);
    await signInAndLand(page, reader.email, reader.password, '/account');
    await context.close();
  });

  test('sign-out ends the session', async ({ page }) => {
    const analyst = account('ANALYST');
    await signInAndLand(page, analyst.email, analyst.password);
    await page.getByRole('button', { name: '退出 · Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor$/);
  });

  test('overlong and malformed credentials get the ordinary refusal, never a server error', async ({ page }) => {
    await page.goto('/login');
    // The browser's own checks are bypassed so that the server's are what is tested.
    await page.locator('main form').evaluate((form) => form.setAttribute('novalidate', ''));
    await page.locator('main input').evaluateAll((inputs) => inputs.forEach((input) => input.removeAttribute('maxlength')));
    await page.getByLabel('邮箱 · Email').fill(`${'a'.repeat(300)}@example.com`);
    await page.getByLabel('密码 · Password').fill('x'.repeat(5_000));
    await page.getByRole('button', { name: '登录 · Sign in' }).click();
    await expect(page.locator('#login-error')).toHaveText(WRONG);
    await page.getByLabel('邮箱 · Email').fill('аdmin@topicdesk.local'); // Cyrillic а
    await page.getByLabel('密码 · Password').fill(account('ADMIN').password);
    await page.getByRole('button', { name: '登录 · Sign in' }).click();
    await expect(page.locator('#login-error')).toHaveText(WRONG);
  });

  test('a callback URL pointing off the site is ignored', async ({ page }) => {
    const analyst = account('ANALYST');
    await signIn(page, analyst.email, analyst.password, '//evil.example/steal');
    await expect(page).toHaveURL(/\/editor$/);
  });
});

test.describe('roles', () => {
  test('a signed-out visitor is sent to sign in and comes back afterwards', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers$/);
    const admin = account('ADMIN');
    await page.getByLabel('邮箱 · Email').fill(admin.email);
    await page.getByLabel('密码 · Password').fill(admin.password);
    await page.getByRole('button', { name: '登录 · Sign in' }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole('heading', { name: '用户 · Users' })).toBeVisible();
  });

  test.describe('as a reader', () => {
    test.use({ storageState: storageStateFor('READER') });
    test('the editor answers 403', async ({ page }) => {
      const response = await page.goto('/editor');
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { name: /没有权限 · Not allowed/ })).toBeVisible();
    });
  });

  test.describe('as an analyst', () => {
    test.use({ storageState: storageStateFor('ANALYST') });
    test('user administration answers 403', async ({ page }) => {
      const response = await page.goto('/admin/users');
      expect(response?.status()).toBe(403);
    });
  });
});
