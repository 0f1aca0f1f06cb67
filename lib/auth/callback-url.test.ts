import { expect, it } from 'vitest';
import { safeCallbackUrl } from './callback-url';

it('returns only to paths on this site', () => {
  expect(safeCallbackUrl('/editor/topics/abc?tab=camps')).toBe('/editor/topics/abc?tab=camps');
  expect(safeCallbackUrl('//evil.example/x')).toBe('/editor');
  expect(safeCallbackUrl('/\\evil.example')).toBe('/editor');
  expect(safeCallbackUrl('https://evil.example/')).toBe('/editor');
  expect(safeCallbackUrl('javascript:alert(1)')).toBe('/editor');
  expect(safeCallbackUrl(undefined, '/')).toBe('/');
});
