import { parsePlainText } from './plain-text';
import { parsePodcastJson } from './podcast-json';
import { parseSubtitles } from './subtitles';
import { TRANSCRIPT_LIMITS, TranscriptParseError, type ParsedTranscript, type TranscriptFormat } from './types';

// One entry point for every transcript file: the format from the file name when it says,
// otherwise from the first lines; then the format's parser, then the limits every format shares.

export function detectFormat(source: string, fileName?: string): TranscriptFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === 'vtt') return 'vtt';
  if (extension === 'srt') return 'srt';
  if (extension === 'json') return 'json';
  const head = source.trimStart().slice(0, 200);
  if (head.startsWith('WEBVTT')) return 'vtt';
  if (head.startsWith('{')) return 'json';
  const lines = head.split(/\r?\n/);
  if (/^\d+$/.test(lines[0]?.trim() ?? '') && /-->/.test(lines[1] ?? '')) return 'srt';
  return 'text';
}

export async function parseTranscript(source: string, options: { fileName?: string; format?: TranscriptFormat } = {}): Promise<ParsedTranscript> {
  if (new TextEncoder().encode(source).length > TRANSCRIPT_LIMITS.bytes) {
    throw new TranscriptParseError(`文件超过 ${TRANSCRIPT_LIMITS.bytes / 1_000_000} MB · The file is larger than ${TRANSCRIPT_LIMITS.bytes / 1_000_000} MB`, null);
  }
  const text = source.replace(/^\uFEFF/, '').replace(/\u0000/g, '');
  const format = options.format ?? detectFormat(text, options.fileName);
  const segments =
    format === 'vtt' || format === 'srt' ? await parseSubtitles(text, format) : format === 'json' ? parsePodcastJson(text) : parsePlainText(text);
  if (segments.length === 0) throw new TranscriptParseError('文件里没有任何文字 · The file holds no transcript text', null);
  if (segments.length > TRANSCRIPT_LIMITS.segments) {
    throw new TranscriptParseError(`超过 ${TRANSCRIPT_LIMITS.segments} 段 · More than ${TRANSCRIPT_LIMITS.segments} segments`, null);
  }
  segments.forEach((segment, index) => {
    if (segment.text.length > TRANSCRIPT_LIMITS.segmentText) {
      throw new TranscriptParseError(`第 ${index + 1} 段超过 ${TRANSCRIPT_LIMITS.segmentText} 字 · Segment ${index + 1} is longer than ${TRANSCRIPT_LIMITS.segmentText} characters`, null);
    }
    // NUL was removed above; other control characters would fail the document schema later.
    segment.text = segment.text.replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  });
  return { format, segments };
}
