import { describe, expect, it } from 'vitest';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { publishBlockers, publishWarnings } from './publish-blockers';

const speaker = { id: 's1', slug: 'jack-morris', name: 'Jack Morris', affiliation: null };
const quote = (id: string, fields: Partial<Extract<Block, { kind: 'quote' }>> & { speakers?: (typeof speaker)[] } = {}): Block => ({
  id,
  kind: 'quote',
  quote: { id: `q-${id}`, original: { text: 'Words.', lang: 'en' }, translation: null, speakers: fields.speakers ?? [speaker], interview: null },
  seeAlso: null,
  ...(fields.speakersInferredFrom !== undefined ? { speakersInferredFrom: fields.speakersInferredFrom } : {}),
});

const doc = (blocks: Block[]): TopicDocument => ({
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '标题',
  titleEn: 'Title',
  changelog: [],
  consensus: [],
  camps: [{ id: 'c1', label: 'A', stance: 'Stance', holders: '', members: [], blocks }],
  blindSpots: [],
  view: null,
  openQuestions: [],
  sources: [],
  sisterTopics: [],
});

describe('the publish guard and inferred speakers', () => {
  it('counts an unconfirmed inferred speaker as a warning to confirm, not as "no speaker"', () => {
    const d = doc([quote('b1', { speakersInferredFrom: 'Jack Morris 在更基础的研究层面给了一个论点:' }), quote('b2')]);
    expect(publishBlockers(d)).toEqual([]);
    expect(publishWarnings(d)).toEqual([
      { blockId: 'b1', list: 'blocks:c1', message: '阵营 A · Camp A,第 1 块 · block 1:讲者 Jack Morris 由前文推断,待确认 · speaker Jack Morris inferred from the text before, to confirm' },
    ]);
  });

  it('has nothing to say once it is confirmed', () => {
    expect(publishWarnings(doc([quote('b1', { speakersInferredFrom: null })]))).toEqual([]);
  });

  it('still blocks a quote nobody said', () => {
    const d = doc([quote('b1', { speakers: [] })]);
    expect(publishBlockers(d).map((b) => b.blockId)).toEqual(['b1']);
    expect(publishWarnings(d)).toEqual([]);
  });
});
