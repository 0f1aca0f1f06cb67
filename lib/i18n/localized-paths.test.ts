import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isLocalizedPath, varyByLanguage, withLanguageVary } from './localized-paths.mjs';

it('names the addresses the language rewrites choose for, and only those', () => {
  for (const path of ['/', '/topics/x', '/page/2?x=1', '/speakers/a-b', '/search?q=%E7%AE%97']) expect(isLocalizedPath(path), path).toBe(true);
  for (const path of ['/api/health', '/_next/static/a.js', '/editor', '/admin/users', '/login', '/en/topics/x', '/zh', '/feed.xml', '/topics/x/feed.atom']) {
    expect(isLocalizedPath(path), path).toBe(false);
  }
});

it('adds Cookie and Accept-Language to a Vary without repeating a name', () => {
  expect(withLanguageVary('RSC, Accept-Encoding')).toBe('RSC, Accept-Encoding, Cookie, Accept-Language');
  expect(withLanguageVary('cookie, accept-language')).toBe('cookie, accept-language');
  expect(withLanguageVary(undefined)).toBe('Cookie, Accept-Language');
});

// Next's page handler replaces Vary with setHeader: the language names must survive that.
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    varyByLanguage(response);
    response.setHeader('Vary', 'RSC, Next-Router-State-Tree');
    response.appendHeader('vary', 'Accept-Encoding');
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('keeps the language names when the handler sets and appends its own Vary', async () => {
  const vary = (await fetch(`${origin}/topics/x`)).headers.get('vary')!.toLowerCase();
  for (const name of ['rsc', 'next-router-state-tree', 'accept-encoding', 'cookie', 'accept-language']) expect(vary).toContain(name);
});
