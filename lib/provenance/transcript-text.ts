import { normalise, type Normalised } from './normalize';

// A transcript as one text to search in: its segments joined by line breaks, with where each
// segment starts, so a match (character offsets) maps back to segments, speakers and times.

export type TimedSegment = { startMs: number; endMs: number; text: string; speakerLabel?: string | null };

export type TranscriptText = {
  text: string;
  /** Character offset in `text` where each segment starts. */
  starts: number[];
  segments: TimedSegment[];
  normalised: Normalised;
};

export function transcriptText(segments: TimedSegment[]): TranscriptText {
  const starts: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    starts.push(offset);
    offset += segment.text.length + 1;
  }
  const text = segments.map((segment) => segment.text).join('\n');
  return { text, starts, segments, normalised: normalise(text) };
}

/** The segment holding character `offset` of the joined text (binary search). */
export function segmentAt(transcript: TranscriptText, offset: number): number {
  let low = 0;
  let high = transcript.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((transcript.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The time range of characters [start, end) of the joined text: first to last segment touched. */
export function timeRange(transcript: TranscriptText, start: number, end: number) {
  const first = transcript.segments[segmentAt(transcript, start)];
  const last = transcript.segments[segmentAt(transcript, Math.max(start, end - 1))];
  return { startMs: first?.startMs ?? 0, endMs: Math.max(last?.endMs ?? 0, first?.startMs ?? 0) };
}
