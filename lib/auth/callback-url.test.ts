import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './callback-url';

const SITE = 'https://topicdesk.example';
const FALLBACK = '/editor';

/** Where a browser on the site goes when sent to `target` (a Location header, location.assign). */
const landsOn = (target: string) => new URL(target, `${SITE}/login?callbackUrl=x`);

describe('callback URLs that leave the site fall back to the desk', () => {
  // Every form found to reach another host (or a scheme) once a browser has resolved it.
  const bypasses: [string, string][] = [
    ['protocol-relative', '//evil.example/x'],
    ['dot segment before the double slash (issue 19)', '/.//evil.example/x'],
    ['two dot segments', '/././/evil.example'],
    ['parent segment', '/a/..//evil.example'],
    ['parent segment past the root', '/../..//evil.example'],
    ['encoded dot', '/%2e//evil.example'],
    ['encoded dot, upper case', '/%2E//evil.example'],
    ['encoded parent', '/x/%2e%2e//evil.example'],
    ['half-encoded parent', '/x/.%2e//evil.example'],
    ['encoded slashes', '/%2f%2fevil.example'],
    ['encoded slashes, upper case', '/%2F%2Fevil.example/x'],
    ['dot then encoded slash', '/.%2f/evil.example'],
    ['backslash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['slash backslash', '/\\/evil.example'],
    ['dot then backslash', '/.\\/evil.example'],
    ['dot then backslash slash', '/./\\evil.example'],
    ['encoded backslash', '/%5cevil.example'],
    ['encoded backslash after a dot', '/.%5c/evil.example'],
    ['tab between the slashes', '/\t/evil.example'],
    ['newline between the slashes', '/\n/evil.example'],
    ['carriage return after a dot', '/.\r//evil.example'],
    ['tab inside a dot segment', '/.\t//evil.example'],
    ['leading space', ' //evil.example'],
    ['NUL', '/\u0000/evil.example'],
    ['full-width solidus', '/／evil.example'],
    ['two full-width solidi', '／／evil.example'],
    ['fraction slash', '/⁄evil.example'],
    ['division slash', '/∕evil.example'],
    ['full-width reverse solidus', '/＼evil.example'],
    ['encoded full-width solidus', '/%EF%BC%8Fevil.example'],
    ['full-width full stop segment', '/．//evil.example'],
    ['ideographic full stop segment', '/。//evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['scheme-relative with credentials', '//user@evil.example'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['data scheme', 'data:text/html,<script>alert(1)</script>'],
    ['empty', ''],
    ['overlong', `/${'a'.repeat(2_000)}`],
  ];

  it.each(bypasses)('%s: %j', (_name, raw) => {
    expect(safeCallbackUrl(raw)).toBe(FALLBACK);
  });

  it('falls back when nothing is given', () => {
    expect(safeCallbackUrl(undefined, '/')).toBe('/');
    expect(safeCallbackUrl(null)).toBe(FALLBACK);
  });
});

describe('callback URLs on the site are kept, query string and fragment included', () => {
  const kept: [string, string][] = [
    ['/editor', '/editor'],
    ['/editor/topics/abc?tab=camps', '/editor/topics/abc?tab=camps'],
    ['/editor/topics/abc?tab=camps#camp-b', '/editor/topics/abc?tab=camps#camp-b'],
    ['/admin/users', '/admin/users'],
    ['/account', '/account'],
    ['/search?q=%E7%AE%97%E5%8A%9B', '/search?q=%E7%AE%97%E5%8A%9B'],
    ['/search?q=算力', '/search?q=%E7%AE%97%E5%8A%9B'],
    ['/editor/quotes?next=%2Feditor%2F%2Fx', '/editor/quotes?next=%2Feditor%2F%2Fx'],
    ['/editor?x=//evil.example', '/editor?x=//evil.example'],
    ['/editor#//evil.example', '/editor#//evil.example'],
    ['/editor/./topics/../speakers', '/editor/speakers'],
    ['/', '/'],
  ];

  it.each(kept)('%j', (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
    expect(landsOn(expected).origin).toBe(SITE);
  });
});

it('whatever it is given, the result is a path of this site that stays one when read again', () => {
  const pieces = ['/', '//', '\\', '.', '..', '%2e', '%2f', '%5c', '%252f', '\t', '\n', ' ', '／', '．', '?', '#', '@', ':', 'evil.example', 'a'];
  // Starting with a slash, as every callback that gets past the first check does.
  const hostile = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => `/${parts.join('')}`);
  fc.assert(
    fc.property(fc.oneof(hostile, fc.string(), fc.webUrl()), (raw) => {
      const result = safeCallbackUrl(raw);
      expect(result.startsWith('/') && !result.startsWith('//')).toBe(true);
      expect(landsOn(result).origin).toBe(SITE);
      // The browser keeps the path as written: nothing left for it to fold into another host.
      expect(`${landsOn(result).pathname}${landsOn(result).search}${landsOn(result).hash}`).toBe(result);
      expect(safeCallbackUrl(result)).toBe(result);
    }),
    { numRuns: 5_000 },
  );
});
