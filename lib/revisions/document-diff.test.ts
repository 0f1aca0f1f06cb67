import { describe, expect, it } from 'vitest';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { diffDocuments } from './document-diff';
import { proposeChangelog } from './propose-changelog';

const speaker = (id: string, name: string) => ({ id, slug: id, name, affiliation: null });
const quote = (id: string, original: string, translation: string): Block => ({
  id: `b-${id}`,
  kind: 'quote',
  seeAlso: null,
  quote: { id, original: { text: original, lang: 'en' }, translation: { text: translation, lang: 'zh' }, speakers: [speaker('s1', 'Brad')], interview: null },
});
const camp = (id: string, label: string, stance: string, blocks: Block[] = []) => ({ id, label, stance, holders: '', members: [speaker('s1', 'Brad')], blocks });

const base: TopicDocument = {
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '模型表现触顶了吗',
  titleEn: 'Performance Plateau',
  changelog: [],
  consensus: [{ id: 'p1', statement: 'pre-training 的回报在变缓', blocks: [{ id: 'b1', kind: 'paragraph', text: 'Returns are diminishing.' }] }],
  camps: [camp('c1', 'A', 'pre-training 平台期是真的', [quote('q1', 'We are so far from it.', '我们离它还很远。')]), camp('c2', 'B', 'Scaling laws will continue')],
  blindSpots: [],
  view: { judgment: '回报在变缓。', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' },
  openQuestions: [],
  sources: [],
  sisterTopics: [],
};
const clone = (document: TopicDocument): TopicDocument => structuredClone(document);

describe('diffDocuments', () => {
  it('says nothing changed for equal documents', () => {
    const diff = diffDocuments(base, clone(base));
    expect(diff.changed).toBe(false);
    expect(proposeChangelog(base, base, diff)).toBe('文字修订');
  });

  it('reads a reorder as moves, not deletions and additions', () => {
    const after = clone(base);
    after.camps.reverse();
    const diff = diffDocuments(base, after);
    // Of two swapped items one stayed and one moved; which one is a matter of choice.
    expect(diff.camps.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(diff.camps.map((c) => c.status).sort()).toEqual(['moved', 'same']);
    expect(proposeChangelog(base, after, diff)).toBe('调整阵营顺序');
  });

  it('diffs edited English by word and Chinese by character', () => {
    const after = clone(base);
    after.camps[0]!.stance = 'pre-training 平台期可能是真的';
    (after.camps[0]!.blocks[0] as Extract<Block, { kind: 'quote' }>).quote.original!.text = 'We are still far from it.';
    const diff = diffDocuments(base, after);
    const campA = diff.camps.find((c) => c.id === 'c1')!;
    expect(campA.status).toBe('changed');
    expect(campA.text.stance).toEqual([
      { op: 'same', text: 'pre-training 平台期' },
      { op: 'added', text: '可能' },
      { op: 'same', text: '是真的' },
    ]);
    expect(campA.blocks[0]!.text.original).toEqual([
      { op: 'same', text: 'We are ' },
      { op: 'removed', text: 'so' },
      { op: 'added', text: 'still' },
      { op: 'same', text: ' far from it.' },
    ]);
  });

  it('shows a removed item where it stood, and an added one where it stands', () => {
    const after = clone(base);
    after.camps = [camp('c3', 'C', 'Capability ≠ Utility', [quote('q2', 'Diffusion takes decades.', '扩散需要几十年。')]), after.camps[1]!];
    const diff = diffDocuments(base, after);
    expect(diff.camps.map((c) => [c.id, c.status])).toEqual([
      ['c1', 'removed'],
      ['c3', 'added'],
      ['c2', 'same'],
    ]);
  });

  it('proposes a changelog line in the page\'s language', () => {
    const after = clone(base);
    after.camps.push(camp('c3', 'C', 'Capability ≠ Utility', [quote('q2', 'A.', '甲。'), quote('q3', 'B.', '乙。')]));
    after.view = { ...after.view!, confidence: 'MEDIUM_LOW' };
    after.sources = [{ id: 'i1', show: 'Uncapped', episodeTitle: 'Brad', episodeNumber: '46', publishedOn: null, url: null }];
    const diff = diffDocuments(base, after);
    expect(diff.view.confidence).toEqual({ from: 'MEDIUM', to: 'MEDIUM_LOW' });
    expect(proposeChangelog(base, after, diff)).toBe('新增阵营 C、补充 2 条引语、把握程度从中等下调为中等偏低、新增取材 1 篇');
    expect(proposeChangelog(null, after, null)).toBe('首次发布');
  });
});
