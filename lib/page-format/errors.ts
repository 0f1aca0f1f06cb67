/** A document the importer refuses, with a message meant for the person who gave it. */
export class ImportFormatError extends Error {
  name = 'ImportFormatError';
}
