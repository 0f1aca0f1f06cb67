// The line under a quote that says who said it and where:
//   Brad Lightcap (OpenAI) · Uncapped #46 Brad Lightcap from OpenAI
//   — Bob McGrew (former OpenAI) · 见姊妹主题 inference-economics
//   — Martin Casado / Sarah Wang (a16z) · Show: Title · 2026-03-04
// Without the leading dash it is an attribution only right after a quote, and only when it
// has a " · "; with it, it may also stand under a statement given only in translation.
import { isSpace } from './characters';
import { PART_SEPARATOR, readReference, type EpisodeReference } from './references';
import { SISTER_TOPIC_PREFIX } from './sections';
import { readSpeakers, type SpeakerName } from './speakers';

export type Attribution = { speakers: SpeakerName[]; episode: EpisodeReference | null; seeAlsoSlug: string | null };

const MAX_ATTRIBUTION = 600;
const MAX_NAMES = 200;
const SENTENCE_END = '\u3002!?\uff01\uff1f:\uff1a;\uff1b\u300c\u300d"\u201c\u201d';

/** "见姊妹主题 inference-economics" → the slug. */
function sisterSlug(part: string): string | null {
  if (!part.startsWith(SISTER_TOPIC_PREFIX)) return null;
  let i = SISTER_TOPIC_PREFIX.length;
  while (isSpace(part[i])) i += 1;
  const slug = part.slice(i);
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug.slice(0, 121)) && slug.length <= 120 ? slug : null;
}

export const startsWithDash = (line: string) => line[0] === '\u2014' && line[1] !== '\u2014';

/** Reads an attribution line, or returns null for a line that is not one (a sentence, a long line). */
export function readAttribution(line: string, { afterQuote }: { afterQuote: boolean }): Attribution | null {
  const dashed = startsWithDash(line);
  if (!dashed && !afterQuote) return null;
  const text = dashed ? line.slice(1).trim() : line;
  if (!text || text.length > MAX_ATTRIBUTION) return null;
  // Without the dash, a sentence is not an attribution: it ends like one or holds a full stop.
  if (!dashed && (SENTENCE_END.includes(text.at(-1)!) || text.includes('\u3002') || text.includes('\uff1b'))) return null;
  const [who = '', ...rest] = text.split(PART_SEPARATOR).map((part) => part.trim());
  if (!who || (!dashed && rest.length === 0)) return null;
  if (who.length > MAX_NAMES || ',\u3002:\uff0c'.split('').some((c) => who.includes(c))) return null;
  const sister = rest.length > 0 ? sisterSlug(rest.at(-1)!) : null;
  const where = (sister ? rest.slice(0, -1) : rest).join(PART_SEPARATOR).trim();
  return { speakers: readSpeakers(who), episode: where ? readReference(where) : null, seeAlsoSlug: sister };
}
