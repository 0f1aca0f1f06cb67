import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { parseSearchQuery } from './query';

const marked = (text: string, query: string) =>
  highlight(text, parseSearchQuery(query).terms)
    .filter((run) => run.match)
    .map((run) => run.text);

describe('highlight', () => {
  it('marks a two-character Chinese word inside longer text', () => {
    expect(highlight('算力和数据对进步的影响', ['算力'])).toEqual([
      { text: '算力', match: true },
      { text: '和数据对进步的影响', match: false },
    ]);
  });

  it('matches English in any case and keeps the text as written', () => {
    expect(marked('Scaling LAWS still hold', 'laws')).toEqual(['LAWS']);
  });

  it('matches full-width and half-width forms alike, marking the text as written', () => {
    expect(marked('ＲＬ 信号很强,RL 也是', 'rl')).toEqual(['ＲＬ', 'RL']);
    expect(marked('GPT-5 发布', 'ＧＰＴ－５')).toEqual(['GPT-5']);
    expect(marked('重量 5㎏ 左右', 'kg')).toEqual(['㎏']);
  });

  it('marks a phrase with its space, and overlapping terms once', () => {
    expect(marked('more pre training data', '"pre training"')).toEqual(['pre training']);
    expect(marked('scaling laws', 'scal scaling')).toEqual(['scaling']);
  });

  it('cuts long text to the part around the first match', () => {
    const text = `${'a'.repeat(300)} needle ${'b'.repeat(300)}`;
    const runs = highlight(text, ['needle']);
    expect(runs[0]).toEqual({ text: '…', match: false });
    expect(runs.at(-1)).toEqual({ text: '…', match: false });
    expect(runs.find((run) => run.match)?.text).toBe('needle');
    expect(runs.map((r) => r.text).join('').length).toBeLessThan(240);
  });

  it('treats regular-expression characters and emoji in the query literally', () => {
    expect(marked('costs (per token) fell', '(per')).toEqual(['(per']);
    expect(marked('launch 🚀 today', '🚀')).toEqual(['🚀']);
    expect(marked('C++ and C#', 'c++')).toEqual(['C++']);
  });
});
