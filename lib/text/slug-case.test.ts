import { expect, it } from 'vitest';
import { lowerCaseSlug } from './slug-case';

it('redirects capitals to a well-formed lower-case slug, and nothing else', () => {
  expect(lowerCaseSlug('OPEN-WEIGHTS-CATCH-UP')).toBe('open-weights-catch-up');
  expect(lowerCaseSlug('Mara-Lindqvist')).toBe('mara-lindqvist');
  expect(lowerCaseSlug('open-weights-catch-up')).toBeNull();
  expect(lowerCaseSlug('open%2Dweights%2Dcatch%2Dup')).toBeNull();
  expect(lowerCaseSlug('Open Weights')).toBeNull();
  expect(lowerCaseSlug('ÄRGER')).toBeNull();
  expect(lowerCaseSlug('İSTANBUL')).toBeNull();
});
