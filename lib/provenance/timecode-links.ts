// How to link to a moment of an episode, per host: data, not code spread over components.
// `query` sets a query parameter (YouTube's t=90); `fragment` sets the URL's fragment (a Media
// Fragments URI, #t=90, which browsers' audio and video elements honour; Vimeo's #t=90s). A
// host without a rule gets no link at a time: a link to the start that claims a moment would
// mislead.

export type TimecodeRule =
  | { name: string; hosts?: string[]; extensions?: string[]; how: 'query'; param: string; format: 'seconds' }
  | { name: string; hosts?: string[]; extensions?: string[]; how: 'fragment'; template: string };

export const TIMECODE_RULES: TimecodeRule[] = [
  { name: 'YouTube', hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtu.be'], how: 'query', param: 't', format: 'seconds' },
  { name: 'Vimeo', hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'], how: 'fragment', template: 't={s}s' },
  { name: 'Audio or video file', extensions: ['mp3', 'm4a', 'mp4', 'm4v', 'aac', 'ogg', 'oga', 'opus', 'wav', 'webm', 'flac'], how: 'fragment', template: 't={s}' },
];

function ruleFor(url: URL): TimecodeRule | undefined {
  const host = url.hostname.toLowerCase();
  const extension = url.pathname.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return TIMECODE_RULES.find((rule) => rule.hosts?.includes(host) || (extension !== undefined && rule.extensions?.includes(extension)));
}

/** The episode's address at `ms` into it, or null when its host has no rule (or it is no URL). */
export function timecodeUrl(episodeUrl: string | null, ms: number): string | null {
  if (!episodeUrl) return null;
  let url: URL;
  try {
    url = new URL(episodeUrl);
  } catch {
    return null;
  }
  const rule = ruleFor(url);
  if (!rule) return null;
  const seconds = Math.floor(ms / 1000);
  if (rule.how === 'query') url.searchParams.set(rule.param, String(seconds));
  else url.hash = rule.template.replace('{s}', String(seconds));
  return url.toString();
}
