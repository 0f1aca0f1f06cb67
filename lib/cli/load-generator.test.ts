import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { loadTest } from './load-generator.mjs';

test('counts every response and its bytes without keeping the bodies', async () => {
  const page = Buffer.from('<p>活文档 · a living page</p>'.repeat(100));
  const server = createServer((_request, response) => response.end(page));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const result = await loadTest({ url, connections: 2, amount: 20 });
    expect(result.errors).toBe(0);
    expect(result['2xx']).toBe(20);
    expect(result.throughput.total).toBeGreaterThanOrEqual(20 * page.length);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
