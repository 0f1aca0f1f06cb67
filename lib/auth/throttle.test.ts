import { expect, it } from 'vitest';
import { delayAfter, FREE_FAILURES, throttleKeys } from './throttle';

it('lets the first failures through, then doubles the wait up to 15 minutes', () => {
  const free = FREE_FAILURES.email;
  expect([1, 4].map((n) => delayAfter(n, free))).toEqual([0, 0]);
  expect([5, 6, 7, 8].map((n) => delayAfter(n, free))).toEqual([1, 2, 4, 8]);
  expect(delayAfter(100, free)).toBe(15 * 60);
  expect(delayAfter(19, FREE_FAILURES.ip)).toBe(0);
  expect(delayAfter(20, FREE_FAILURES.ip)).toBe(1);
});

it('keys an attempt by account and by address', () => {
  expect(throttleKeys('a@b.c', '10.0.0.1')).toEqual(['email:a@b.c', 'ip:10.0.0.1']);
  expect(throttleKeys('a@b.c', null)).toEqual(['email:a@b.c']);
});
