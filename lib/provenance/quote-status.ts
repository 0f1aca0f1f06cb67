import { diffWords } from 'diff';
import type { Quote } from '@/lib/topics/document';
import { hasElision, normalisedText, quoteFragments } from './normalize';

// A quote's provenance status, from the quote alone: its anchor carries the exact words of the
// transcript, so the editor, the publish check, the CLI and the public page all judge the same
// way without loading a transcript. `no-transcript` and `unanchored` need to know whether the
// interview has a transcript; the caller says so.

export type QuoteStatus = 'verified' | 'differs' | 'anchor-lost' | 'unanchored' | 'no-transcript';

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

export type StatusReport = {
  status: QuoteStatus;
  /** The anchor checks the translation: a translation-only quote against the translated transcript. */
  againstTranslation: boolean;
  /** Transcript words (removed) against the quote's words (added), for `differs`. */
  diff?: DiffPart[];
};

/** True when the quote says exactly what the anchored transcript text says, elisions allowed. */
export function matchesExact(quoteText: string, exact: string): boolean {
  const said = normalisedText(exact);
  if (!hasElision(quoteText)) return normalisedText(quoteText) === said;
  const fragments = quoteFragments(quoteText);
  if (fragments.length === 0) return false;
  // Fragments in order, the first at the start and the last at the end of the anchored text.
  // The first fragment must open it and the last must close it; the ones between are taken at
  // their earliest place, which leaves the most room for the rest.
  const first = fragments[0]!;
  const last = fragments.at(-1)!;
  if (!said.startsWith(first)) return false;
  if (fragments.length === 1) return first === said;
  let position = first.length;
  for (const fragment of fragments.slice(1, -1)) {
    const at = said.indexOf(fragment, position);
    if (at < 0) return false;
    position = at + fragment.length;
  }
  return said.endsWith(last) && said.length - last.length >= position;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string) {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, found);
  }
  return found;
}

/** Word-level differences (words segmented per language, so Chinese compares word by word). */
export function wordDiff(transcriptText: string, quoteText: string, lang: string): DiffPart[] {
  return diffWords(transcriptText, quoteText, { ignoreCase: true, intlSegmenter: segmenter(lang) }).map(({ value, added, removed }) => ({
    value,
    ...(added ? { added } : {}),
    ...(removed ? { removed } : {}),
  }));
}

export function quoteStatus(quote: Quote, interviewHasTranscript: boolean): StatusReport {
  const anchor = quote.anchor;
  if (!anchor) {
    return { status: interviewHasTranscript ? 'unanchored' : 'no-transcript', againstTranslation: !quote.original && Boolean(quote.translation) };
  }
  const againstTranslation = anchor.target === 'translation';
  if (anchor.lost) return { status: 'anchor-lost', againstTranslation };
  const checked = againstTranslation ? quote.translation : quote.original;
  if (checked && matchesExact(checked.text, anchor.exact)) return { status: 'verified', againstTranslation };
  return { status: 'differs', againstTranslation, diff: wordDiff(anchor.exact, checked?.text ?? '', checked?.lang ?? anchor.lang) };
}
