import { quoteFragments } from './normalize';
import { originalSpan, selectorAt, type PlacedAnchor } from './text-quote-selector';
import type { TranscriptText } from './transcript-text';

// "Find in transcripts": where in a transcript a quote was said, tolerant of whitespace,
// punctuation, case, full-width forms and the analyst's elisions (the fragments around `…` must
// follow each other, within a stretch of the episode, not across the whole of it).
// Bound: each fragment is looked up with indexOf from each start of the first one, and at most
// MAX_STARTS starts are tried, so a quote costs O(MAX_STARTS × transcript) in the worst case.

export type Located = { kind: 'unique'; anchor: PlacedAnchor } | { kind: 'ambiguous'; anchors: PlacedAnchor[] } | { kind: 'none' };

/** How far (normalised characters) the fragments of an elided quote may spread. */
export const ELISION_SPAN = 3_000;
const MAX_STARTS = 50;

export function locateQuote(transcript: TranscriptText, quote: string): Located {
  const fragments = quoteFragments(quote);
  const first = fragments[0];
  if (!first) return { kind: 'none' };
  const haystack = transcript.normalised.text;
  const matches: { start: number; end: number }[] = [];
  let tried = 0;
  for (let at = haystack.indexOf(first); at >= 0 && tried < MAX_STARTS; at = haystack.indexOf(first, at + 1), tried++) {
    let end = at + first.length;
    let complete = true;
    for (const fragment of fragments.slice(1)) {
      const next = haystack.indexOf(fragment, end);
      if (next < 0 || next + fragment.length - at > ELISION_SPAN) {
        complete = false;
        break;
      }
      end = next + fragment.length;
    }
    if (complete && !matches.some((m) => m.start === at)) matches.push({ start: at, end });
  }
  const anchors = matches.map((match) => {
    const span = originalSpan(transcript, match.start, match.end);
    return selectorAt(transcript, span.start, span.end);
  });
  if (anchors.length === 0) return { kind: 'none' };
  if (anchors.length === 1) return { kind: 'unique', anchor: anchors[0]! };
  return { kind: 'ambiguous', anchors };
}
