import { describe, expect, it } from 'vitest';
import { LIMITS, topicDocumentSchema, type TopicDocument } from './document';
import { incompleteItems } from './publishable';

const speaker = { id: 's1', slug: 'brad', name: 'Brad Lightcap', affiliation: 'OpenAI' };

function minimalDocument(overrides: Partial<TopicDocument> = {}): TopicDocument {
  return {
    schemaVersion: 1,
    id: 't1',
    slug: 'performance-plateau',
    titleZh: '模型表现触顶了吗',
    titleEn: 'Performance Plateau',
    changelog: [],
    consensus: [],
    camps: [],
    blindSpots: [],
    view: null,
    openQuestions: [],
    sources: [],
    sisterTopics: [],
    ...overrides,
  };
}

describe('topicDocumentSchema', () => {
  it('accepts a quote given only in translation, and keeps one with no text at all as a draft for publishing to refuse', () => {
    const quoteBlock = (original: { text: string; lang: string } | null, translation: { text: string; lang: string } | null) =>
      minimalDocument({
        consensus: [
          {
            id: 'p1',
            statement: '第一点',
            blocks: [{ id: 'b1', kind: 'quote', seeAlso: null, quote: { id: 'q1', original, translation, speakers: [speaker], interview: null } }],
          },
        ],
      });
    expect(topicDocumentSchema.safeParse(quoteBlock(null, { text: '收益递减是固有的', lang: 'zh' })).success).toBe(true);
    const draft = topicDocumentSchema.safeParse(quoteBlock(null, null));
    expect(draft.success).toBe(true);
    expect(incompleteItems(draft.data!).map((item) => item.fieldMessage)).toEqual([
      '引语需要原文或译文,或两者都有 · A quote needs its original text, a translation, or both.',
    ]);
  });

  it('refuses a slug that is not lower-case words joined by hyphens', () => {
    expect(topicDocumentSchema.safeParse(minimalDocument({ slug: 'Performance Plateau' })).success).toBe(false);
    expect(topicDocumentSchema.safeParse(minimalDocument({ slug: 'performance-plateau' })).success).toBe(true);
  });

  it('enforces the limits: title length, camps per topic and blocks per topic', () => {
    expect(topicDocumentSchema.safeParse(minimalDocument({ titleEn: 'x'.repeat(LIMITS.title + 1) })).success).toBe(false);
    const camp = (i: number, blocks: number) => ({
      id: `c${i}`,
      label: 'A',
      stance: 's',
      holders: '',
      members: [],
      blocks: Array.from({ length: blocks }, (_, j) => ({ id: `b${i}-${j}`, kind: 'paragraph' as const, text: 'p' })),
    });
    const tooManyCamps = Array.from({ length: LIMITS.camps + 1 }, (_, i) => camp(i, 0));
    expect(topicDocumentSchema.safeParse(minimalDocument({ camps: tooManyCamps })).success).toBe(false);
    const tooManyBlocks = [camp(0, LIMITS.blocks), camp(1, 1)];
    const result = topicDocumentSchema.safeParse(minimalDocument({ camps: tooManyBlocks }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 2000 blocks/);
  });

  it('accepts confidence only on the five-step scale', () => {
    const view = { judgment: '判断', strongestSupport: '', weakestLink: '' };
    expect(topicDocumentSchema.safeParse(minimalDocument({ view: { ...view, confidence: 'MEDIUM_HIGH' } })).success).toBe(true);
    expect(
      topicDocumentSchema.safeParse(minimalDocument({ view: { ...view, confidence: 'VERY_HIGH' as never } })).success,
    ).toBe(false);
  });
});
