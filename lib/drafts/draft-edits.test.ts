import { describe, expect, it } from 'vitest';
import type { TopicDocument } from '@/lib/topics/document';
import { applyEdit } from './draft-edits';

const doc: TopicDocument = {
  schemaVersion: 1,
  id: 't',
  slug: 's',
  titleZh: '题',
  titleEn: 'T',
  changelog: [],
  consensus: [{ id: 'p1', statement: 'P', blocks: [{ id: 'b1', kind: 'paragraph', text: 'one' }] }],
  camps: [
    { id: 'c1', label: 'A', stance: 'a', holders: '', members: [], blocks: [{ id: 'b2', kind: 'note', text: 'two' }, { id: 'b3', kind: 'paragraph', text: 'three' }] },
    { id: 'c2', label: 'B', stance: 'b', holders: '', members: [], blocks: [] },
  ],
  blindSpots: [],
  view: null,
  openQuestions: [],
  sources: [],
  sisterTopics: [],
};

describe('applyEdit', () => {
  it('moves a block from one camp into another at a position', () => {
    const next = applyEdit(doc, { type: 'move', list: 'blocks:c1', id: 'b3', toList: 'blocks:c2', toIndex: 0 });
    expect(next.camps.map((c) => c.blocks.map((b) => b.id))).toEqual([['b2'], ['b3']]);
  });

  it('reorders inside one list', () => {
    const next = applyEdit(doc, { type: 'move', list: 'blocks:c1', id: 'b3', toList: 'blocks:c1', toIndex: 0 });
    expect(next.camps[0]!.blocks.map((b) => b.id)).toEqual(['b3', 'b2']);
  });

  it('keeps untouched items identical, so they need not re-render', () => {
    const next = applyEdit(doc, { type: 'update', list: 'blocks:c1', id: 'b3', patch: { text: 'changed' } });
    expect(next.camps[0]!.blocks[0]).toBe(doc.camps[0]!.blocks[0]);
    expect(next.camps[1]).toBe(doc.camps[1]);
    expect(next.consensus).toBe(doc.consensus);
    expect(next.camps[0]!.blocks[1]).toEqual({ id: 'b3', kind: 'paragraph', text: 'changed' });
  });

  it('inserts and removes', () => {
    const inserted = applyEdit(doc, { type: 'insert', list: 'consensus', index: 1, item: { id: 'p2', statement: 'Q', blocks: [] } as never });
    expect(inserted.consensus.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(applyEdit(inserted, { type: 'remove', list: 'consensus', id: 'p1' }).consensus.map((p) => p.id)).toEqual(['p2']);
  });
});
