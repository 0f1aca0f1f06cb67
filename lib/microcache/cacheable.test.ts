import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { describe, expect, test } from 'vitest';
import { cacheKeyOf, isStorable } from './cacheable.mjs';

const request = (headers: Record<string, string> = {}, method = 'GET', url = '/topics/a') =>
  ({ method, url, headers: { host: 'example.org', ...headers } }) as unknown as IncomingMessage;

// What Next sends for a published page it answered from its incremental cache.
const PAGE: OutgoingHttpHeaders = {
  'x-nextjs-cache': 'HIT',
  'cache-control': 's-maxage=300, stale-while-revalidate=31535700',
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  'content-type': 'text/html; charset=utf-8',
};

describe('the key of a request', () => {
  test('holds what decides the page: host, address, cookie, browser language and encoding', () => {
    const base = cacheKeyOf(request());
    expect(base).not.toBeNull();
    expect(cacheKeyOf(request())).toBe(base);
    for (const other of [
      request({ host: 'other.example.org' }),
      request({}, 'GET', '/topics/b'),
      request({}, 'GET', '/topics/a?x=1'),
      request({ cookie: 'NEXT_LOCALE=en' }),
      request({ 'accept-language': 'en-US' }),
      request({ 'accept-encoding': 'gzip' }),
    ]) {
      expect(cacheKeyOf(other)).not.toBe(base);
    }
  });

  test('keeps a cookie as it came: an encoded value is not taken for the plain one', () => {
    expect(cacheKeyOf(request({ cookie: 'NEXT_LOCALE=%65n' }))).not.toBe(cacheKeyOf(request({ cookie: 'NEXT_LOCALE=en' })));
  });

  test('HEAD shares the key of GET; other methods are never answered', () => {
    expect(cacheKeyOf(request({}, 'HEAD'))).toBe(cacheKeyOf(request()));
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) expect(cacheKeyOf(request({}, method))).toBeNull();
  });

  test('client navigations, server actions, credentials and partial requests go to Next', () => {
    for (const header of ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action', 'authorization', 'range']) {
      expect(cacheKeyOf(request({ [header]: '1' })), header).toBeNull();
    }
  });
});

describe('a response that may be kept', () => {
  test('is a page Next answered from its cache for everyone (a hit, or a miss it has just stored)', () => {
    expect(isStorable(200, PAGE)).toBe(true);
    expect(isStorable(200, { ...PAGE, 'x-nextjs-cache': 'MISS' })).toBe(true);
  });

  test('not a stale copy Next is rendering anew, nor anything rendered for this request alone', () => {
    expect(isStorable(200, { ...PAGE, 'x-nextjs-cache': 'STALE' })).toBe(false);
    const rendered = { ...PAGE };
    delete rendered['x-nextjs-cache'];
    expect(isStorable(200, rendered)).toBe(false);
  });

  test('only a 200 with a public shared lifetime and no cookie', () => {
    expect(isStorable(404, PAGE)).toBe(false);
    expect(isStorable(500, PAGE)).toBe(false);
    expect(isStorable(200, { ...PAGE, 'cache-control': 'public, max-age=60' })).toBe(false);
    expect(isStorable(200, { ...PAGE, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' })).toBe(false);
    expect(isStorable(200, { ...PAGE, 'cache-control': 's-maxage=300, no-store' })).toBe(false);
    expect(isStorable(200, { ...PAGE, 'set-cookie': ['a=b'] })).toBe(false);
  });

  test('not one that varies on a header the key does not hold', () => {
    expect(isStorable(200, { ...PAGE, vary: 'Accept-Encoding' })).toBe(true);
    expect(isStorable(200, { ...PAGE, vary: `${PAGE.vary}, Cookie, Accept-Language` })).toBe(true);
    expect(isStorable(200, { ...PAGE, vary: 'User-Agent' })).toBe(false);
    expect(isStorable(200, { ...PAGE, vary: '*' })).toBe(false);
  });
});
