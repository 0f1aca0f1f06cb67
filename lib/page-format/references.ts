// References to an interview, in a 取材 line and after a speaker in an attribution line. Forms:
//   Show #N: Title   Show #N Title   Show #N   Show EpN Title   Show: Title   Show — Title   Show
// each optionally followed by " · Title", " · DATE" (see dates.ts) and " · https://…". The earliest
// marker decides the form: in "Show: The #1 mistake" the colon comes first, so #1 is in the title.
import { isAsciiDigit, isColon, isLatinLetter, isSpace, isWordChar } from './characters';
import { readDate, type PageDate } from './dates';

/** The ` · ` that separates the parts of title lines, attributions and 取材 lines. */
export const PART_SEPARATOR = ' \u00b7 ';

export type EpisodeReference = {
  /** The reference as written, for messages. */
  raw: string;
  show: string;
  episodeNumber: string | null;
  episodeTitle: string;
  publishedOn: PageDate | null;
  url: string | null;
};

export type InterviewFields = { show: string; episodeNumber: string | null; episodeTitle: string; publishedOn: string | null; url: string | null };

const MAX_EPISODE_NUMBER = 32;

const isUrl = (text: string) => (text.startsWith('https://') || text.startsWith('http://')) && text.length > 8 && !/\s/.test(text.slice(0, 2_048)) && text.length <= 2_048;

/** A token of letters and digits right after `#` or `Ep`: "46", "S2E5", "12a". */
function episodeToken(text: string, from: number): number {
  let end = from;
  while (end < text.length && end - from < MAX_EPISODE_NUMBER && (isWordChar(text[end]) || (end > from && (text[end] === '.' || text[end] === '-') && isWordChar(text[end + 1])))) end += 1;
  return end;
}

type Marker = { kind: 'number'; at: number; numberStart: number; numberEnd: number } | { kind: 'title'; at: number; titleStart: number };

/** The first marker in the head of a reference: #N, EpN, a colon, or a spaced dash. */
function firstMarker(head: string): Marker | null {
  for (let i = 1; i < head.length; i += 1) {
    const c = head[i]!;
    const before = head[i - 1];
    if (c === '#' && isSpace(before)) {
      const end = episodeToken(head, i + 1);
      if (end > i + 1) return { kind: 'number', at: i, numberStart: i + 1, numberEnd: end };
    }
    if ((c === 'E' || c === 'e') && (head[i + 1] === 'p' || head[i + 1] === 'P') && isSpace(before)) {
      let start = i + 2;
      if (head[start] === '.') start += 1;
      if (head[start] === ' ') start += 1;
      if (isAsciiDigit(head[start])) {
        const end = episodeToken(head, start);
        if (!isLatinLetter(head[end])) return { kind: 'number', at: i, numberStart: start, numberEnd: end };
      }
    }
    if (isColon(c) && (head[i + 1] === undefined || isSpace(head[i + 1]) || c === '\uff1a')) return { kind: 'title', at: i, titleStart: i + 1 };
    if ((c === '\u2014' || c === '\u2013') && isSpace(before) && isSpace(head[i + 1])) return { kind: 'title', at: i, titleStart: i + 1 };
  }
  return null;
}

/** What follows an episode number: an optional ":" or " —" before the title. */
function titleAfterNumber(head: string, from: number): string {
  let i = from;
  while (i < head.length && isSpace(head[i])) i += 1;
  if (isColon(head[i]) || head[i] === '\u2014' || head[i] === '\u2013') i += 1;
  return head.slice(i).trim();
}

/** Reads a reference; anything that has no marker is a show named alone. */
export function readReference(raw: string): EpisodeReference {
  const parts = raw.trim().split(PART_SEPARATOR).map((part) => part.trim());
  let url: string | null = null;
  let publishedOn: PageDate | null = null;
  if (parts.length > 1 && isUrl(parts.at(-1)!)) url = parts.pop()!;
  if (parts.length > 1 && readDate(parts.at(-1)!)) publishedOn = readDate(parts.pop()!);
  const [head = '', ...titleParts] = parts;
  const marker = firstMarker(head);
  let show = head;
  let episodeNumber: string | null = null;
  let headTitle = '';
  if (marker?.kind === 'number') {
    show = head.slice(0, marker.at).trim();
    episodeNumber = head.slice(marker.numberStart, marker.numberEnd);
    headTitle = titleAfterNumber(head, marker.numberEnd);
  } else if (marker?.kind === 'title') {
    show = head.slice(0, marker.at).trim();
    headTitle = head.slice(marker.titleStart).trim();
  }
  if (!show) {
    // "#12 Title" or ": Title" names no show: the whole head is the show.
    show = head;
    episodeNumber = null;
    headTitle = '';
  }
  const episodeTitle = [headTitle, ...titleParts].filter(Boolean).join(PART_SEPARATOR);
  return { raw: raw.trim(), show, episodeNumber, episodeTitle, publishedOn, url };
}

/** How an attribution line names an interview: "Show #46 Title", "Show: Title" or "Show". */
export function formatAttributionReference(interview: Pick<InterviewFields, 'show' | 'episodeNumber' | 'episodeTitle'>): string {
  if (interview.episodeNumber) return [`${interview.show} #${interview.episodeNumber}`, interview.episodeTitle].filter(Boolean).join(' ');
  return interview.episodeTitle ? `${interview.show}: ${interview.episodeTitle}` : interview.show;
}

/** A 取材 line: "Show #46 · Title · 2026-04-09 · https://…", everything after the show optional. */
export function formatSourceLine(interview: InterviewFields): string {
  const number = interview.episodeNumber ? ` #${interview.episodeNumber}` : '';
  return [`${interview.show}${number}`, interview.episodeTitle, interview.publishedOn, interview.url].filter(Boolean).join(PART_SEPARATOR);
}
