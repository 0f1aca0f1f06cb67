import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLines, textWidth } from './fit-lines';

describe('fitLines', () => {
  it('keeps a short text whole', () => {
    expect(fitLines('Scaling continues', 140, 11, 2)).toEqual({ lines: ['Scaling continues'], cut: false });
  });

  it('wraps Chinese between characters and ends the last line in an ellipsis', () => {
    const { lines, cut } = fitLines('规模化预训练的收益正在递减但后训练强化学习和推理时计算仍然可以让模型继续进步', 132, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('规模化预训练的收益正在递');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(cut).toBe(true);
  });

  it('breaks Latin text at a space', () => {
    expect(fitLines('pre-training plateau is real', 110, 11, 2).lines[0]).toBe('pre-training');
  });

  it('never returns a line wider than the box, nor more lines than asked', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), fc.integer({ min: 40, max: 400 }), fc.integer({ min: 1, max: 4 }), (text, width, maxLines) => {
        const { lines } = fitLines(text, width, 11, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(width + 11);
      }),
    );
  });
});
