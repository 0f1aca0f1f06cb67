import { expect, it } from 'vitest';
import { chooseLocale, localeFromAcceptLanguage } from './locales';

it('takes the first of our languages the browser names', () => {
  expect(localeFromAcceptLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
  expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
  expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.5')).toBe('en');
  expect(localeFromAcceptLanguage('zh-TW')).toBe('zh');
  expect(localeFromAcceptLanguage('fr, de')).toBeNull();
  expect(localeFromAcceptLanguage('')).toBeNull();
  expect(localeFromAcceptLanguage(undefined)).toBeNull();
});

it('the rewrite rule for English agrees with localeFromAcceptLanguage', async () => {
  const { BROWSER_PREFERS_ENGLISH } = await import('./locale-rewrites');
  const rule = new RegExp(`^${BROWSER_PREFERS_ENGLISH}$`);
  for (const header of ['en-US,en;q=0.9,zh-CN;q=0.8', 'zh-CN,zh;q=0.9,en;q=0.8', 'fr-FR,fr;q=0.9,en;q=0.5', 'fr, zh-TW, en', 'EN', 'de', 'en', 'enx-foo, zh']) {
    expect(rule.test(header), header).toBe(localeFromAcceptLanguage(header) === 'en');
  }
});

it('chooses as the rewrites do: the cookie, then the browser, then Chinese', () => {
  expect(chooseLocale('en', 'zh-CN')).toBe('en');
  expect(chooseLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
  expect(chooseLocale('fr', null)).toBe('zh');
});
