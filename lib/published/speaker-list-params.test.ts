import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseSpeakerListParams } from './speaker-list-params';

it('reads words, a bounded number of days and a page from the address, and never fails', () => {
  expect(parseSpeakerListParams({ q: '  算力 ', days: '30', page: '2' })).toEqual({ query: '算力', changedWithinDays: 30, page: 2 });
  expect(parseSpeakerListParams({})).toEqual({ query: '', changedWithinDays: null, page: 1 });
  expect(parseSpeakerListParams({ days: '0' }).changedWithinDays).toBe(1);
  expect(parseSpeakerListParams({ days: '99999999' }).changedWithinDays).toBe(365);
  expect(parseSpeakerListParams({ days: '-3', page: 'x' })).toMatchObject({ changedWithinDays: null, page: 1 });
  expect(parseSpeakerListParams({ days: ['7', '9'], q: ['a', 'b'] })).toMatchObject({ changedWithinDays: 7, query: 'a' });
  expect(parseSpeakerListParams({ q: 'x\u0000y'.repeat(100) }).query.length).toBe(100);
  const value = fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(undefined));
  fc.assert(
    fc.property(value, value, value, (q, days, page) => {
      const filter = parseSpeakerListParams({ q, days, page });
      expect(filter.query.length).toBeLessThanOrEqual(100);
      expect(filter.changedWithinDays === null || (filter.changedWithinDays >= 1 && filter.changedWithinDays <= 365)).toBe(true);
      expect(Number.isInteger(filter.page) && filter.page >= 1 && filter.page <= 10_000).toBe(true);
    }),
  );
});
