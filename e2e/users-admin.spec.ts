import { expect, test, type Browser, type Page } from '@playwright/test';
import { account, storageStateFor } from './support/accounts';
import { signIn, signInAndLand } from './support/sign-in';

test.use({ storageState: storageStateFor('ADMIN') });

let serial = 0;
const uniqueEmail = (what: string) => `${what}-${Date.now()}-${serial++}@example.com`;

async function createAccount(page: Page, email: string, role: 'READER' | 'ANALYST' | 'ADMIN') {
  await page.goto('/admin/users');
  await page.getByLabel('邮箱 · Email').fill(email);
  await page.getByLabel('姓名 · Name').fill(`Person ${email.split('@')[0]}`);
  await page.getByLabel('角色 · Role', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: '创建账号 · Create account' }).click();
  await expect(page.getByText('账号已创建 · Account created.')).toBeVisible();
  return (await page.getByTestId('one-time-password').textContent())!.trim();
}

const OWN_PASSWORD = 'a-password-of-my-own-choosing';

/** On the change-password screen: replaces `current` with `next` and follows the link to sign in again. */
async function choosePassword(page: Page, current: string, next: string) {
  await page.getByLabel('当前密码 · Current password').fill(current);
  await page.getByLabel(/^新密码/).fill(next);
  await page.getByLabel('再输一次新密码 · New password again').fill(next);
  await page.getByRole('button', { name: '更改密码 · Change password' }).click();
  await expect(page.getByText('密码已更改,请重新登录 · Password changed. Please sign in again.')).toBeVisible();
  await page.getByRole('link', { name: '登录 · Sign in' }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
}

/**
 * A new user's first sign-in with the one-time password an admin gave them: the
 * change-password screen first, then the desk with the password they chose (returned).
 */
async function signedInAs(browser: Browser, email: string, oneTimePassword: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, email, oneTimePassword);
  await expect(page).toHaveURL(/\/account\?callbackUrl=%2Feditor$/);
  await choosePassword(page, oneTimePassword, OWN_PASSWORD);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor$/);
  await signInAndLand(page, email, OWN_PASSWORD);
  return { page, password: OWN_PASSWORD, close: () => context.close() };
}

const row = (page: Page, email: string) => page.getByTestId(`user-${email}`);

test('an admin creates an analyst, who signs in with the one-time password', async ({ page, browser }) => {
  const email = uniqueEmail('new-analyst');
  const password = await createAccount(page, email, 'ANALYST');
  expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
  await page.reload();
  await expect(page.getByTestId('one-time-password')).toHaveCount(0); // shown once only
  const analyst = await signedInAs(browser, email, password);
  await expect(analyst.page.getByRole('heading', { name: '编辑台 · Desk' })).toBeVisible();
  await analyst.close();
});

test('a one-time password opens nothing but the change-password screen until it is changed', async ({ page, browser }) => {
  const email = uniqueEmail('first-sign-in');
  // An analyst: another admin would make the demo admin no longer the last one (a later test).
  const oneTime = await createAccount(page, email, 'ANALYST');
  await page.reload();
  await expect(row(page, email)).toContainText('一次性密码,待更改 · One-time password, not yet changed');
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const newcomer = await context.newPage();
  await signIn(newcomer, email, oneTime, '/editor/quotes');
  await expect(newcomer).toHaveURL(/\/account\?callbackUrl=%2Feditor%2Fquotes$/);
  await expect(newcomer.getByText(/你用管理员设置的一次性密码登录。.*You signed in with a one-time password/)).toBeVisible();
  const nav = newcomer.getByRole('navigation', { name: '编辑导航 · Editor' });
  await expect(nav.getByRole('link')).toHaveText(['账号 · Account']);
  // Every other screen sends them back (their actions refuse them: lib/auth/session.integration.test.ts).
  for (const path of ['/editor', '/editor/speakers', '/admin/users']) {
    await newcomer.goto(path);
    await expect(newcomer, path).toHaveURL(new RegExp(`/account\\?callbackUrl=${encodeURIComponent(path)}$`));
  }
  // The old one-time password does not work twice, and the new one leads where they were going.
  await choosePassword(newcomer, oneTime, OWN_PASSWORD);
  await signIn(newcomer, email, oneTime, '/editor/quotes');
  await expect(newcomer.locator('#login-error')).toHaveText('邮箱或密码不正确 · The email or password is not correct.');
  await signInAndLand(newcomer, email, OWN_PASSWORD, '/editor/quotes');
  await expect(newcomer.getByRole('navigation', { name: '编辑导航 · Editor' })).toContainText('编辑台 · Desk');
  await page.reload();
  await expect(row(page, email)).not.toContainText('一次性密码');
  await context.close();
});

