import { describe, expect, test } from 'vitest';
import { DecodedEntries } from './decoded-entries.mjs';

describe('decoded cache entries', () => {
  test('an entry is handed out only for the stamp it was stored with', () => {
    const entries = new DecodedEntries(1_000);
    const page = { html: 'v1' };
    entries.set('/topics/a', 'stamp-1', page, 100);
    expect(entries.get('/topics/a', 'stamp-1')).toBe(page);
    expect(entries.get('/topics/a', 'stamp-2')).toBeUndefined();
    expect(entries.get('/topics/b', 'stamp-1')).toBeUndefined();
  });

  test('the least recently used entries leave first once the byte budget is passed', () => {
    const entries = new DecodedEntries(300);
    entries.set('a', 's', { n: 'a' }, 100);
    entries.set('b', 's', { n: 'b' }, 100);
    entries.set('c', 's', { n: 'c' }, 100);
    entries.get('a', 's'); // a is now the most recently used
    entries.set('d', 's', { n: 'd' }, 100);
    expect(entries.get('b', 's')).toBeUndefined();
    expect(entries.get('a', 's')).toEqual({ n: 'a' });
    expect(entries.get('c', 's')).toEqual({ n: 'c' });
    expect(entries.bytes).toBe(300);
    expect(entries.size).toBe(3);
  });

  test('rewriting an entry replaces its size, and one larger than the budget is not kept', () => {
    const entries = new DecodedEntries(300);
    entries.set('a', 's1', { v: 1 }, 200);
    entries.set('a', 's2', { v: 2 }, 50);
    expect(entries.bytes).toBe(50);
    entries.set('huge', 's', { v: 3 }, 301);
    expect(entries.get('huge', 's')).toBeUndefined();
    expect(entries.get('a', 's2')).toEqual({ v: 2 });
  });
});
