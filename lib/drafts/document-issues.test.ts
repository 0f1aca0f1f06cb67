import { describe, expect, it } from 'vitest';
import type { TopicDocument } from '@/lib/topics/document';
import { documentIssues } from './document-issues';

const doc = (): TopicDocument => ({
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '标题',
  titleEn: 'Title',
  changelog: [],
  consensus: [],
  camps: [{ id: 'c1', label: 'A', stance: 'Stance', holders: '', members: [], blocks: [{ id: 'b1', kind: 'paragraph', text: 'x' }] }],
  blindSpots: [],
  view: null,
  openQuestions: [],
  sources: [],
  sisterTopics: [],
});

describe('documentIssues', () => {
  it('accepts a valid document', () => expect(documentIssues(doc())).toEqual([]));

  it('names the block and field of a too-long paragraph, in both languages', () => {
    const d = doc();
    d.camps[0]!.blocks[0] = { id: 'b1', kind: 'paragraph', text: 'x'.repeat(20_001) };
    expect(documentIssues(d)).toEqual([{ key: 'b1.text', message: '最多 20000 个字符 · At most 20000 characters' }]);
  });

  it('names page fields as topic.<field>', () => {
    const d = doc();
    d.titleZh = '';
    d.slug = 'Not A Slug';
    expect(documentIssues(d).map((i) => i.key).sort()).toEqual(['topic.slug', 'topic.titleZh']);
  });

  it('keys a quote problem to the block that holds it', () => {
    const d = doc();
    d.camps[0]!.blocks[0] = { id: 'b1', kind: 'quote', seeAlso: null, quote: { id: 'q1', original: { text: 'y'.repeat(5_001), lang: 'en' }, translation: null, speakers: [], interview: null } };
    expect(documentIssues(d)[0]!.key).toBe('b1.quote.original.text');
  });
});