test('a disabled user is thrown out on their next request, and can return once enabled', async ({ page, browser }) => {
  const email = uniqueEmail('disabled');
  const victim = await signedInAs(browser, email, await createAccount(page, email, 'ANALYST'));
  const { password } = victim;

  await page.reload();
  await row(page, email).getByRole('button', { name: '停用 · Disable' }).click();
  await expect(row(page, email)).toContainText('已停用 · Disabled');

  await victim.page.goto('/editor');
  await expect(victim.page).toHaveURL(/\/login\?callbackUrl=%2Feditor$/);
  await victim.page.getByLabel('邮箱 · Email').fill(email);
  await victim.page.getByLabel('密码 · Password').fill(password);
  await victim.page.getByRole('button', { name: '登录 · Sign in' }).click();
  await expect(victim.page.locator('#login-error')).toHaveText('邮箱或密码不正确 · The email or password is not correct.');

  await row(page, email).getByRole('button', { name: '启用 · Enable' }).click();
  await expect(row(page, email)).toContainText('启用 · Active');
  await victim.page.getByRole('button', { name: '登录 · Sign in' }).click();
  await expect(victim.page).toHaveURL(/\/editor$/);
  await victim.close();
});

test('a role change takes effect on the user\'s very next request', async ({ page, browser }) => {
  const email = uniqueEmail('demoted');
  const analyst = await signedInAs(browser, email, await createAccount(page, email, 'ANALYST'));
  const { password } = analyst;

  await page.reload();
  await row(page, email).getByLabel(/角色 · Role of/).selectOption('READER');
  await row(page, email).getByRole('button', { name: '改角色 · Set role' }).click();
  // Wait for the server's answer (the select shows every role's name whether or not it saved).
  await expect(row(page, email)).toContainText('角色已更新 · Role updated.');

  // The analyst's session ended with the change: the editor is closed to it at once.
  await analyst.page.goto('/editor');
  await expect(analyst.page).toHaveURL(/\/login/);
  await signInAndLand(analyst.page, email, password, '/account');
  const response = await analyst.page.goto('/editor');
  expect(response?.status()).toBe(403);
  await analyst.close();
});

test('the last active admin can be neither demoted nor disabled', async ({ page }) => {
  const admin = account('ADMIN');
  await page.goto('/admin/users');
  await row(page, admin.email).getByLabel(/角色 · Role of/).selectOption('ANALYST');
  await row(page, admin.email).getByRole('button', { name: '改角色 · Set role' }).click();
  await expect(row(page, admin.email).getByRole('alert')).toHaveText('至少要保留一位启用中的管理员 · There must always be at least one active admin.');
  await row(page, admin.email).getByRole('button', { name: '停用 · Disable' }).click();
  await expect(row(page, admin.email).getByRole('alert')).toHaveText(/至少要保留一位启用中的管理员/);
  await page.reload();
  await expect(row(page, admin.email)).toContainText('管理员 · Admin');
  await expect(row(page, admin.email)).toContainText('启用 · Active');
});

test('a password reset shows a new one-time password and retires the old one', async ({ page, browser }) => {
  const email = uniqueEmail('reset');
  const first = await createAccount(page, email, 'ANALYST');
  await page.reload();
  await row(page, email).getByRole('button', { name: '重置密码 · Reset password' }).click();
  const second = (await row(page, email).getByTestId('one-time-password').textContent())!.trim();
  expect(second).not.toBe(first);
  // The old password is refused with the ordinary message, and the new one works.
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const attempt = await stranger.newPage();
  await signIn(attempt, email, first);
  await expect(attempt.locator('#login-error')).toHaveText('邮箱或密码不正确 · The email or password is not correct.');
  await stranger.close();
  const analyst = await signedInAs(browser, email, second);
  await analyst.close();
});

test('bad input on the create form gets messages next to the fields and keeps what was typed', async ({ page }) => {
  await page.goto('/admin/users');
  const email = page.getByLabel('邮箱 · Email');
  // The browser's own checks are bypassed so the server's are what is tested.
  await page.locator('main form').first().evaluate((form) => form.setAttribute('novalidate', ''));
  await email.evaluate((input) => input.removeAttribute('maxlength'));
  await email.fill('аdmin@example.com'); // Cyrillic а
  await page.getByLabel('姓名 · Name').fill('Look Alike');
  await page.getByRole('button', { name: '创建账号 · Create account' }).click();
  await expect(page.getByText(/邮箱只能包含 ASCII 字符/)).toBeVisible();
  await expect(page.getByLabel('姓名 · Name')).toHaveValue('Look Alike');

  await email.fill(`${'x'.repeat(260)}@example.com`);
  await page.getByRole('button', { name: '创建账号 · Create account' }).click();
  await expect(page.getByText(/邮箱太长/)).toBeVisible();

  await email.fill(account('ANALYST').email);
  await page.getByRole('button', { name: '创建账号 · Create account' }).click();
  await expect(page.getByText('这个邮箱已有账号 · An account with this email already exists.')).toBeVisible();
});
