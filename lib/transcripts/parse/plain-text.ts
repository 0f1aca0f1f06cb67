import { splitSpeakerLabel } from './speaker-label';
import { TranscriptParseError, type ParsedSegment } from './types';

// Plain text as transcription services and show notes give it: one paragraph per line, each
// optionally opened by a time stamp (`[01:02:03]`, `[12:34]`, `1:02:03`, `12:34`) and a
// `Name:` label. A line without a label keeps the previous speaker; a line without a stamp
// starts where the previous one did (the file says no more). Each segment ends where the next
// begins. Stamps must not go backwards: that is a pasted file out of order.

const STAMP = /^\[?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\]?(?:\s+|$)/;

function readStamp(line: string, lineNumber: number): { ms: number | null; rest: string } {
  const match = STAMP.exec(line);
  if (!match) return { ms: null, rest: line };
  const [, hours, minutes, seconds, fraction] = match;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) {
    throw new TranscriptParseError(`时间戳 ${match[0].trim()} 无效 · Invalid time stamp ${match[0].trim()}`, lineNumber);
  }
  const ms = ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number((fraction ?? '0').padEnd(3, '0'));
  return { ms, rest: line.slice(match[0].length) };
}

export function parsePlainText(source: string): ParsedSegment[] {
  const segments: ParsedSegment[] = [];
  let speaker: string | null = null;
  let lastStart = 0;
  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const stamp = readStamp(line, index + 1);
    if (stamp.ms !== null && stamp.ms < lastStart) {
      throw new TranscriptParseError(`时间戳早于上一段 · This time stamp is earlier than the one before`, index + 1);
    }
    const { label, text } = splitSpeakerLabel(stamp.rest.trim());
    if (label) speaker = label;
    const startMs = stamp.ms ?? lastStart;
    lastStart = startMs;
    const spoken = text.replace(/\s+/g, ' ').trim();
    if (!spoken) return;
    const previous = segments.at(-1);
    if (previous) previous.endMs = Math.max(previous.endMs, startMs);
    segments.push({ startMs, endMs: startMs, speakerLabel: speaker, text: spoken });
  });
  // The last segment has nothing after it: give it the reading time of its words.
  const last = segments.at(-1);
  if (last) last.endMs = last.startMs + Math.max(1_000, last.text.split(/\s+/).length * 400);
  return segments;
}
