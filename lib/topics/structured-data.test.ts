import { describe, expect, it } from 'vitest';
import type { TopicDocument } from './document';
import { topicJsonLd } from './structured-data';

const doc: TopicDocument = {
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '模型表现触顶了吗',
  titleEn: 'Performance Plateau </script><script>alert(1)</script>',
  changelog: [],
  consensus: [{ id: 'p', statement: '*Returns* are slowing.', blocks: [] }],
  camps: [],
  blindSpots: [],
  view: null,
  openQuestions: [],
  sources: [{ id: 'i', show: 'Dwarkesh', episodeTitle: 'Ilya', episodeNumber: '12', publishedOn: '2026-01-02', url: 'https://example.com/e' }],
  sisterTopics: [],
};

describe('topicJsonLd', () => {
  const json = topicJsonLd(doc, { url: 'https://x.test/topics/plateau', updatedOn: '2026-03-01', firstPublishedOn: '2026-01-05', siteUrl: 'https://x.test' });

  it('is an Article with its dates and the interviews it cites', () => {
    const data = JSON.parse(json);
    expect(data['@type']).toBe('Article');
    expect(data.dateModified).toBe('2026-03-01');
    expect(data.datePublished).toBe('2026-01-05');
    expect(data.citation).toEqual([{ '@type': 'CreativeWork', name: 'Dwarkesh #12 · Ilya', url: 'https://example.com/e', datePublished: '2026-01-02' }]);
    expect(data.description).toBe('Returns are slowing.');
  });

  it('cites an interview only a quote cites, after the listed ones (issue 28, defect 1)', () => {
    const cited = { id: 'j', show: 'Cited Only', episodeTitle: '', episodeNumber: '3', publishedOn: null, url: null };
    const withQuote: TopicDocument = {
      ...doc,
      camps: [
        {
          id: 'c', label: 'A', stance: 'S', holders: '', members: [],
          blocks: [{ id: 'b', kind: 'quote', seeAlso: null, quote: { id: 'q', original: { text: 'x', lang: 'en' }, translation: null, speakers: [], interview: cited } }],
        },
      ],
    };
    const data = JSON.parse(topicJsonLd(withQuote, { url: 'https://x.test/topics/plateau', updatedOn: '2026-03-01', firstPublishedOn: '2026-01-05', siteUrl: 'https://x.test' }));
    expect(data.citation.map((c: { name: string }) => c.name)).toEqual(['Dwarkesh #12 · Ilya', 'Cited Only #3']);
  });

  it('cannot close its <script> element', () => {
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toContain('</script>');
  });
});
