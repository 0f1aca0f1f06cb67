// What a search query means, in one place: the search page, the results query and the
// highlighter all read it through here. No server-only: a pure function, tested on its own.
//
// - The query is what the reader typed, cut at 200 characters without splitting a character
//   (an emoji or a letter with its accents stays whole); control characters count as spaces.
// - Terms are compared folded: NFKC (full-width ＲＬ is RL, ，is ,) and lower case.
// - A term is a run of characters between spaces, or a phrase in double quotes ("pre training",
//   “RL 信号”); every term must occur in the same passage, as written (substring: 算力 inside
//   更多算力, C++, 50%, a/b, #12 and emoji included). At most eight terms count.

export const MAX_QUERY_CHARACTERS = 200;
export const MAX_QUERY_TERMS = 8;

export type SearchQuery = {
  /** As typed, cut cleanly: what the page shows back to the reader. */
  shown: string;
  /** The folded terms every result contains. */
  terms: string[];
};

/** The form every comparison uses. */
export const foldForSearch = (text: string) => text.normalize('NFKC').toLowerCase();

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const PHRASE = /"([^"]*)"|“([^”]*)”/g;

/** The first `max` characters of `text`, never half a character. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}

export function parseSearchQuery(raw: string | null | undefined): SearchQuery {
  const shown = cut((raw ?? '').replace(CONTROL, ' '), MAX_QUERY_CHARACTERS).trim();
  const folded = foldForSearch(shown);
  const terms: string[] = [];
  const rest = folded.replace(PHRASE, (_, straight: string | undefined, curly: string | undefined) => {
    const phrase = (straight ?? curly ?? '').replace(/\s+/g, ' ').trim();
    if (phrase) terms.push(phrase);
    return ' ';
  });
  // An unmatched quote mark is not part of a word.
  terms.push(...rest.split(/\s+/).map((word) => word.replace(/^["“”]+|["“”]+$/g, '')).filter(Boolean));
  return { shown, terms: [...new Set(terms)].slice(0, MAX_QUERY_TERMS) };
}
