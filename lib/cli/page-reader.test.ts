import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { createPageReader } from './page-reader.mjs';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]) {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

test('reads whole answers over one kept-alive connection, asking for gzip like a browser', async () => {
  const page = Buffer.from('<p>活文档 · a living page</p>'.repeat(500));
  const seen: { encoding?: string; socket: unknown }[] = [];
  const url = await serve((request, response) => {
    seen.push({ encoding: request.headers['accept-encoding'], socket: request.socket });
    response.statusCode = request.url === '/missing' ? 404 : 200;
    response.end(page);
  });
  const reader = createPageReader();
  try {
    expect(await reader.read(`${url}/`)).toEqual({ status: 200, bytes: page.length });
    expect(await reader.read(`${url}/missing`)).toEqual({ status: 404, bytes: page.length });
  } finally {
    reader.close();
  }
  expect(seen[0]!.encoding).toContain('gzip');
  expect(seen[1]!.socket).toBe(seen[0]!.socket);
});

test('a server that does not finish in time is a TimeoutError, and a refused connection is not', async () => {
  const url = await serve((_request, response) => response.write('<p>half a page'));
  const reader = createPageReader({ timeoutMs: 200 });
  try {
    await expect(reader.read(`${url}/`)).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(reader.read('http://127.0.0.1:1/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  } finally {
    reader.close();
  }
});
