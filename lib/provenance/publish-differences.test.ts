import { describe, expect, it } from 'vitest';
import type { Quote, TopicDocument } from '@/lib/topics/document';
import { differenceBlockers } from './publish-differences';

const anchor = { transcriptId: 't', target: 'original' as const, lang: 'en', exact: 'Data is the most under-invested area.', prefix: '', suffix: '', startMs: 0, endMs: 1_000, lost: false, differenceNote: null, passage: null };
const quote = (text: string, note: string | null = null): Quote => ({ id: 'q', original: { text, lang: 'en' }, translation: null, speakers: [], interview: null, anchor: { ...anchor, differenceNote: note } });
const doc = (q: Quote): TopicDocument => ({
  schemaVersion: 1,
  id: 'topic',
  slug: 'topic',
  titleZh: '题',
  titleEn: 'Topic',
  changelog: [],
  consensus: [],
  camps: [{ id: 'c', label: 'D', stance: 'Data', holders: '', members: [], blocks: [{ id: 'b', kind: 'quote', quote: q, seeAlso: null }] }],
  blindSpots: [],
  view: null,
  openQuestions: [],
  sources: [],
  sisterTopics: [],
});

describe('differenceBlockers', () => {
  it('blocks publishing for a quote that differs without a reason, and only then', () => {
    expect(differenceBlockers(doc(quote('Data is the most UNDER-INVESTED area')))).toEqual([]);
    expect(differenceBlockers(doc(quote('Data is the least under-invested area.')))).toEqual([{ rule: 'quote-differs-from-transcript', blockId: 'b', anchor: 'item-b', message: expect.stringContaining('阵营 D · Camp D') }]);
    expect(differenceBlockers(doc(quote('Data is … area.', null)))).toEqual([]);
    expect(differenceBlockers(doc(quote('Data is the least under-invested area.', '为篇幅删节 · Edited for length')))).toEqual([]);
  });
});
