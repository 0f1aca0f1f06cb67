import { expect, it } from 'vitest';
import { diffLines } from './line-diff';

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
