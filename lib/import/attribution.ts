import { parseEpisode } from './episode';
import type { ParsedEpisode, ParsedSpeaker } from './parsed-topic';

export type ParsedAttribution = { speakers: ParsedSpeaker[]; episode: ParsedEpisode | null; seeAlsoSlug: string | null };

/** Written where a quote has no known speaker, so that re-importing never guesses one. */
export const UNATTRIBUTED = '未署名';
export const SISTER_TOPIC_PREFIX = '见姊妹主题';
const SISTER_TOPIC = /^见姊妹主题\s*([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** "Martin Casado / Sarah Wang (a16z)": the organisation in parentheses applies to each name before it. */
export function parseSpeakers(text: string): ParsedSpeaker[] {
  const trimmed = text.trim();
  if (trimmed === UNATTRIBUTED) return [];
  const shared = trimmed.match(/^(.*?)\s*\(([^()]+)\)$/);
  const sharedApplies = shared && !/\)/.test(shared[1]!);
  const names = (sharedApplies ? shared[1]! : trimmed).split(/\s*\/\s*/).filter(Boolean);
  return names.map((part) => {
    const own = part.match(/^(.*?)\s*\(([^()]+)\)$/);
    if (own) return { name: own[1]!.trim(), affiliation: own[2]!.trim() };
    return { name: part.trim(), affiliation: sharedApplies ? shared[2]!.trim() : null };
  });
}

/**
 * An attribution line under a quote: "Name (Org) · Episode", or "— Name (Org) · 见姊妹主题 slug"
 * after a statement given only in translation. Returns null for anything else.
 */
export function parseAttribution(line: string, { afterQuote }: { afterQuote: boolean }): ParsedAttribution | null {
  let text = line.trim();
  const dashed = /^—(?!—)/.test(text);
  if (dashed) text = text.replace(/^—\s*/, '');
  else if (!afterQuote) return null;
  // Sentences are not attributions: they end like sentences or run long.
  if (text.length === 0 || text.length > 300 || /[。!?:;「」"“”]$/.test(text) || /[。;]/.test(text)) return null;
  const [who, ...rest] = text.split(/\s+·\s+/);
  if (!who || (!dashed && rest.length === 0)) return null;
  if (/[,。:,]/.test(who) || who.length > 160) return null;
  const sister = rest.at(-1)?.match(SISTER_TOPIC);
  const where = (sister ? rest.slice(0, -1) : rest).join(' · ').trim();
  return {
    speakers: parseSpeakers(who),
    episode: where ? parseEpisode(where) : null,
    seeAlsoSlug: sister ? sister[1]! : null,
  };
}
