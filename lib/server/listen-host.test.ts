import { expect, it } from 'vitest';
import { internalOrigin, isLoopback, listenHost } from './listen-host.mjs';

it('listens on 127.0.0.1 unless HOST says otherwise (issue 19, finding 1)', () => {
  expect(listenHost({})).toBe('127.0.0.1');
  expect(listenHost({ HOST: ' ' })).toBe('127.0.0.1');
  expect(listenHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
});

it('tells loopback addresses from the rest', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) expect(isLoopback(host), host).toBe(true);
  for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.com', '128.0.0.1']) expect(isLoopback(host), host).toBe(false);
});

it('reaches the server on the address it is bound to, the wildcards through loopback', () => {
  expect(internalOrigin('127.0.0.1', 3000)).toBe('http://127.0.0.1:3000');
  expect(internalOrigin('0.0.0.0', 3000)).toBe('http://127.0.0.1:3000');
  expect(internalOrigin('::', 3000)).toBe('http://[::1]:3000');
  expect(internalOrigin('10.0.0.7', 3000)).toBe('http://10.0.0.7:3000');
  expect(internalOrigin('fd00::7', 3000)).toBe('http://[fd00::7]:3000');
});
