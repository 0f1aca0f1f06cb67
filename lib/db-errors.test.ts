import { expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db-errors';

it('recognises an unreachable database and a full disk, however deep the cause', () => {
  expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
  expect(isDatabaseUnavailable(new Error('wrapped', { cause: { code: '57P01' } }))).toBe(true);
  expect(isDatabaseUnavailable(new Error('query failed', { cause: new Error('driver', { cause: { code: '53100', message: 'No room to write' } }) }))).toBe(true);
  expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
  expect(isDatabaseUnavailable(null)).toBe(false);
});
