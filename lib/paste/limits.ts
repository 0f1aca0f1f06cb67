/** What one paste into the editor may hold: a few screens of quotes, not a page (the importer takes pages). */
export const MAX_PASTE_CHARS = 100_000;
