import fc from 'fast-check';
import { expect, it } from 'vitest';
import { diffText, diffTextBounded, MAX_TEXT_DIFF_EDITS, tokenize } from './token-diff';

/** CPU milliseconds this process spent since `start` (other processes on the machine do not count). */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1_000;
};

it('splits English into words and Chinese into characters', () => {
  expect(tokenize('Scaling laws 会继续')).toEqual(['Scaling', ' ', 'laws', ' ', '会', '继', '续']);
});

it('diffs English by word', () => {
  expect(diffText('compute has a linear effect', 'compute has a sublinear effect')).toEqual([
    { op: 'same', text: 'compute has a ' },
    { op: 'removed', text: 'linear' },
    { op: 'added', text: 'sublinear' },
    { op: 'same', text: ' effect' },
  ]);
});

it('diffs Chinese by character, inside mixed text', () => {
  expect(diffText('把握程度:中等偏高', '把握程度:中等偏低')).toEqual([
    { op: 'same', text: '把握程度:中等偏' },
    { op: 'removed', text: '高' },
    { op: 'added', text: '低' },
  ]);
  expect(diffText('pre-training 平台期是真的', 'pre-training 平台期可能是真的')).toEqual([
    { op: 'same', text: 'pre-training 平台期' },
    { op: 'added', text: '可能' },
    { op: 'same', text: '是真的' },
  ]);
});

it('reproduces both texts from its runs', () => {
  const before = 'The gap used to be measured in years. 差距过去以年计。';
  const after = 'The gap is measured in release cycles. 差距现在以发布周期计。';
  const runs = diffText(before, after);
  expect(runs.filter((r) => r.op !== 'added').map((r) => r.text).join('')).toBe(before);
  expect(runs.filter((r) => r.op !== 'removed').map((r) => r.text).join('')).toBe(after);
});

// Issue 19, finding 4: the LCS this replaced took ~10 s and 1.7 GB for the first case below.
const han = (length: number, seed: number) => {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return String.fromCharCode(0x4e00 + (state % 3000));
  }).join('');
};

it('diffs two 20,000-character Chinese paragraphs changed at both ends within a bounded time', () => {
  const before = han(20_000, 1);
  const after = `改${before.slice(1, -1)}动`;
  // CPU time, with room for a busy machine: the n·m table this replaced took about ten seconds
  // and 1.7 GB; npm run bench:diff measures the real figure.
  const started = process.cpuUsage();
  const runs = diffText(before, after);
  expect(cpuMs(started)).toBeLessThan(4_000);
  expect(runs).toEqual([
    { op: 'removed', text: before[0] },
    { op: 'added', text: '改' },
    { op: 'same', text: before.slice(1, -1) },
    { op: 'removed', text: before.at(-1) },
    { op: 'added', text: '动' },
  ]);
});

it('replaces the changed middle whole beyond the edit cap, keeping the common ends', () => {
  const before = `共同开头${han(20_000, 2)}共同结尾`;
  const after = `共同开头${han(20_000, 3)}共同结尾`;
  const { runs, spent } = diffTextBounded(before, after, MAX_TEXT_DIFF_EDITS);
  expect(runs.map((run) => run.op)).toEqual(['same', 'removed', 'added', 'same']);
  expect(runs[0]!.text).toBe('共同开头');
  expect(spent).toBe(MAX_TEXT_DIFF_EDITS);
  // Under the cap the same kind of edit is diffed in detail.
  expect(diffText('abc def ghi', 'abc xyz ghi', 2).map((run) => run.op)).toEqual(['same', 'removed', 'added', 'same']);
  expect(diffText('a b c d e', 'a x c y e', 2)).toEqual([
    { op: 'same', text: 'a ' },
    { op: 'removed', text: 'b c d' },
    { op: 'added', text: 'x c y' },
    { op: 'same', text: ' e' },
  ]);
  expect(diffText('a b c d e', 'a x c y e', 4)).toEqual([
    { op: 'same', text: 'a ' },
    { op: 'removed', text: 'b' },
    { op: 'added', text: 'x' },
    { op: 'same', text: ' c ' },
    { op: 'removed', text: 'd' },
    { op: 'added', text: 'y' },
    { op: 'same', text: ' e' },
  ]);
});

it('always reproduces both texts, whatever the cap', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '中', '文', ',', 'xy'), maxLength: 60 });
  fc.assert(
    fc.property(text, text, fc.integer({ min: 0, max: 40 }), (before, after, cap) => {
      const runs = diffText(before, after, cap);
      expect(runs.filter((r) => r.op !== 'added').map((r) => r.text).join('')).toBe(before);
      expect(runs.filter((r) => r.op !== 'removed').map((r) => r.text).join('')).toBe(after);
      expect(runs.every((r) => r.text.length > 0)).toBe(true);
      expect(runs.every((r, i) => i === 0 || r.op !== runs[i - 1]!.op)).toBe(true);
    }),
  );
});
