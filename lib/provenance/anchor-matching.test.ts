import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/lib/topics/document';
import { locateQuote } from './locate-quote';
import { matchesExact, quoteStatus } from './quote-status';
import { reattach } from './text-quote-selector';
import { transcriptText, type TimedSegment } from './transcript-text';

// Property tests of the anchor matching (issue 20): a quote taken from a transcript is found
// and verified; the edits an analyst or a paste makes are classified as they should be.

const ENGLISH = ['model', 'data', 'compute', 'scaling', 'plateau', 'reasoning', 'the', 'of', 'we', 'think', 'really', 'value', 'agents', 'training'];
const CHINESE = ['算力', '模型', '数据', '推理', '扩展', '价值', '训练', '我们', '认为'];
const PUNCTUATION = [',', '.', '—', '?', '!', ';', '，', '。'];

const word = fc.constantFrom(...ENGLISH, ...CHINESE);
const segmentWords = fc.array(word, { minLength: 3, maxLength: 12 });

type Fixture = { segments: TimedSegment[]; words: string[][] };

const transcript = fc.array(segmentWords, { minLength: 3, maxLength: 20 }).map((lines): Fixture => {
  let t = 0;
  const segments = lines.map((words, index) => {
    const startMs = t;
    t += 1_000 + words.length * 300;
    return { startMs, endMs: t, text: words.join(' ') + '.', speakerLabel: index % 2 ? 'B' : 'A' };
  });
  return { segments, words: lines };
});

/** A run of words taken from one segment: what an analyst would quote. */
const quoted = transcript.chain((fixture) =>
  fc
    .integer({ min: 0, max: fixture.words.length - 1 })
    .chain((line) => {
      const words = fixture.words[line]!;
      return fc.tuple(fc.constant(line), fc.integer({ min: 0, max: words.length - 3 })).chain(([l, from]) =>
        fc.integer({ min: from + 3, max: words.length }).map((to) => ({ line: l, from, to })),
      );
    })
    .map(({ line, from, to }) => ({ fixture, line, words: fixture.words[line]!.slice(from, to) })),
);

const quote = (text: string, anchor?: Quote['anchor']): Quote => ({
  id: 'q',
  original: { text, lang: 'en' },
  translation: null,
  speakers: [],
  interview: null,
  ...(anchor ? { anchor } : {}),
});

/** Locates the words as a quote and returns the anchor a clip would store. */
function anchorFor(segments: TimedSegment[], words: string[]) {
  const located = locateQuote(transcriptText(segments), words.join(' '));
  if (located.kind === 'none') throw new Error('not found');
  const found = located.kind === 'unique' ? located.anchor : located.anchors[0]!;
  return { transcriptId: 't', target: 'original' as const, lang: 'en', lost: false, differenceNote: null, passage: null, ...found };
}

