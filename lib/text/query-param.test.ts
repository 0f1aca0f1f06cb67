import fc from 'fast-check';
import { expect, it } from 'vitest';
import { queryText } from './query-param';

it('keeps words, drops control characters and NUL, cuts to the limit, and never fails', () => {
  const schema = queryText(10);
  expect(schema.parse('  算力 RL ')).toBe('算力 RL');
  expect(schema.parse('/e\u0000')).toBe('/e');
  expect(schema.parse('a\tb\nc')).toBe('a b c');
  expect(schema.parse('x'.repeat(50))).toBe('x'.repeat(10));
  expect(schema.parse(['a', 'b'])).toBe('');
  expect(schema.parse(undefined)).toBe('');
  fc.assert(
    fc.property(fc.anything(), (value) => {
      const out = schema.parse(value);
      expect(out.length).toBeLessThanOrEqual(10);
      expect(out).not.toMatch(/[\u0000-\u001F\u007F]/);
    }),
  );
});
