import { ImportFormatError } from './parse-topic-text';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Checks raw bytes before parsing: size, binary content and encoding, each with a clear message. */
export function decodeDocument(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new ImportFormatError('The file is empty.');
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFormatError(`The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; topic documents are at most 5 MB.`);
  }
  if (bytes.includes(0)) throw new ImportFormatError('This looks like a binary file, not a text document.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFormatError('The file is not valid UTF-8 text. Save it as UTF-8 and try again.');
  }
}
