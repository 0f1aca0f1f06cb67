// A TCP proxy between the end-to-end app server and its database, with a small HTTP control
// port, so a test can make the database unreachable mid-edit and bring it back:
//   POST <control>/cut      drops every open connection and refuses new ones
//   POST <control>/restore  accepts connections again
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer } from 'node:net';

const listen = (server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });

/** Proxies `databaseUrl`; returns the URL to connect through, the control URL and close(). */
export async function startTcpProxy(databaseUrl) {
  const target = new URL(databaseUrl);
  const sockets = new Set();
  let cut = false;

  const proxy = createServer((client) => {
    if (cut) return client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    const pair = [client, upstream];
    for (const socket of pair) {
      sockets.add(socket);
      socket.on('error', () => pair.forEach((s) => s.destroy()));
      socket.on('close', () => {
        sockets.delete(socket);
        pair.forEach((s) => s.destroy());
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const port = await listen(proxy);

  const control = createHttpServer((request, response) => {
    if (request.method === 'POST' && request.url === '/cut') {
      cut = true;
      for (const socket of sockets) socket.destroy();
    } else if (request.method === 'POST' && request.url === '/restore') {
      cut = false;
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(204).end();
  });
  const controlPort = await listen(control);

  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    controlUrl: `http://127.0.0.1:${controlPort}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => control.close(r))]);
    },
  };
}
