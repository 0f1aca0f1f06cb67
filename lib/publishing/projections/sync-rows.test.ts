import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, planSync } from './sync-rows';

describe('fingerprint', () => {
  it('ignores the fields named and the order of keys, and sees every other change', () => {
    const base = { text: '算力', anchor: '#camp-a', publishedAt: new Date(1), weight: 3 };
    expect(fingerprint(base, ['publishedAt'])).toBe(fingerprint({ weight: 3, publishedAt: new Date(2), anchor: '#camp-a', text: '算力' }, ['publishedAt']));
    expect(fingerprint(base, ['publishedAt'])).not.toBe(fingerprint({ ...base, text: '算力 ' }, ['publishedAt']));
    expect(fingerprint({ a: 'x', b: null }, [])).not.toBe(fingerprint({ a: null, b: 'x' }, []));
  });
});

describe('planSync', () => {
  const row = (fingerprint: string) => ({ fingerprint });

  it('keeps what is unchanged, deletes what went away and inserts what is new', () => {
    const plan = planSync([{ id: '1', fingerprint: 'a' }, { id: '2', fingerprint: 'b' }], [row('a'), row('c')]);
    expect(plan).toEqual({ remove: ['2'], insert: [row('c')] });
  });

  it('counts identical rows: two identical passages are two rows', () => {
    expect(planSync([{ id: '1', fingerprint: 'a' }], [row('a'), row('a')])).toEqual({ remove: [], insert: [row('a')] });
    expect(planSync([{ id: '1', fingerprint: 'a' }, { id: '2', fingerprint: 'a' }], [row('a')]).remove).toHaveLength(1);
  });

  it('always leaves exactly the new rows, whatever was there', () => {
    const fingerprints = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 });
    fc.assert(
      fc.property(fingerprints, fingerprints, (before, after) => {
        const existing = before.map((fingerprint, index) => ({ id: String(index), fingerprint }));
        const plan = planSync(existing, after.map(row));
        const removed = new Set(plan.remove);
        const left = [...existing.filter((r) => !removed.has(r.id)).map((r) => r.fingerprint), ...plan.insert.map((r) => r.fingerprint)];
        expect(left.sort()).toEqual([...after].sort());
        // Nothing is both deleted and written again.
        expect(plan.insert.length).toBe(after.length - (before.length - plan.remove.length));
      }),
    );
  });
});
