import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';
import { TranscriptParseError } from './types';

const failure = async (source: string, fileName?: string) => {
  try {
    await parseTranscript(source, { fileName });
  } catch (error) {
    if (error instanceof TranscriptParseError) return error;
    throw error;
  }
  throw new Error('parsed without complaint');
};

describe('parseTranscript', () => {
  it('reads WebVTT voices, markup and entities', async () => {
    const parsed = await parseTranscript(
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.250\n<v Brad Lightcap>You could stop progress <i>right now</i> &amp; still.</v>\n\n00:01:05.000 --> 00:01:08.000\nWinston: We are so far.\n',
    );
    expect(parsed).toEqual({
      format: 'vtt',
      segments: [
        { startMs: 1_000, endMs: 4_250, speakerLabel: 'Brad Lightcap', text: 'You could stop progress right now & still.' },
        { startMs: 65_000, endMs: 68_000, speakerLabel: 'Winston', text: 'We are so far.' },
      ],
    });
  });

  it('reads SubRip with speaker labels', async () => {
    const parsed = await parseTranscript('1\n00:00:01,500 --> 00:00:03,000\nJoelle Pineau: Compute and data\nhave a more linear effect.\n\n2\n00:00:03,000 --> 00:00:05,000\n就模型而言\n', { fileName: 'ep.srt' });
    expect(parsed.segments).toEqual([
      { startMs: 1_500, endMs: 3_000, speakerLabel: 'Joelle Pineau', text: 'Compute and data have a more linear effect.' },
      { startMs: 3_000, endMs: 5_000, speakerLabel: null, text: '就模型而言' },
    ]);
  });

  it('joins word-level Podcasting 2.0 JSON into sentences per speaker', async () => {
    const json = JSON.stringify({
      version: '1.0.0',
      segments: [
        { speaker: 'Ari', startTime: 0, endTime: 0.4, body: 'Data' },
        { speaker: 'Ari', startTime: 0.4, endTime: 0.6, body: 'is' },
        { speaker: 'Ari', startTime: 0.6, endTime: 1.1, body: 'under-invested.' },
        { speaker: 'Host', startTime: 1.5, endTime: 2, body: 'Why?' },
      ],
    });
    const parsed = await parseTranscript(json);
    expect(parsed.format).toBe('json');
    expect(parsed.segments).toEqual([
      { startMs: 0, endMs: 1_100, speakerLabel: 'Ari', text: 'Data is under-invested.' },
      { startMs: 1_500, endMs: 2_000, speakerLabel: 'Host', text: 'Why?' },
    ]);
  });

  it('reads plain text with stamps and labels; an unlabelled line keeps the speaker', async () => {
    const parsed = await parseTranscript('[00:00:05] Brad: First thing.\nStill Brad here.\n\n1:02 Sarah：第二段。\n[1:00:00.5] Brad: Late.\n');
    expect(parsed.segments).toEqual([
      { startMs: 5_000, endMs: 5_000, speakerLabel: 'Brad', text: 'First thing.' },
      { startMs: 5_000, endMs: 62_000, speakerLabel: 'Brad', text: 'Still Brad here.' },
      { startMs: 62_000, endMs: 3_600_500, speakerLabel: 'Sarah', text: '第二段。' },
      { startMs: 3_600_500, endMs: 3_601_500, speakerLabel: 'Brad', text: 'Late.' },
    ]);
  });

  it('names the line of a bad cue, stamp or JSON segment', async () => {
    expect((await failure('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:03.000 --> 00:0x:04.000\nbad\n')).line).toBe(6);
    expect((await failure('1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03,000 -> 00:00:04,000\nbad\n', 'a.srt')).line).toBe(5);
    expect((await failure('[00:10] a\n[00:05] b\n')).line).toBe(2);
    expect((await failure('[00:75] a\n')).message).toContain('Line 1');
    const json = await failure('{\n "segments": [\n  {"startTime": 0, "endTime": 1, "body": "a"},\n  {"startTime": "x", "endTime": 1, "body": "b"}\n ]\n}');
    expect(json.line).toBe(4);
    expect(json.message).toContain('Segment 2');
    expect((await failure('{"segments": [', 'a.json')).message).toContain('Not valid JSON');
  });

  it('refuses an empty file and a VTT without its header', async () => {
    expect((await failure('\n\n')).message).toContain('no transcript text');
    expect((await failure('00:00:01.000 --> 00:00:02.000\nhi\n', 'a.vtt')).line).toBe(1);
  });
});