describe('anchor matching', () => {
  it('finds a quote taken from the transcript and verifies it', () => {
    fc.assert(
      fc.property(quoted, ({ fixture, words }) => {
        const anchor = anchorFor(fixture.segments, words);
        expect(quoteStatus(quote(words.join(' '), anchor), true).status).toBe('verified');
      }),
    );
  });

  it('ignores whitespace, punctuation, case and full-width forms', () => {
    fc.assert(
      fc.property(quoted, fc.array(fc.constantFrom(...PUNCTUATION, '  ', '\n'), { minLength: 1, maxLength: 5 }), fc.boolean(), ({ fixture, words }, marks, wide) => {
        const anchor = anchorFor(fixture.segments, words);
        let text = words.map((w, i) => w + (marks[i % marks.length] ?? ' ') + ' ').join('');
        text = text.toUpperCase();
        // Full-width Latin letters (Ａ-Ｚ) as a Chinese input method types them.
        if (wide) text = text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(quoteStatus(quote(text, anchor), true).status).toBe('verified');
      }),
    );
  });

  it('says "differs" when one word is changed, and shows it in the diff', () => {
    fc.assert(
      fc.property(quoted, fc.nat(), word, ({ fixture, words }, at, replacement) => {
        const index = at % words.length;
        fc.pre(replacement !== words[index]);
        const anchor = anchorFor(fixture.segments, words);
        const edited = words.map((w, i) => (i === index ? replacement : w)).join(' ');
        const report = quoteStatus(quote(edited, anchor), true);
        expect(report.status).toBe('differs');
        expect(report.diff?.some((part) => part.added && part.value.includes(replacement))).toBe(true);
      }),
    );
  });

  it('accepts words dropped with an elision, and not without one', () => {
    fc.assert(
      fc.property(
        quoted.filter(({ words }) => words.length >= 3),
        fc.nat(),
        fc.constantFrom('…', '...', '[…]', ' [...] '),
        ({ fixture, words }, at, mark) => {
          const anchor = anchorFor(fixture.segments, words);
          const drop = 1 + (at % (words.length - 2));
          const before = words.slice(0, drop).join(' ');
          const after = words.slice(drop + 1).join(' ');
          expect(quoteStatus(quote(`${before} ${mark} ${after}`, anchor), true).status).toBe('verified');
          expect(quoteStatus(quote(`${before} ${after}`, anchor), true).status).toBe('differs');
        },
      ),
    );
  });

  it('finds an elided quote in the transcript, from its first to its last fragment', () => {
    fc.assert(
      fc.property(quoted.filter(({ words }) => words.length >= 4), ({ fixture, words }) => {
        const elided = `${words.slice(0, 2).join(' ')} … ${words.slice(-1).join(' ')}`;
        const located = locateQuote(transcriptText(fixture.segments), elided);
        expect(located.kind).not.toBe('none');
        const anchors = located.kind === 'unique' ? [located.anchor] : located.kind === 'ambiguous' ? located.anchors : [];
        expect(anchors.some((a) => matchesExact(elided, a.exact))).toBe(true);
      }),
    );
  });

  it('keeps anchors when the transcript is imported again with shifted timestamps', () => {
    fc.assert(
      fc.property(quoted, fc.integer({ min: -500, max: 120_000 }), ({ fixture, line, words }, shift) => {
        const anchor = anchorFor(fixture.segments, words);
        const shifted = fixture.segments.map((s) => ({ ...s, startMs: Math.max(0, s.startMs + shift), endMs: Math.max(0, s.endMs + shift) }));
        const again = reattach(transcriptText(shifted), anchor);
        expect(again).not.toBeNull();
        expect(again!.exact).toBe(anchor.exact);
        expect(again!.prefix).toBe(anchor.prefix);
        // The quote sits in one segment; unless it also occurs earlier with the same context,
        // its new time is that segment's shifted start.
        const segment = shifted[line]!;
        if (anchor.startMs === fixture.segments[line]!.startMs) expect(again!.startMs).toBe(segment.startMs);
        expect(quoteStatus(quote(words.join(' '), { ...anchor, ...again! }), true).status).toBe('verified');
      }),
    );
  });

  it('loses the anchor when the words are no longer in the transcript', () => {
    const segments = [{ startMs: 0, endMs: 1_000, text: 'Compute and data have a more linear effect on progress.' }];
    const anchor = anchorFor(segments, ['more', 'linear', 'effect']);
    expect(reattach(transcriptText([{ startMs: 0, endMs: 1_000, text: 'Algorithms are the nonlinear axis.' }]), anchor)).toBeNull();
  });
});

describe('statuses without an anchor', () => {
  it('tells "no transcript" from "not anchored yet", and a translation-only quote says so', () => {
    expect(quoteStatus(quote('anything'), false).status).toBe('no-transcript');
    expect(quoteStatus(quote('anything'), true).status).toBe('unanchored');
    const translationOnly: Quote = { ...quote('x'), original: null, translation: { text: '收益递减是固有的', lang: 'zh' } };
    expect(quoteStatus(translationOnly, true).againstTranslation).toBe(true);
  });

  it('checks a translation anchor against the translation, and reports lost anchors', () => {
    const segments = [{ startMs: 5_000, endMs: 9_000, text: '收益递减是固有的,因为模型的智能与计算量呈对数线性关系。' }];
    const located = locateQuote(transcriptText(segments), '收益递减是固有的');
    expect(located.kind).toBe('unique');
    const anchor = { transcriptId: 't', target: 'translation' as const, lang: 'zh', lost: false, differenceNote: null, passage: null, ...(located as { anchor: ReturnType<typeof reattach> & object }).anchor };
    const translated: Quote = { ...quote('x'), original: null, translation: { text: '收益递减是固有的', lang: 'zh' }, anchor };
    expect(quoteStatus(translated, true)).toEqual({ status: 'verified', againstTranslation: true });
    expect(quoteStatus({ ...translated, translation: { text: '收益递增是固有的', lang: 'zh' } }, true).status).toBe('differs');
    expect(quoteStatus({ ...translated, anchor: { ...anchor, lost: true } }, true).status).toBe('anchor-lost');
    expect(anchor.startMs).toBe(5_000);
  });
});
