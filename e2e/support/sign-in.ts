import { expect, type Page } from '@playwright/test';

export async function signIn(page: Page, email: string, password: string, callbackUrl = '/editor') {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('邮箱 · Email').fill(email);
  await page.getByLabel('密码 · Password').fill(password);
  await page.getByRole('button', { name: '登录 · Sign in' }).click();
}

export async function signInAndLand(page: Page, email: string, password: string, callbackUrl = '/editor') {
  await signIn(page, email, password, callbackUrl);
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, '\\$&')}$`));
}
