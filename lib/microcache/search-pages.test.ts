import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { forgetMicrocachedPages, registerMicrocache } from './registry.mjs';
import { SEARCH_PAGE_HEADER, SEARCH_PAGE_LIMITS, SearchPageCache, searchPageKeyOf } from './search-pages.mjs';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** A stand-in for Next behind the cache: renders a page naming the query and how many renders it has done. */
async function serve(cache: SearchPageCache, render: Handler = renderSearch) {
  const seen = { renders: 0 };
  const server = createServer((request, response) => {
    if (cache.handle(request, response)) return;
    seen.renders += 1;
    response.setHeader('x-render', String(seen.renders));
    render(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function renderSearch(request: IncomingMessage, response: ServerResponse) {
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  const q = new URL(request.url ?? '/', 'http://x').searchParams.get('q');
  response.write(`<html>找到「${q}」`);
  response.end(` render ${response.getHeader('x-render')}</html>`);
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  return { status: response.status, body: await response.text(), cache: response.headers.get(SEARCH_PAGE_HEADER), type: response.headers.get('content-type') };
};

describe('the search page cache', () => {
  test('keeps a results page from its second ask on, and answers it with the same bytes without Next', async () => {
    const cache = new SearchPageCache();
    const { url, seen } = await serve(cache);
    const address = `${url}/search?q=${encodeURIComponent('算力 RL')}`;
    const first = await get(address);
    const second = await get(address);
    const third = await get(address);
    expect([first.cache, second.cache, third.cache]).toEqual(['MISS', 'MISS', 'HIT']);
    expect(seen.renders).toBe(2);
    expect(third.body).toBe(second.body);
    expect(third.body).toContain('找到「算力 RL」 render 2');
    expect(third.type).toBe('text/html; charset=utf-8');
    expect(cache.stats().entries).toBe(1);
  });

  test('a flood of unique queries keeps nothing', async () => {
    const cache = new SearchPageCache();
    const { url } = await serve(cache);
    for (let i = 0; i < 300; i += 1) await get(`${url}/search?q=flood-${i}`);
    expect(cache.stats().entries).toBe(0);
  });

  test('another language, compression or cookie is another page', async () => {
    const cache = new SearchPageCache();
    const { url, seen } = await serve(cache);
    const address = `${url}/search?q=plateau`;
    await get(address, { 'accept-language': 'en' });
    await get(address, { 'accept-language': 'en' });
    expect((await get(address, { 'accept-language': 'zh' })).cache).toBe('MISS');
    expect((await get(address, { 'accept-language': 'en', cookie: 'NEXT_LOCALE=zh' })).cache).toBe('MISS');
    expect((await get(address, { 'accept-language': 'en' })).cache).toBe('HIT');
    expect(seen.renders).toBe(4);
  });

  test('a change of the published record forgets every page, also one being rendered during it', async () => {
    const cache = new SearchPageCache();
    const unregister = registerMicrocache(cache);
    try {
      let release = () => {};
      let slow = false;
      const { url } = await serve(cache, (request, response) => {
        if (!slow) return renderSearch(request, response);
        response.setHeader('content-type', 'text/html');
        response.write('<html>old');
        release = () => response.end('</html>');
      });
      const address = `${url}/search?q=x`;
      await get(address);
      await get(address);
      expect((await get(address)).cache).toBe('HIT');
      forgetMicrocachedPages();
      expect(cache.stats().entries).toBe(0);
      expect((await get(address)).cache).toBe('MISS');
      // The second ask again, rendered across a change: not kept.
      slow = true;
      const pending = get(address);
      await new Promise((resolve) => setTimeout(resolve, 50));
      forgetMicrocachedPages();
      release();
      await pending;
      slow = false;
      expect(cache.stats().entries).toBe(0);
      expect((await get(address)).cache).toBe('MISS');
    } finally {
      unregister();
    }
  });

  test('keeps only 200 HTML pages that set no cookie', async () => {
    const answers: Handler[] = [
      (_q, r) => { r.statusCode = 500; r.setHeader('content-type', 'text/html'); r.end('error'); },
      (_q, r) => { r.setHeader('content-type', 'text/html'); r.setHeader('set-cookie', 'a=b'); r.end('cookie'); },
      (_q, r) => { r.setHeader('content-type', 'text/x-component'); r.end('rsc'); },
    ];
    for (const answer of answers) {
      const cache = new SearchPageCache();
      const { url } = await serve(cache, answer);
      for (let i = 0; i < 3; i += 1) expect((await get(`${url}/search?q=x`)).cache).toBe('MISS');
      expect(cache.stats().entries).toBe(0);
    }
  });

  test('only the public search address with a query, asked without credentials, router headers or range', () => {
    const request = (url: string, method = 'GET', headers: Record<string, string> = {}) => ({ url, method, headers }) as unknown as IncomingMessage;
    expect(searchPageKeyOf(request('/search?q=a'))).not.toBeNull();
    expect(searchPageKeyOf(request('/search?page=2&q=a'))).not.toBeNull();
    for (const url of ['/search', '/search?q=', '/search?qq=a', '/topics/x?q=a', '/en/search?q=a', '/searchx?q=a']) expect(searchPageKeyOf(request(url))).toBeNull();
    expect(searchPageKeyOf(request('/search?q=a', 'POST'))).toBeNull();
    for (const header of ['authorization', 'range', 'rsc', 'next-action']) expect(searchPageKeyOf(request('/search?q=a', 'GET', { [header]: '1' }))).toBeNull();
  });

  test('states its bounds', () => {
    expect(new SearchPageCache().stats().limits).toEqual({ entries: SEARCH_PAGE_LIMITS.entries, bytes: SEARCH_PAGE_LIMITS.bytes });
  });
});
