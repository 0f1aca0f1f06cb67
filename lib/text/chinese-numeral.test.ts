import { expect, it } from 'vitest';
import { chineseNumeral } from './chinese-numeral';

it('writes the ordinals of 第N点 the way Chinese text does', () => {
  expect([1, 2, 3, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual([
    '一', '二', '三', '九', '十', '十一', '二十', '二十一', '九十九',
  ]);
  expect(chineseNumeral(100)).toBe('100');
});
