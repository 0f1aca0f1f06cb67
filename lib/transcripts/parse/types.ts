// What every transcript parser produces: ordered, timed segments with an optional speaker label.
// No server-only: the interview page previews a file in the browser before it is sent.

export type TranscriptFormat = 'vtt' | 'srt' | 'json' | 'text';

export type ParsedSegment = {
  startMs: number;
  endMs: number;
  /** As the file names the speaker ("Brad Lightcap", "SPEAKER_01"), or null. */
  speakerLabel: string | null;
  text: string;
};

export type ParsedTranscript = { format: TranscriptFormat; segments: ParsedSegment[] };

export const TRANSCRIPT_LIMITS = {
  /** A 3-hour episode as VTT is about 400 KB; ten times that is not a transcript. */
  bytes: 5_000_000,
  segments: 20_000,
  segmentText: 5_000,
  label: 80,
} as const;

/** A file the analyst must fix, with the line to look at (null when the whole file is wrong). */
export class TranscriptParseError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number | null,
  ) {
    super(line === null ? reason : `第 ${line} 行 · Line ${line}: ${reason}`);
    this.name = 'TranscriptParseError';
  }
}
