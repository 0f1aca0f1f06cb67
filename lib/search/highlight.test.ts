import { describe, expect, it } from 'vitest';
import { highlight, queryWords } from './highlight';

describe('highlight', () => {
  it('marks a two-character Chinese word inside longer text', () => {
    expect(highlight('算力和数据对进步的影响', ['算力'])).toEqual([
      { text: '算力', match: true },
      { text: '和数据对进步的影响', match: false },
    ]);
  });

  it('matches English in any case and keeps the text as written', () => {
    expect(highlight('Scaling LAWS still hold', ['laws']).filter((r) => r.match)).toEqual([{ text: 'LAWS', match: true }]);
  });

  it('cuts long text to the part around the first match', () => {
    const text = `${'a'.repeat(300)} needle ${'b'.repeat(300)}`;
    const runs = highlight(text, ['needle']);
    expect(runs[0]).toEqual({ text: '…', match: false });
    expect(runs.at(-1)).toEqual({ text: '…', match: false });
    expect(runs.map((r) => r.text).join('').length).toBeLessThan(240);
  });

  it('treats regular-expression characters in the query literally', () => {
    expect(highlight('costs (per token) fell', ['(per']).filter((r) => r.match)).toEqual([{ text: '(per', match: true }]);
  });

  it('splits a query into distinct words', () => {
    expect(queryWords('  算力  scaling 算力 ')).toEqual(['算力', 'scaling']);
    expect(queryWords('a\u0000b')).toEqual(['a', 'b']);
  });
});
