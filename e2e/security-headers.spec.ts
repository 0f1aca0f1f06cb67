import { expect, test } from '@playwright/test';
import { account } from './support/accounts';

test('signed-in screens carry a nonce-based policy that their own scripts satisfy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/login');
  const csp = response?.headers()['content-security-policy'] ?? '';
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("'unsafe-inline' 'nonce");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  // Every script on the page carries the nonce, and the form works (hydrated) under the policy.
  const scripts = page.locator('script');
  for (let i = 0; i < (await scripts.count()); i += 1) {
    expect(await scripts.nth(i).evaluate((s: HTMLScriptElement) => s.nonce)).toBe(nonce);
  }
  await page.getByLabel('邮箱 · Email').fill('someone@example.com');
  await page.getByLabel('密码 · Password').fill('a wrong password');
  await page.getByRole('button', { name: '登录 · Sign in' }).click();
  await expect(page.locator('#login-error')).toContainText('The email or password is not correct');
  expect(violations).toEqual([]);
});

test('every response has the standard security headers', async ({ request }) => {
  // Twice: the second answer of a published page comes from the server's memory (lib/microcache).
  for (const path of ['/', '/topics/open-weights-catch-up', '/login', '/api/health', '/no-such-page'].flatMap((path) => [path, path])) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
  const { email, password } = account('ANALYST');
  await page.goto('/login');
  await page.getByLabel('邮箱 · Email').fill(email);
  await page.getByLabel('密码 · Password').fill(password);
  await page.getByRole('button', { name: '登录 · Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('the server is not reachable on this machine’s other addresses (it listens on 127.0.0.1)', async ({ baseURL }) => {
  const { networkInterfaces } = await import('node:os');
  const outside = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  test.skip(!outside, 'this machine has no address other than loopback');
  const port = new URL(baseURL!).port;
  const reached = await fetch(`http://${outside!.address}:${port}/api/health`).then(() => true, () => false);
  expect(reached).toBe(false);
});

test('public pages say they vary by the cookie and Accept-Language that choose their language', async ({ request }) => {
  for (const path of ['/', '/topics/open-weights-catch-up']) {
    for (const headers of [{}, { 'Accept-Language': 'fr, en;q=0.5' }, { Cookie: 'NEXT_LOCALE=en' }] as Record<string, string>[]) {
      const response = await request.get(path, { headers });
      expect(response.status(), path).toBe(200);
      const vary = response.headers()['vary']?.toLowerCase() ?? '';
      expect(vary, `${path} ${JSON.stringify(headers)}`).toContain('cookie');
      expect(vary, `${path} ${JSON.stringify(headers)}`).toContain('accept-language');
    }
  }
  // The language follows those headers as README says (the CDN keying section).
  const english = await (await request.get('/', { headers: { 'Accept-Language': 'fr, en;q=0.5, zh;q=0.9' } })).text();
  const chinese = await (await request.get('/', { headers: { 'Accept-Language': 'fr, zh;q=0.5, en;q=0.9' } })).text();
  expect(english).toMatch(/<html[^>]*lang="en"/);
  expect(chinese).toMatch(/<html[^>]*lang="zh/);
});
