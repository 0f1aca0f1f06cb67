import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topicDocumentSchema, type TopicDocument } from './document';

// Every message the topic document schema can give is bilingual (issue 28): whoever reads it
// (the editor beside a field, a refused save, the importer's report) reads "中文 · English".

const valid: TopicDocument = {
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '标题',
  titleEn: 'Title',
  changelog: [{ id: 'l1', date: '2026-01-02', text: 'x', publishNumber: 1 }],
  consensus: [{ id: 'p1', statement: 's', blocks: [{ id: 'b0', kind: 'paraphrase', text: 't', reason: '', speaker: null, interview: null }] }],
  camps: [
    {
      id: 'c1',
      label: 'A',
      stance: 's',
      holders: '',
      members: [{ id: 's1', slug: 's', name: 'N', affiliation: null }],
      blocks: [
        {
          id: 'bq',
          kind: 'quote',
          seeAlso: { id: 't2', slug: 'x', titleZh: 'x', titleEn: 'x' },
          quote: {
            id: 'q1',
            original: { text: 'Words.', lang: 'en' },
            translation: null,
            speakers: [],
            interview: { id: 'i1', show: 'Show', episodeTitle: '', episodeNumber: null, publishedOn: '2026-01-01', url: 'https://example.com' },
            anchor: { transcriptId: 'tr', target: 'original', lang: 'en', exact: 'W', prefix: '', suffix: '', startMs: 0, endMs: 1, lost: false, differenceNote: null, passage: null },
          },
        },
      ],
    },
  ],
  blindSpots: [],
  view: { judgment: 'j', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' },
  openQuestions: [],
  sources: [],
  sisterTopics: [],
};

const bilingual = (message: string) => /[\u4e00-\u9fff]/.test(message) && message.includes(' · ') && /[A-Za-z]{2}/.test(message.split(' · ').slice(1).join(' · '));

/** Every path to a value inside the document, so a property can replace any one of them. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    return [at, ...Object.entries(value).flatMap(([key, child]) => paths(child, [...at, Array.isArray(value) ? Number(key) : key]))];
  }
  return [at];
}

function replaced(doc: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1)!] = next;
  return copy;
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -5, max: 5 }),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 3 }),
  fc.constant('x'.repeat(20_001)),
  fc.constant('\u0000'),
  fc.constant('Not A Slug'),
  fc.constant('2026-13-40'),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ id: 'z', kind: 'video' }),
);

describe('the topic document schema speaks both languages', () => {
  it('accepts the valid document the properties start from', () => expect(topicDocumentSchema.safeParse(valid).success).toBe(true));

  it('gives a bilingual message for any value put anywhere in a document', () => {
    const all = paths(valid);
    fc.assert(
      fc.property(fc.constantFrom(...all), junk, (path, value) => {
        const result = topicDocumentSchema.safeParse(replaced(valid, path, value));
        for (const issue of result.error?.issues ?? []) expect(bilingual(issue.message), `${path.join('.')}: ${issue.message}`).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
