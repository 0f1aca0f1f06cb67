import type { ParsedEpisode } from './parsed-topic';

/**
 * Splits an episode reference as pages write it: "Uncapped #46 Brad Lightcap from OpenAI",
 * "20VC: How Model Performance is Plateauing", or just a show ("AI Vibe Check").
 */
export function parseEpisode(raw: string): ParsedEpisode {
  const text = raw.trim();
  const numbered = text.match(/^(.+?)\s*#(\d+)\s*(.*)$/);
  if (numbered) return { raw: text, show: numbered[1]!.trim(), episodeNumber: numbered[2]!, episodeTitle: numbered[3]!.trim() };
  const titled = text.match(/^([^:]{1,40}):\s*(.+)$/);
  if (titled) return { raw: text, show: titled[1]!.trim(), episodeNumber: null, episodeTitle: titled[2]!.trim() };
  return { raw: text, show: text, episodeNumber: null, episodeTitle: '' };
}

/** Two references to one episode: same show and number, or same show and title (case and space folded). */
export function episodeKey(episode: Pick<ParsedEpisode, 'show' | 'episodeNumber' | 'episodeTitle'>): string {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return episode.episodeNumber ? `${fold(episode.show)}#${episode.episodeNumber}` : `${fold(episode.show)}:${fold(episode.episodeTitle)}`;
}
