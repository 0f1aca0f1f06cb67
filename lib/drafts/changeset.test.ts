import { describe, expect, it } from 'vitest';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { applyChanges, computeChanges, mergeOrder } from './changeset';

const speaker = (id: string, name: string) => ({ id, slug: id, name, affiliation: null });
const paragraph = (id: string, text: string): Block => ({ id, kind: 'paragraph', text });
const base: TopicDocument = {
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '模型表现触顶了吗',
  titleEn: 'Performance Plateau',
  changelog: [],
  consensus: [{ id: 'p1', statement: '回报在变缓', blocks: [paragraph('b1', 'Returns are diminishing.')] }],
  camps: [
    { id: 'c1', label: 'A', stance: '平台期是真的', holders: '', members: [speaker('s1', 'Brad')], blocks: [paragraph('b2', 'One'), paragraph('b3', 'Two')] },
    { id: 'c2', label: 'B', stance: 'Scaling continues', holders: '', members: [], blocks: [paragraph('b4', 'Three')] },
  ],
  blindSpots: [],
  view: { judgment: '回报在变缓。', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' },
  openQuestions: [],
  sources: [],
  sisterTopics: [],
};
const edit = (recipe: (doc: TopicDocument) => void) => {
  const doc = structuredClone(base);
  recipe(doc);
  return doc;
};

describe('computeChanges / applyChanges', () => {
  it('turns the saved document into the draft', () => {
    const draft = edit((doc) => {
      doc.titleEn = 'Has performance plateaued?';
      doc.camps[0]!.blocks.reverse();
      doc.camps[1]!.blocks.push(paragraph('b5', 'New'));
      doc.consensus[0]!.blocks = [];
      doc.view!.confidence = 'MEDIUM_LOW';
    });
    const { document, conflicts } = applyChanges(base, computeChanges(base, draft));
    expect(conflicts).toEqual([]);
    expect(document).toEqual(draft);
  });

  it('keeps both edits when two people change different camps', () => {
    const mine = edit((doc) => void (doc.camps[0]!.blocks[0] = paragraph('b2', 'Mine')));
    const theirs = edit((doc) => {
      doc.camps[1]!.stance = 'Theirs';
      doc.camps[1]!.blocks.push(paragraph('b9', 'Their block'));
    });
    const { document, conflicts } = applyChanges(theirs, computeChanges(base, mine));
    expect(conflicts).toEqual([]);
    expect(document.camps[0]!.blocks[0]).toEqual(paragraph('b2', 'Mine'));
    expect(document.camps[1]!.stance).toBe('Theirs');
    expect(document.camps[1]!.blocks.map((b) => b.id)).toEqual(['b4', 'b9']);
  });

  it('refuses an edit of a block someone else changed, and reports their text', () => {
    const mine = edit((doc) => void (doc.camps[0]!.blocks[0] = paragraph('b2', 'Mine')));
    const theirs = edit((doc) => void (doc.camps[0]!.blocks[0] = paragraph('b2', 'Theirs')));
    const { conflicts } = applyChanges(theirs, computeChanges(base, mine));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.theirs).toEqual(paragraph('b2', 'Theirs'));
  });

  it('accepts a retried save that already landed (idempotent)', () => {
    const mine = edit((doc) => void (doc.camps[0]!.blocks[0] = paragraph('b2', 'Mine')));
    const changes = computeChanges(base, mine);
    const once = applyChanges(base, changes).document;
    const twice = applyChanges(once, changes);
    expect(twice.conflicts).toEqual([]);
    expect(twice.document).toEqual(mine);
  });

  it('reports an edit of a block someone else deleted', () => {
    const mine = edit((doc) => void (doc.camps[1]!.blocks[0] = paragraph('b4', 'Mine')));
    const theirs = edit((doc) => void doc.camps.pop());
    const { conflicts } = applyChanges(theirs, computeChanges(base, mine));
    expect(conflicts.map((c) => c.change.op === 'item' && c.change.id)).toContain('b4');
  });

  it('does not count a renamed speaker as an edit of the camp', () => {
    const mine = edit((doc) => void (doc.camps[0]!.stance = 'Mine'));
    const theirs = edit((doc) => void (doc.camps[0]!.members = [speaker('s1', 'Brad Lightcap')]));
    expect(applyChanges(theirs, computeChanges(base, mine)).conflicts).toEqual([]);
  });

  it('force keeps my text over theirs', () => {
    const mine = edit((doc) => void (doc.camps[0]!.blocks[0] = paragraph('b2', 'Mine')));
    const theirs = edit((doc) => void (doc.camps[0]!.blocks[0] = paragraph('b2', 'Theirs')));
    const { document, conflicts } = applyChanges(theirs, computeChanges(base, mine), 'force');
    expect(conflicts).toEqual([]);
    expect(document.camps[0]!.blocks[0]).toEqual(paragraph('b2', 'Mine'));
  });
});

describe('mergeOrder', () => {
  it('keeps an item someone else added after its neighbour', () => {
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'x', 'b', 'c'], ['c', 'a', 'b'])).toEqual(['c', 'a', 'x', 'b']);
  });
  it('drops an item someone else removed', () => {
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'c'], ['b', 'a', 'c', 'd'])).toEqual(['a', 'c', 'd']);
  });
  it('takes the new order when nobody else touched the list', () => {
    expect(mergeOrder(['a', 'b'], ['a', 'b'], ['b', 'a'])).toEqual(['b', 'a']);
  });
});
