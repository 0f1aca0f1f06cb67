import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topicDocumentArbitrary } from '@/lib/testing/topic-document-arbitrary';
import type { Block, InterviewRef, TopicDocument } from './document';
import { citedInterviews, pageSources } from './page-sources';

const interview = (id: string): InterviewRef => ({ id, show: `Show ${id}`, episodeTitle: '', episodeNumber: null, publishedOn: null, url: null });
const quoteCiting = (id: string, cited: InterviewRef | null): Block => ({
  id,
  kind: 'quote',
  quote: { id: `q-${id}`, original: { text: 'said', lang: 'en' }, translation: null, speakers: [], interview: cited },
  seeAlso: null,
});
const paraphraseCiting = (id: string, cited: InterviewRef | null): Block => ({ id, kind: 'paraphrase', text: 'in other words', reason: 'no recording', speaker: null, interview: cited });
const sections = (consensus: Block[], camps: Block[][], sources: InterviewRef[] = []): Pick<TopicDocument, 'consensus' | 'camps' | 'sources'> => ({
  consensus: [{ id: 'p1', statement: 'agreed', blocks: consensus }],
  camps: camps.map((blocks, i) => ({ id: `c${i}`, label: String.fromCharCode(65 + i), stance: 'stance', holders: '', members: [], blocks })),
  sources,
});

describe('pageSources', () => {
  it('lists every cited interview once, in the order the page first cites it', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(interview) as [InterviewRef, InterviewRef, InterviewRef];
    const doc = sections([quoteCiting('1', b)], [[paraphraseCiting('2', a), quoteCiting('3', b)], [quoteCiting('4', c), quoteCiting('5', null)]]);
    expect(pageSources(doc).map((s) => [s.id, s.cited])).toEqual([
      ['b', true],
      ['a', true],
      ['c', true],
    ]);
  });

  it('keeps the listed order first, marks interviews no quote cites, and adds cited ones after', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(interview) as [InterviewRef, InterviewRef, InterviewRef];
    const doc = sections([quoteCiting('1', c)], [[quoteCiting('2', a)]], [a, b]);
    expect(pageSources(doc).map((s) => [s.id, s.cited])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });

  it('on any document: each listed or cited interview exactly once, and nothing else', () => {
    fc.assert(
      fc.property(topicDocumentArbitrary, (doc) => {
        const ids = pageSources(doc).map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...doc.sources.map((s) => s.id), ...citedInterviews(doc).map((s) => s.id)]));
        expect(ids.slice(0, doc.sources.length)).toEqual(doc.sources.map((s) => s.id));
      }),
      { numRuns: 200 },
    );
  });
});
