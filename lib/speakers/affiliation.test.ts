import { expect, it } from 'vitest';
import { affiliationLabel } from './affiliation';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

it('shows current organisations, or the latest ended one as "former"', () => {
  expect(affiliationLabel([{ organisation: 'OpenAI', startedOn: null, endedOn: null }])).toBe('OpenAI');
  expect(
    affiliationLabel([
      { organisation: 'Google', startedOn: null, endedOn: day('2015-01-01') },
      { organisation: 'OpenAI', startedOn: null, endedOn: day('2024-09-30') },
    ]),
  ).toBe('former OpenAI');
  expect(
    affiliationLabel([
      { organisation: 'OpenAI', startedOn: null, endedOn: day('2024-09-30') },
      { organisation: 'Cohere', startedOn: null, endedOn: null },
    ]),
  ).toBe('Cohere');
  expect(affiliationLabel([])).toBeNull();
});
