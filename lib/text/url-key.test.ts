import { expect, it } from 'vitest';
import { isUrlKey } from './url-key';

it('accepts slugs and ids, refuses what no record could be named', () => {
  for (const key of ['open-weights-catch-up', 'cmx1hgssf002yiz7d3v7gc2ub', '张三', "o'brien"]) expect(isUrlKey(key), key).toBe(true);
  for (const key of ['', 'a\u0000b', 'line\nbreak', 'x'.repeat(201)]) expect(isUrlKey(key), JSON.stringify(key).slice(0, 20)).toBe(false);
});
