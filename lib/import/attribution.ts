import { parseEpisode } from './episode';
import type { ParsedEpisode, ParsedSpeaker } from './parsed-topic';

export type ParsedAttribution = { speakers: ParsedSpeaker[]; episode: ParsedEpisode | null; seeAlsoSlug: string | null };

const SISTER_TOPIC = /^见姊妹主题\s*([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** "Martin Casado / Sarah Wang (a16z)": the organisation in parentheses applies to each name before it. */
export function parseSpeakers(text: string): ParsedSpeaker[] {
  const trimmed = text.trim();
  const shared = trimmed.match(/^(.*?)\s*\(([^()]+)\)$/);
  const names = (shared ? shared[1]! : trimmed).split(/\s*\/\s*/).filter(Boolean);
  return names.map((part) => {
    const own = part.match(/^(.*?)\s*\(([^()]+)\)$/);
    if (own) return { name: own[1]!.trim(), affiliation: own[2]!.trim() };
    return { name: part.trim(), affiliation: shared ? shared[2]!.trim() : null };
  });
}

/**
 * An attribution line under a quote: "Name (Org) · Episode", or "— Name (Org) · 见姊妹主题 slug"
 * after a statement given only in translation. Returns null for anything else.
 */
export function parseAttribution(line: string, { afterQuote }: { afterQuote: boolean }): ParsedAttribution | null {
  let text = line.normalize('NFKC').trim();
  const dashed = /^—(?!—)\s*/.test(text);
  if (dashed) text = text.replace(/^—\s*/, '');
  else if (!afterQuote) return null;
  // Sentences are not attributions: they end like sentences or run long.
  if (text.length === 0 || text.length > 200 || /[。!?:;「」"“”]$/.test(text) || /[。;]/.test(text)) return null;
  const [who, ...rest] = text.split(/\s+·\s+/);
  if (!who || (!dashed && rest.length === 0)) return null;
  if (/[,。:]/.test(who) || who.length > 120) return null;
  const where = rest.join(' · ').trim();
  const sister = where.match(SISTER_TOPIC);
  return {
    speakers: parseSpeakers(who),
    episode: where && !sister ? parseEpisode(where) : null,
    seeAlsoSlug: sister ? sister[1]! : null,
  };
}
