import { expect, it } from 'vitest';
import { decodeDocument, MAX_IMPORT_BYTES } from './read-document';

const bytes = (...values: number[]) => new Uint8Array(values);

it('refuses empty, oversized, binary and non-UTF-8 input with a clear message', () => {
  expect(() => decodeDocument(bytes())).toThrow('The file is empty.');
  expect(() => decodeDocument(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41))).toThrow(/at most 5 MB/);
  expect(() => decodeDocument(bytes(0x41, 0x00, 0x42))).toThrow(/binary file/);
  expect(() => decodeDocument(bytes(0xc4, 0xe3, 0xba, 0xc3))).toThrow(/not valid UTF-8/); // 你好 in GBK
  expect(decodeDocument(new TextEncoder().encode('标题 · Title'))).toBe('标题 · Title');
});
