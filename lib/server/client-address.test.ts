import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, clientAddress, normaliseAddress, stampClientAddress } from './client-address.mjs';

describe('the client address the production server hands to the app', () => {
  it.each([
    // [socket, X-Forwarded-For, TRUST_PROXY, expected]
    ['203.0.113.5', undefined, 0, '203.0.113.5'],
    ['203.0.113.5', '198.51.100.7', 0, '203.0.113.5'], // a client's own header is ignored without a proxy
    ['203.0.113.5', '198.51.100.7, 10.0.0.1', 0, '203.0.113.5'],
    ['::ffff:127.0.0.1', '198.51.100.7', 0, '127.0.0.1'],
    ['::1', undefined, 0, '::1'],
    ['10.0.0.2', '198.51.100.7', 1, '198.51.100.7'], // one proxy: the address it saw, its last entry
    ['10.0.0.2', '6.6.6.6, 198.51.100.7', 1, '198.51.100.7'], // what the client wrote before it is not read
    ['10.0.0.2', ['6.6.6.6', '198.51.100.7'], 1, '198.51.100.7'], // the header repeated
    ['10.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.3', 2, '198.51.100.7'], // two proxies
    ['10.0.0.2', '198.51.100.7', 3, '198.51.100.7'], // fewer entries than hops: the leftmost
    ['10.0.0.2', undefined, 1, '10.0.0.2'], // nothing forwarded: the socket
    ['10.0.0.2', 'not-an-address', 1, '10.0.0.2'], // a broken chain is not believed
    ['10.0.0.2', '[2001:db8::1]', 1, '2001:db8::1'],
    [undefined, undefined, 0, null],
  ] as const)('socket %s, X-Forwarded-For %j, %i trusted hops: %s', (socket, forwarded, hops, expected) => {
    expect(clientAddress(socket, forwarded as string | string[] | undefined, hops)).toBe(expected);
  });

  it('replaces whatever the client sent under the header the app reads', () => {
    const request = {
      socket: { remoteAddress: '::ffff:192.0.2.10' },
      headers: { [CLIENT_IP_HEADER]: '198.51.100.7', 'x-forwarded-for': '198.51.100.8' },
    } as unknown as IncomingMessage;
    stampClientAddress(request, 0);
    expect(request.headers[CLIENT_IP_HEADER]).toBe('192.0.2.10');

    const unknown = { socket: {}, headers: { [CLIENT_IP_HEADER]: '198.51.100.7' } } as unknown as IncomingMessage;
    stampClientAddress(unknown, 0);
    expect(unknown.headers[CLIENT_IP_HEADER]).toBe('');
  });

  it('keeps only IP addresses', () => {
    expect(normaliseAddress('<script>')).toBeNull();
    expect(normaliseAddress('198.51.100.7, 10.0.0.1')).toBeNull();
    expect(normaliseAddress('2001:DB8::1')).toBe('2001:db8::1');
  });
});
