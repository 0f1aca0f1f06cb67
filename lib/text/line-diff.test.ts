import { expect, it } from 'vitest';
import { diffLines } from './line-diff';

/** CPU milliseconds this process spent since `start` (other processes on the machine do not count). */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1_000;
};

it('keeps common lines and marks what was removed and added, in order', () => {
  expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'])).toEqual([
    { op: ' ', text: 'a' },
    { op: '-', text: 'b' },
    { op: ' ', text: 'c' },
    { op: '+', text: 'x' },
    { op: ' ', text: 'd' },
  ]);
  expect(diffLines([], ['n'])).toEqual([{ op: '+', text: 'n' }]);
  expect(diffLines(['o'], [])).toEqual([{ op: '-', text: 'o' }]);
});

it('stays bounded on a long re-import that changed everywhere (issue 19, finding 4)', () => {
  // 20,000 lines a side: the LCS table this replaced needed 1.6 GB.
  const before = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
  const after = before.map((line, i) => (i % 2 ? `${line} changed` : line));
  // CPU time, with room for a busy machine: the table this replaced took about ten seconds and
  // 1.6 GB here; npm run bench:diff measures the real figure.
  const started = process.cpuUsage();
  const diff = diffLines(before, after);
  expect(cpuMs(started)).toBeLessThan(4_000);
  // Beyond the cap the changed middle is listed removed, then added; the common ends stay.
  expect(diff[0]).toEqual({ op: ' ', text: 'line 0' });
  expect(diff.filter((line) => line.op === '-')).toHaveLength(19_999);
  expect(diff.filter((line) => line.op === '+')).toHaveLength(19_999);
  expect(diff.findIndex((line) => line.op === '+')).toBeGreaterThan(diff.findLastIndex((line) => line.op === '-'));
  // Under the cap the same change is found line by line.
  const small = diffLines(before.slice(0, 10), after.slice(0, 10));
  expect(small.map((line) => line.op).join('')).toBe(' -+ -+ -+ -+ -+');
});
