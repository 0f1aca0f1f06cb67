import { expect, it } from 'vitest';
import { requestLocale, searchResultsPath } from './search-path';

it('chooses the language as the rewrites do: the cookie, then the browser, then Chinese', () => {
  expect(requestLocale('en', 'zh-CN')).toBe('en');
  expect(requestLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
  expect(requestLocale('fr', null)).toBe('zh');
});

it('turns any query into one path segment, and a blank one into none', () => {
  expect(searchResultsPath('算力', 'zh')).toBe('/zh/search/%E7%AE%97%E5%8A%9B');
  expect(searchResultsPath('a/b 100% ?#', 'en')).toBe('/en/search/a%2Fb%20100%25%20%3F%23');
  expect(searchResultsPath('   ', 'zh')).toBeNull();
  expect(searchResultsPath(null, 'zh')).toBeNull();
  expect(searchResultsPath('x'.repeat(500), 'zh')).toBe(`/zh/search/${'x'.repeat(200)}`);
});
