import { describe, expect, it } from 'vitest';
import { timecodeUrl } from './timecode-links';

describe('timecodeUrl', () => {
  it('sets t= on YouTube, replacing one already there', () => {
    expect(timecodeUrl('https://www.youtube.com/watch?v=abc&t=5', 168_900)).toBe('https://www.youtube.com/watch?v=abc&t=168');
    expect(timecodeUrl('https://youtu.be/abc', 61_000)).toBe('https://youtu.be/abc?t=61');
  });

  it('uses a media fragment for audio files, and Vimeo its own fragment', () => {
    expect(timecodeUrl('https://cdn.example.com/ep46.mp3', 672_000)).toBe('https://cdn.example.com/ep46.mp3#t=672');
    expect(timecodeUrl('https://vimeo.com/123#old', 90_000)).toBe('https://vimeo.com/123#t=90s');
  });

  it('gives no link for a host without a rule, or no URL', () => {
    expect(timecodeUrl('https://example.com/episodes/46', 1_000)).toBeNull();
    expect(timecodeUrl(null, 1_000)).toBeNull();
    expect(timecodeUrl('not a url', 1_000)).toBeNull();
  });
});
