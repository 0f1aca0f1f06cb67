import { expect, it } from 'vitest';
import { sameAttribution } from './attribution';

const brad = { id: 's1', slug: 'brad', name: 'Brad Lightcap', affiliation: 'OpenAI' };
const winston = { id: 's2', slug: 'winston', name: 'Winston Weinberg', affiliation: 'Harvey' };
const episode = { id: 'i1', show: 'Uncapped', episodeTitle: '#46', episodeNumber: '46', publishedOn: null, url: null };

it('groups consecutive quotes only when speakers (in order) and interview are the same', () => {
  expect(sameAttribution({ speakers: [brad], interview: episode }, { speakers: [brad], interview: episode })).toBe(true);
  expect(sameAttribution({ speakers: [brad], interview: episode }, { speakers: [brad], interview: null })).toBe(false);
  expect(sameAttribution({ speakers: [brad, winston], interview: null }, { speakers: [winston, brad], interview: null })).toBe(false);
});
