import { describe, expect, it } from 'vitest';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { diffDocuments } from './document-diff';

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
  });

  it('reads a reorder as moves, not deletions and additions', () => {
    const after = clone(base);
    after.camps.reverse();
    const diff = diffDocuments(base, after);
    // Of two swapped items one stayed and one moved; which one is a matter of choice.
    expect(diff.camps.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(diff.camps.map((c) => c.status).sort()).toEqual(['moved', 'same']);
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

  it('compares confidence', () => {
    const after = clone(base);
    after.camps.push(camp('c3', 'C', 'Capability ≠ Utility', [quote('q2', 'A.', '甲。'), quote('q3', 'B.', '乙。')]));
    after.view = { ...after.view!, confidence: 'MEDIUM_LOW' };
    after.sources = [{ id: 'i1', show: 'Uncapped', episodeTitle: 'Brad', episodeNumber: '46', publishedOn: null, url: null }];
    const diff = diffDocuments(base, after);
    expect(diff.view.confidence).toEqual({ from: 'MEDIUM', to: 'MEDIUM_LOW' });
  });
});

describe('a changed item says what changed (issue 28, defect 9)', () => {
  const quoteIn = (document: TopicDocument) => (document.camps[0]!.blocks[0] as Extract<Block, { kind: 'quote' }>).quote;
  const quoteDiff = (after: TopicDocument) => diffDocuments(base, after).camps[0]!.blocks[0]!;

  it('names a new speaker of a quote whose text is unchanged', () => {
    const after = clone(base);
    quoteIn(after).speakers = [{ id: 's2', slug: 's2', name: 'Ilya', affiliation: 'SSI' }];
    const block = quoteDiff(after);
    expect(block.status).toBe('changed');
    expect(block.text).toEqual({});
    expect(block.details).toEqual([{ field: 'speakers', before: 'Brad', after: 'Ilya (SSI)' }]);
  });

  it('names the interview and the timecode a quote was clipped at', () => {
    const after = clone(base);
    quoteIn(after).interview = { id: 'i1', show: 'Dwarkesh', episodeTitle: 'Ilya', episodeNumber: '12', publishedOn: '2025-11-25', url: null };
    quoteIn(after).anchor = {
      transcriptId: 'tr1', target: 'original', lang: 'en', exact: 'We are so far from it.', prefix: '', suffix: '',
      startMs: 83_000, endMs: 3_723_000, lost: false, differenceNote: null, passage: null,
    };
    const details = quoteDiff(after).details;
    expect(details).toContainEqual({ field: 'interview', before: '', after: 'Dwarkesh · #12 · Ilya · 2025-11-25' });
    expect(details).toContainEqual({ field: 'timecode', before: '', after: '1:23–1:02:03' });
  });

  it('says something changed even when it is nothing the page shows', () => {
    const after = clone(base);
    quoteIn(after).speakers[0]!.slug = 'brad-2';
    expect(quoteDiff(after).details).toEqual([{ field: 'other', before: '', after: '' }]);
  });

  it('leaves a camp changed only in its members or its blocks without a vague detail', () => {
    const after = clone(base);
    after.camps[0]!.members.push({ id: 's3', slug: 's3', name: 'Dario', affiliation: null });
    after.camps[1]!.blocks.push({ id: 'p9', kind: 'paragraph', text: 'New.' });
    const [first, second] = diffDocuments(base, after).camps;
    expect(first!.membersAdded).toEqual(['Dario']);
    expect(first!.details).toEqual([]);
    expect(second!.details).toEqual([]);
    expect(second!.blocks[0]!.status).toBe('added');
  });

  it('reports a pinned camp label', () => {
    const after = clone(base);
    after.camps[1]!.labelPinned = true;
    expect(diffDocuments(base, after).camps[1]!.details).toEqual([{ field: 'label', before: '', after: 'pinned' }]);
  });
});

describe('bounded work (issue 19, finding 4)', () => {
  it('shares one edit budget between the fields of a comparison, then replaces fields whole', () => {
    // Six paragraphs of 5,000 words, each with 100 words changed (200 tokens added and
    // removed): the first five spend the document's budget and are diffed word by word, the
    // sixth is shown replaced whole.
    const words = (n: number, changed: boolean) => Array.from({ length: n }, (_, i) => (changed && i % 50 === 1 ? `new${i}` : `w${i}`)).join(' ');
    const paragraph = (id: string, changed: boolean): Block => ({ id, kind: 'paragraph', text: words(5_000, changed) });
    const ids = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'];
    const before = clone(base);
    const after = clone(base);
    before.camps[1]!.blocks = ids.map((id) => paragraph(id, false));
    after.camps[1]!.blocks = ids.map((id) => paragraph(id, true));
    const diff = diffDocuments(before, after);
    const runs = diff.camps.find((c) => c.id === 'c2')!.blocks.map((block) => block.text.text!);
    expect(runs.map((r) => r.filter((run) => run.op === 'added').length)).toEqual([100, 100, 100, 100, 100, 1]);
    expect(runs[5]!.map((run) => run.op)).toEqual(['removed', 'added']);
    // Either way the runs rebuild both texts.
    for (const r of runs) {
      expect(r.filter((run) => run.op !== 'added').map((run) => run.text).join('')).toBe(words(5_000, false));
      expect(r.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(words(5_000, true));
    }
  });
});
