import { expect, it } from 'vitest';
import { diffText, tokenize } from './token-diff';

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
