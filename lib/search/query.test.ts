import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS, parseSearchQuery } from './query';

describe('parseSearchQuery', () => {
  it('splits on spaces, folds forms and case, and drops repeats', () => {
    expect(parseSearchQuery('  算力  Scaling 算力 ')).toEqual({ shown: '算力  Scaling 算力', terms: ['算力', 'scaling'] });
    expect(parseSearchQuery('ＲＬ　信号').terms).toEqual(['rl', '信号']);
    expect(parseSearchQuery('RL，信号').terms).toEqual(['rl,信号']);
  });

  it('keeps a quoted phrase as one term, straight or curly quotes', () => {
    expect(parseSearchQuery('"pre  training" data').terms).toEqual(['pre training', 'data']);
    expect(parseSearchQuery('“RL 信号” 强').terms).toEqual(['rl 信号', '强']);
    expect(parseSearchQuery('"unclosed phrase').terms).toEqual(['unclosed', 'phrase']);
  });

  it('keeps punctuation, percent signs, slashes, hashes and emoji as written', () => {
    expect(parseSearchQuery('c++ 50% a/b #12 why? 🚀').terms).toEqual(['c++', '50%', 'a/b', '#12', 'why?', '🚀']);
  });

  it('treats control characters as spaces, and blank as no terms', () => {
    expect(parseSearchQuery('a\u0000b').terms).toEqual(['a', 'b']);
    expect(parseSearchQuery(' \t ')).toEqual({ shown: '', terms: [] });
    expect(parseSearchQuery(null)).toEqual({ shown: '', terms: [] });
  });

  it('cuts a long query cleanly, never inside a character', () => {
    const family = '👨‍👩‍👧'; // one character for the reader, eight code units
    const query = `${'x'.repeat(MAX_QUERY_CHARACTERS - 3)}${family}tail`;
    expect(parseSearchQuery(query).shown).toBe('x'.repeat(MAX_QUERY_CHARACTERS - 3));
    expect(parseSearchQuery('y'.repeat(500)).shown).toHaveLength(MAX_QUERY_CHARACTERS);
  });

  it('for any input: at most 200 characters shown, at most eight non-empty folded terms, each inside the folded query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
        const { shown, terms } = parseSearchQuery(raw);
        expect(shown.length).toBeLessThanOrEqual(MAX_QUERY_CHARACTERS);
        expect(terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
        const folded = shown.normalize('NFKC').toLowerCase();
        for (const term of terms) {
          expect(term).not.toBe('');
          expect(term).toBe(term.normalize('NFKC').toLowerCase());
          for (const word of term.split(' ')) expect(folded).toContain(word);
        }
      }),
    );
  });
});
