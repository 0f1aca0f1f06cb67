import { z } from 'zod';
import { TranscriptParseError, type ParsedSegment } from './types';

// Podcasting 2.0 JSON transcripts (podcast:transcript type="application/json"):
// { "version": "1.0.0", "segments": [{ "speaker", "startTime", "endTime", "body" }] }.
// Many publishers write one segment per word; consecutive words of one speaker are joined into
// sentences so the transcript reads (and is stored) as a few thousand segments, not thirty thousand.

const segmentSchema = z.object({
  speaker: z.string().max(200).optional(),
  startTime: z.number().nonnegative(),
  endTime: z.number().nonnegative(),
  body: z.string().max(5_000),
});
const fileSchema = z.object({ version: z.string().optional(), segments: z.array(z.unknown()) });

const SENTENCE_END = /[.?!。？！…]["”’」]?$/;
const JOIN_LIMIT = 400;

/** The line of the file where the n-th segment object starts, for messages. */
function lineOfSegment(source: string, index: number): number | null {
  const start = source.indexOf('"segments"');
  if (start < 0) return null;
  let depth = 0;
  let seen = -1;
  let inString = false;
  for (let i = source.indexOf('[', start) + 1; i > 0 && i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' && depth++ === 0 && ++seen === index) return source.slice(0, i).split('\n').length;
    else if (c === '}') depth--;
  }
  return null;
}

function lineAtOffset(source: string, message: string): number | null {
  const position = /position (\d+)/.exec(message);
  return position ? source.slice(0, Number(position[1])).split('\n').length : null;
}

export function parsePodcastJson(source: string): ParsedSegment[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new TranscriptParseError(`不是有效的 JSON · Not valid JSON (${(error as Error).message})`, lineAtOffset(source, (error as Error).message));
  }
  const file = fileSchema.safeParse(value);
  if (!file.success) throw new TranscriptParseError('缺少 segments 数组 · No "segments" array (Podcasting 2.0 JSON transcript)', 1);
  const segments: ParsedSegment[] = [];
  file.data.segments.forEach((raw, index) => {
    const parsed = segmentSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'value';
      throw new TranscriptParseError(`第 ${index + 1} 段的 ${field} 无效 · Segment ${index + 1}: ${field} ${issue?.message ?? 'is invalid'}`, lineOfSegment(source, index));
    }
    const { speaker, startTime, endTime, body } = parsed.data;
    if (endTime < startTime) throw new TranscriptParseError(`第 ${index + 1} 段结束早于开始 · Segment ${index + 1} ends before it starts`, lineOfSegment(source, index));
    const text = body.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const label = speaker?.trim() || null;
    const previous = segments.at(-1);
    if (previous && previous.speakerLabel === label && !SENTENCE_END.test(previous.text) && previous.text.length + text.length < JOIN_LIMIT) {
      previous.text = /^[\p{P}]/u.test(text) || /[\p{Script=Han}]$/u.test(previous.text) ? previous.text + text : `${previous.text} ${text}`;
      previous.endMs = Math.max(previous.endMs, Math.round(endTime * 1000));
      return;
    }
    segments.push({ startMs: Math.round(startTime * 1000), endMs: Math.round(endTime * 1000), speakerLabel: label, text });
  });
  return segments;
}
