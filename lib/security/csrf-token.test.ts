import { expect, it } from 'vitest';
import { csrfFieldText, isCsrfToken, newCsrfToken, sameCsrfToken } from './csrf-token';

it('makes unguessable tokens and accepts only the same one', () => {
  const a = newCsrfToken();
  const b = newCsrfToken();
  expect(isCsrfToken(a)).toBe(true);
  expect(a).not.toBe(b);
  expect(sameCsrfToken(a, a)).toBe(true);
  expect(sameCsrfToken(b, a)).toBe(false);
  expect(sameCsrfToken(`${a.slice(0, -1)}x`, a)).toBe(a.endsWith('x'));
  expect(sameCsrfToken('', a)).toBe(false);
  expect(sameCsrfToken(a, undefined)).toBe(false);
  expect(sameCsrfToken('wapiti', 'wapiti')).toBe(false);
  expect(sameCsrfToken(null, null)).toBe(false);
});

it('reads the token field sent as text or as a small file part, nothing else', async () => {
  const token = newCsrfToken();
  const form = new FormData();
  form.set('text', token);
  form.set('file', new Blob([token]), 'csrf_token');
  form.set('large', new Blob(['x'.repeat(65)]), 'csrf_token');
  expect(await csrfFieldText(form.get('text'))).toBe(token);
  expect(await csrfFieldText(form.get('file'))).toBe(token);
  expect(await csrfFieldText(form.get('large'))).toBeNull();
  expect(await csrfFieldText(form.get('missing'))).toBeNull();
  expect(sameCsrfToken(await csrfFieldText(form.get('file')), token)).toBe(true);
});
