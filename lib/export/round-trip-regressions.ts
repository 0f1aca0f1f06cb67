// Documents the property test of round-trip.property.test.ts once failed on, as fast-check
// shrank them; each is checked on every run, in txt and md.
export const ROUND_TRIP_REGRESSIONS: { name: string; document: unknown }[] = [
  {
    // The paraphrase's " · " read as an attribution of the inferred quote above it (which has
    // none, and a blank line between): an undashed attribution must follow its quote directly.
    name: 'a paraphrase with " · " after a quote whose speaker was inferred',
    document: {
      schemaVersion: 1,
      id: 'gen-3389',
      slug: 'generated',
      titleZh: '模型表现触顶了吗',
      titleEn: 'Performance Plateau',
      changelog: [],
      consensus: [
        {
          id: 'gen-3388',
          statement: ',',
          blocks: [
            { id: 'gen-3143', kind: 'paragraph', text: 'Ari Morcos (Datology) 说:' },
            {
              id: 'gen-3144',
              kind: 'quote',
              quote: { id: 'gen-3145', original: { text: ',', lang: 'en' }, translation: null, speakers: [{ id: 'gen-3146', slug: 'ari-morcos', name: 'Ari Morcos', affiliation: 'Datology' }], interview: null },
              seeAlso: null,
              speakersInferredFrom: 'Ari Morcos (Datology) 说:',
            },
            { id: 'gen-3281', kind: 'paraphrase', text: '算力 · 算力', reason: '同为转述', speaker: null, interview: null },
          ],
        },
      ],
      camps: [],
      blindSpots: [],
      view: null,
      openQuestions: [],
      sources: [],
      sisterTopics: [],
    },
  },
];
