import { segmentAt, type TranscriptText } from './transcript-text';

// The passage readers may see around a quote: the segments within PASSAGE_MS of it, with the
// speaker labels, capped so a long monologue does not become the whole page.

export const PASSAGE_MS = 20_000;
const PASSAGE_CHARS = 1_500;

export function passageAround(transcript: TranscriptText, exactStart: number, exactEnd: number): string {
  const first = segmentAt(transcript, exactStart);
  const last = segmentAt(transcript, Math.max(exactStart, exactEnd - 1));
  const from = transcript.segments[first]?.startMs ?? 0;
  const to = transcript.segments[last]?.endMs ?? from;
  let start = first;
  let end = last;
  const length = () => transcript.segments.slice(start, end + 1).reduce((n, s) => n + s.text.length, 0);
  while (start > 0 && (transcript.segments[start - 1]?.startMs ?? 0) >= from - PASSAGE_MS && length() < PASSAGE_CHARS) start--;
  while (end < transcript.segments.length - 1 && (transcript.segments[end + 1]?.endMs ?? 0) <= to + PASSAGE_MS && length() < PASSAGE_CHARS) end++;
  return transcript.segments
    .slice(start, end + 1)
    .map((segment) => (segment.speakerLabel ? `${segment.speakerLabel}: ${segment.text}` : segment.text))
    .join('\n');
}
