import { describe, expect, it } from 'vitest';
// Next's own matcher for custom routes, so the test reads the rules exactly as the router does.
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { localeRewrites } from './locale-rewrites';

const rules = localeRewrites().map((rule) => ({ ...rule, match: getPathMatch(rule.source, { strict: true, removeUnnamedParams: true }) }));

/** Where a reader without a cookie or an English browser is sent: the first unconditional rule that matches. */
function rewrite(path: string): string | null {
  for (const rule of rules) {
    if (rule.has) continue;
    const params = rule.match(path);
    if (!params) continue;
    return rule.destination.replace(/:(\w+)/g, (_, name: string) => String(params[name]));
  }
  return null;
}

describe('the public addresses and their language', () => {
  it('sends every reader page to its Chinese copy by default', () => {
    expect(rewrite('/')).toBe('/zh/page/1');
    expect(rewrite('/page/3')).toBe('/zh/page/3');
    expect(rewrite('/topics/performance-plateau')).toBe('/zh/topics/performance-plateau');
    expect(rewrite('/topics/performance-plateau/v/2')).toBe('/zh/topics/performance-plateau/v/2');
    expect(rewrite('/speakers/brad-lightcap')).toBe('/zh/speakers/brad-lightcap');
    expect(rewrite('/interviews/cmx53w4bw000bbf7dzmx7zo4q')).toBe('/zh/interviews/cmx53w4bw000bbf7dzmx7zo4q');
    expect(rewrite('/search')).toBe('/zh/search');
  });

  it('sends any other address to the localized "not found" page', () => {
    expect(rewrite('/no-such-page')).toBe('/zh/no-such-page');
    expect(rewrite('/topics')).toBe('/zh/topics');
    expect(rewrite('/topics/a/b/c')).toBe('/zh/topics/a/b/c');
  });

  it('leaves alone what is not a reader page, or already names its language', () => {
    for (const path of ['/editor', '/editor/topics/x', '/admin/users', '/account', '/login', '/api/health', '/_next/static/chunks/a.js', '/feed.xml', '/rss.xml', '/topics/x/feed.xml', '/topics/x/rss.xml', '/robots.txt', '/sitemap.xml', '/favicon.svg', '/zh/topics/x', '/en', '/en/page/1']) {
      expect(rewrite(path), path).toBeNull();
    }
  });

  it('offers the same four choices for every page, the reader\'s cookie first and Chinese last', () => {
    const sources = [...new Set(rules.map((rule) => rule.source))];
    for (const source of sources) {
      const choices = rules.filter((rule) => rule.source === source).map((rule) => `${rule.destination.slice(0, 3)} ${rule.has?.[0]?.type ?? 'always'}`);
      expect(choices, source).toEqual(['/en cookie', '/zh cookie', '/en header', '/zh always']);
    }
  });
});
