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
    d.titleZh = '标'.repeat(201);
    d.slug = 'Not A Slug';
    expect(documentIssues(d).map((i) => i.key).sort()).toEqual(['topic.slug', 'topic.titleZh']);
  });

  it('keys a quote problem to the block that holds it', () => {
    const d = doc();
    d.camps[0]!.blocks[0] = { id: 'b1', kind: 'quote', seeAlso: null, quote: { id: 'q1', original: { text: 'y'.repeat(5_001), lang: 'en' }, translation: null, speakers: [], interview: null } };
    expect(documentIssues(d)[0]!.key).toBe('b1.quote.original.text');
  });

  it('saves an incomplete draft: empty texts and a quote not typed yet stop nothing (issue 28)', () => {
    const d = doc();
    d.titleEn = '';
    d.camps = [{ id: 'c1', label: '', stance: '', holders: '', members: [], blocks: [
      { id: 'b1', kind: 'paragraph', text: '' },
      { id: 'b2', kind: 'quote', seeAlso: null, quote: { id: 'q1', original: null, translation: null, speakers: [], interview: null } },
    ] }];
    d.view = { judgment: '', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' };
    d.openQuestions = [{ id: 'o1', text: '' }];
    expect(documentIssues(d)).toEqual([]);
  });

  it('still refuses bad input, with a message in both languages', () => {
    const d = doc();
    d.camps[0]!.label = 'ABCDEFGHI';
    d.camps[0]!.blocks[0] = { id: 'b1', kind: 'note', text: 'bell\u0007' };
    expect(documentIssues(d)).toEqual([
      { key: 'c1.label', message: '最多 8 个字符 · At most 8 characters' },
      { key: 'b1.text', message: '含有控制字符 · Contains control characters' },
    ]);
  });
});

describe('document-level limits', () => {
  it('reports more than 50 camps against the page', () => {
    const d = doc();
    d.camps = Array.from({ length: 51 }, (_, i) => ({ id: `c${i}`, label: 'A', stance: 'S', holders: '', members: [], blocks: [] }));
    expect(documentIssues(d)).toEqual([{ key: 'topic.camps', message: '最多 50 项 · At most 50 items' }]);
  });

  it('reports more than 2,000 blocks against the page', () => {
    const d = doc();
    d.camps[0]!.blocks = Array.from({ length: 2_001 }, (_, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text: 'x' }));
    expect(documentIssues(d)).toEqual([{ key: 'topic.item', message: '一个主题最多 2000 块 · A topic holds at most 2000 blocks.' }]);
  });
});
