import { normalise } from './normalize';
import { timeRange, type TranscriptText } from './transcript-text';

// The W3C Web Annotation TextQuoteSelector: the exact text, with a little of what comes before
// and after so a repeated sentence can still be told apart, plus the time range it was said in.

export const CONTEXT_CHARS = 32;

export type TranscriptAnchor = {
  exact: string;
  prefix: string;
  suffix: string;
  startMs: number;
  endMs: number;
};

/** An anchor as found, with where it sits in the joined transcript text (not stored). */
export type PlacedAnchor = TranscriptAnchor & { span: { start: number; end: number } };

/** The stored fields of an anchor, without where it was found. */
export const storedFields = ({ exact, prefix, suffix, startMs, endMs }: TranscriptAnchor): TranscriptAnchor => ({ exact, prefix, suffix, startMs, endMs });

export function selectorAt(transcript: TranscriptText, start: number, end: number): PlacedAnchor {
  return {
    span: { start, end },
    exact: transcript.text.slice(start, end),
    prefix: transcript.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: transcript.text.slice(end, end + CONTEXT_CHARS),
    ...timeRange(transcript, start, end),
  };
}

/** Characters of the original text for a match [start, end) of the normalised text. */
export function originalSpan(transcript: TranscriptText, normStart: number, normEnd: number) {
  const { origin } = transcript.normalised;
  const start = origin[normStart] ?? 0;
  const lastStart = origin[normEnd - 1] ?? start;
  // The last kept character may be a surrogate pair or fold from a longer one: end after it.
  const codePoint = transcript.text.codePointAt(lastStart) ?? 0;
  return { start, end: lastStart + (codePoint > 0xffff ? 2 : 1) };
}

/**
 * Finds a stored selector again in a (re-imported) transcript: the exact text, normalised; when
 * it occurs more than once, the occurrence whose prefix and suffix agree best. Timestamps may
 * have shifted: the times are read anew from the segments. Null when the text is gone.
 */
export function reattach(transcript: TranscriptText, anchor: Pick<TranscriptAnchor, 'exact' | 'prefix' | 'suffix'>): PlacedAnchor | null {
  const exact = normalise(anchor.exact).text;
  if (!exact) return null;
  const haystack = transcript.normalised.text;
  const prefix = normalise(anchor.prefix).text;
  const suffix = normalise(anchor.suffix).text;
  let best: { at: number; score: number } | null = null;
  for (let at = haystack.indexOf(exact); at >= 0; at = haystack.indexOf(exact, at + 1)) {
    const score = sharedSuffix(haystack.slice(Math.max(0, at - prefix.length), at), prefix) + sharedPrefix(haystack.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  const span = originalSpan(transcript, best.at, best.at + exact.length);
  return selectorAt(transcript, span.start, span.end);
}

function sharedPrefix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sharedSuffix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
