import { parseText, tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import { splitSpeakerLabel } from './speaker-label';
import { TranscriptParseError, type ParsedSegment } from './types';

// WebVTT and SubRip through media-captions in strict mode: the first malformed cue stops the
// parse with the line it is on, so a bad file is refused whole rather than half-read.

function voiceAndText(nodes: VTTNode[]): { voice: string | null; text: string } {
  let voice: string | null = null;
  const parts: string[] = [];
  const walk = (list: VTTNode[]) => {
    for (const node of list) {
      if (node.type === 'text') parts.push(node.data);
      else if ('children' in node) {
        if (node.type === 'v' && voice === null && node.voice.trim()) voice = node.voice.trim();
        // Ruby annotations (rt) are readings, not words that were said.
        if (node.type !== 'rt') walk(node.children);
      }
    }
  };
  walk(nodes);
  return { voice, text: parts.join('') };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function toSegment(cue: VTTCue): ParsedSegment | null {
  const { voice, text } = voiceAndText(tokenizeVTTCue(cue));
  const spoken = collapse(text);
  if (!spoken) return null;
  const labelled = voice ? { label: voice, text: spoken } : splitSpeakerLabel(spoken);
  if (!labelled.text) return null;
  return {
    startMs: Math.round(cue.startTime * 1000),
    endMs: Math.round(cue.endTime * 1000),
    speakerLabel: labelled.label,
    text: labelled.text,
  };
}

/**
 * media-captions skips a block whose timing line it cannot read (SubRip's `->` typo, a lost
 * arrow) without an error, even in strict mode: its words would silently vanish. Every block of
 * text must therefore have a timing line; the first that has none is reported.
 */
function refuseUntimedBlocks(source: string, type: 'vtt' | 'srt') {
  const lines = source.split(/\r\n|\r|\n/);
  let blockStart = -1;
  let timed = false;
  const check = () => {
    if (blockStart < 0) return;
    const first = lines[blockStart]?.trim() ?? '';
    const skipped = type === 'vtt' && (blockStart === 0 || /^(NOTE|STYLE|REGION)\b/.test(first));
    if (!timed && !skipped) throw new TranscriptParseError('这一段没有时间行(开始 --> 结束)· This block has no timing line (start --> end)', blockStart + 1);
    blockStart = -1;
    timed = false;
  };
  lines.forEach((line, index) => {
    if (!line.trim()) return check();
    if (blockStart < 0) blockStart = index;
    if (line.includes('-->')) timed = true;
  });
  check();
}

export async function parseSubtitles(source: string, type: 'vtt' | 'srt'): Promise<ParsedSegment[]> {
  let cues: VTTCue[];
  try {
    ({ cues } = await parseText(source, { type, strict: true, errors: true }));
  } catch (error) {
    const line = typeof (error as { line?: unknown }).line === 'number' ? (error as { line: number }).line : null;
    throw new TranscriptParseError((error as Error).message.replace(/ on line \d+$/, ''), line);
  }
  refuseUntimedBlocks(source, type);
  return cues.flatMap((cue) => toSegment(cue) ?? []);
}
