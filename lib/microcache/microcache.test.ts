import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { MICROCACHE_HEADER, Microcache } from './microcache.mjs';
import { forgetMicrocachedPages, registerMicrocache } from './registry.mjs';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

// A stand-in for Next behind the microcache, counting what reaches it.
const PAGE_HEADERS = {
  'x-nextjs-cache': 'HIT',
  'cache-control': 's-maxage=300, stale-while-revalidate=31535700',
  vary: 'rsc, Accept-Encoding',
  'content-type': 'text/html; charset=utf-8',
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

async function serve(microcache: Microcache, next: Handler) {
  const seen = { requests: 0 };
  const server = createServer((request, response) => {
    if (microcache.handle(request, response)) return;
    seen.requests += 1;
    next(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen };
}

/** A page sent the way Next sends one: headers set one by one, the body in pieces. */
const page = (body: string, headers: Record<string, string | string[]> = PAGE_HEADERS): Handler => (_request, response) => {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  const bytes = Buffer.from(body);
  response.write(bytes.subarray(0, 5));
  response.write(bytes.subarray(5).toString('utf8'), 'utf8');
  response.end();
};

function clock(start = 0) {
  const time = { now: start };
  return { time, now: () => time.now };
}

describe('the microcache', () => {
  test('answers a repeated request with the bytes and headers Next sent, without Next', async () => {
    const cache = new Microcache({ ttlMs: 250 });
    const { url, seen } = await serve(cache, page('<html>话题 page</html>'));
    const first = await fetch(`${url}/topics/a`);
    const firstBody = await first.text();
    const second = await fetch(`${url}/topics/a`);
    expect(await second.text()).toBe(firstBody);
    expect(firstBody).toBe('<html>话题 page</html>');
    expect(first.headers.get(MICROCACHE_HEADER)).toBe('MISS');
    expect(second.headers.get(MICROCACHE_HEADER)).toBe('HIT');
    for (const name of ['cache-control', 'content-type', 'vary', 'x-nextjs-cache']) expect(second.headers.get(name)).toBe(first.headers.get(name));
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(firstBody)));
    expect(seen.requests).toBe(1);
    expect(cache.size).toBe(1);
  });

  test('keeps an answer for its lifetime only', async () => {
    const { time, now } = clock();
    const cache = new Microcache({ ttlMs: 250, now });
    const { url, seen } = await serve(cache, page('<p>v</p>'));
    await fetch(`${url}/`).then((response) => response.text());
    time.now = 249;
    await fetch(`${url}/`).then((response) => response.text());
    expect(seen.requests).toBe(1);
    time.now = 250;
    await fetch(`${url}/`).then((response) => response.text());
    expect(seen.requests).toBe(2);
  });

  test('files answers by key: another language, address or encoding asks Next', async () => {
    const cache = new Microcache();
    const { url, seen } = await serve(cache, page('<p>v</p>'));
    await fetch(`${url}/topics/a`).then((response) => response.text());
    await fetch(`${url}/topics/a`, { headers: { cookie: 'NEXT_LOCALE=en' } }).then((response) => response.text());
    await fetch(`${url}/topics/a`, { headers: { 'accept-language': 'en-US' } }).then((response) => response.text());
    await fetch(`${url}/topics/b`).then((response) => response.text());
    expect(seen.requests).toBe(4);
    await fetch(`${url}/topics/a`, { headers: { cookie: 'NEXT_LOCALE=en' } }).then((response) => response.text());
    expect(seen.requests).toBe(4);
  });

  test('never keeps what Next rendered for one request, an error, or a response setting a cookie', async () => {
    const dynamic: Record<string, string> = { ...PAGE_HEADERS };
    delete dynamic['x-nextjs-cache'];
    const cases: Handler[] = [
      page('<p>dynamic</p>', { ...dynamic, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }),
      page('<p>stale</p>', { ...PAGE_HEADERS, 'x-nextjs-cache': 'STALE' }),
      page('<p>cookie</p>', { ...PAGE_HEADERS, 'set-cookie': ['session=1'] }),
      (_request, response) => {
        for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
        response.statusCode = 404;
        response.end('<p>missing</p>');
      },
    ];
    for (const handler of cases) {
      const cache = new Microcache();
      const { url, seen } = await serve(cache, handler);
      await fetch(`${url}/x`).then((response) => response.text());
      await fetch(`${url}/x`).then((response) => response.text());
      expect(seen.requests).toBe(2);
      expect(cache.size).toBe(0);
    }
  });

  test('never keeps an answer cut short: the reader went away before the end', async () => {
    const cache = new Microcache();
    let finish: () => void = () => {};
    let begin: () => void = () => {};
    const begun = new Promise<void>((resolve) => (begin = resolve));
    let readerGone: Promise<void> = Promise.resolve();
    const { url } = await serve(cache, (request, response) => {
      for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
      readerGone = new Promise((gone) => request.socket.once('close', () => gone()));
      response.write('<p>first half');
      finish = () => response.end('</p>');
      begin();
    });
    const controller = new AbortController();
    const response = await fetch(`${url}/slow`, { signal: controller.signal });
    await begun;
    controller.abort();
    await response.text().catch(() => {});
    // On the events themselves, not on time: the reader is gone, then Next ends the answer.
    await readerGone;
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.size).toBe(0);
  });

  test('answers HEAD from a kept GET, but only a GET fills it', async () => {
    const cache = new Microcache();
    const { url, seen } = await serve(cache, page('<p>twelve b</p>'));
    await fetch(`${url}/h`, { method: 'HEAD' });
    expect(cache.size).toBe(0);
    await fetch(`${url}/h`).then((response) => response.text());
    const head = await fetch(`${url}/h`, { method: 'HEAD' });
    expect(head.headers.get(MICROCACHE_HEADER)).toBe('HIT');
    expect(head.headers.get('content-length')).toBe('15');
    expect(await head.text()).toBe('');
    expect(seen.requests).toBe(2);
  });

  test('client navigations and posts always reach Next', async () => {
    const cache = new Microcache();
    const { url, seen } = await serve(cache, page('<p>v</p>'));
    await fetch(`${url}/n`).then((response) => response.text());
    const navigation = await fetch(`${url}/n`, { headers: { rsc: '1' } });
    await navigation.text();
    expect(navigation.headers.get(MICROCACHE_HEADER)).toBeNull();
    await fetch(`${url}/n`, { method: 'POST', body: 'x' }).then((response) => response.text());
    expect(seen.requests).toBe(3);
  });

  test('stays within its byte budget, the oldest answers leaving first; an oversized one is not kept', async () => {
    const cache = new Microcache({ maxBytes: 25, maxEntryBytes: 20 });
    const { url } = await serve(cache, (request, response) => page(request.url === '/big' ? 'x'.repeat(21) : '0123456789')(request, response));
    for (const path of ['/1', '/2', '/3']) await fetch(`${url}${path}`).then((response) => response.text());
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(20);
    expect((await fetch(`${url}/1`)).headers.get(MICROCACHE_HEADER)).toBe('MISS');
    await fetch(`${url}/big`).then((response) => response.text());
    expect((await fetch(`${url}/big`)).headers.get(MICROCACHE_HEADER)).toBe('MISS');
  });

  test('an answer Next was still sending when a publish emptied the cache is not kept', async () => {
    const cache = new Microcache({ ttlMs: 1000 });
    let finish: () => void = () => {};
    let version = 'before';
    const { url, seen } = await serve(cache, (_request, response) => {
      for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
      response.write(`<p>${version}`);
      if (version === 'before') finish = () => response.end('</p>');
      else response.end('</p>');
    });
    const pending = fetch(`${url}/topics/a`).then((response) => response.text());
    // Next has begun the answer (its first bytes are written) when the publish comes.
    await expect.poll(() => seen.requests).toBe(1);
    version = 'after';
    cache.clear(); // the publish
    finish();
    expect(await pending).toBe('<p>before</p>');
    expect(cache.size).toBe(0);
    expect(await fetch(`${url}/topics/a`).then((response) => response.text())).toBe('<p>after</p>');
    expect(seen.requests).toBe(2);
  });

  test('a publish forgets every registered microcache in the process', async () => {
    const cache = new Microcache();
    const unregister = registerMicrocache(cache);
    const { url, seen } = await serve(cache, page('<p>v</p>'));
    await fetch(`${url}/p`).then((response) => response.text());
    forgetMicrocachedPages();
    expect(cache.size).toBe(0);
    await fetch(`${url}/p`).then((response) => response.text());
    expect(seen.requests).toBe(2);
    unregister();
    forgetMicrocachedPages();
    expect(cache.size).toBe(1);
  });
});
