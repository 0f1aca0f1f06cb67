import { expect, it } from 'vitest';
import { searchResultsPath } from './search-path';

it('turns any query into one path segment, and a blank one into none', () => {
  expect(searchResultsPath('算力', 'zh')).toBe('/zh/search/%E7%AE%97%E5%8A%9B');
  expect(searchResultsPath('a/b 100% ?#', 'en')).toBe('/en/search/a%2Fb%20100%25%20%3F%23');
  expect(searchResultsPath('   ', 'zh')).toBeNull();
  expect(searchResultsPath(null, 'zh')).toBeNull();
  expect(searchResultsPath('x'.repeat(500), 'zh')).toBe(`/zh/search/${'x'.repeat(200)}`);
});
