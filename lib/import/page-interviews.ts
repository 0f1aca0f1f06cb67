// One page may name the same interview in several forms: "Uncapped #46 · Brad Lightcap from
// OpenAI · 2026-01-10" in 取材, "Uncapped #46 Brad Lightcap from OpenAI" under one quote and
// "Uncapped #46" or just "Uncapped" under another. They are one interview. References are
// merged when they agree on the show and share a number or a title without contradicting each
// other (a different number, title or date); a reference to the show alone joins the one
// interview of that show on the page, if there is exactly one.
import type { ParsedEpisode, ParsedTopic } from './parsed-topic';

export type PageInterview = {
  show: string;
  episodeNumber: string | null;
  episodeTitle: string;
  publishedOn: string | null;
  url: string | null;
  /** Every form the page used for it, first one first. */
  forms: string[];
};

/** Case, width and spacing folded: how names, shows and titles are compared. Plain ASCII skips Unicode normalisation. */
export const fold = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();

/** The key under which two references are the same episode of a show (used against the library too). */
export function episodeKey(episode: Pick<PageInterview, 'show' | 'episodeNumber' | 'episodeTitle'>): string {
  if (episode.episodeNumber) return `${fold(episode.show)}#${fold(episode.episodeNumber)}`;
  return `${fold(episode.show)}:${fold(episode.episodeTitle)}`;
}

type Folded = { show: string; number: string | null; title: string | null; date: string | null; url: string | null };

// Each reference and interview is folded once: comparing them stays proportional to their length.
const foldedRef = (ref: ParsedEpisode): Folded => ({
  show: fold(ref.show),
  number: ref.episodeNumber ? fold(ref.episodeNumber) : null,
  title: ref.episodeTitle ? fold(ref.episodeTitle) : null,
  date: ref.publishedOn?.iso ?? null,
  url: ref.url,
});

type Entry = { interview: PageInterview; folded: Folded };

const differ = (a: string | null, b: string | null) => Boolean(a && b && a !== b);

function compatible(entry: Folded, ref: Folded) {
  return entry.show === ref.show && !differ(entry.number, ref.number) && !differ(entry.title, ref.title) && !differ(entry.date, ref.date) && !differ(entry.url, ref.url);
}

function merge(entry: Entry, ref: ParsedEpisode, folded: Folded) {
  const { interview } = entry;
  interview.episodeNumber ??= ref.episodeNumber;
  if (!interview.episodeTitle) interview.episodeTitle = ref.episodeTitle;
  interview.publishedOn ??= ref.publishedOn?.iso ?? null;
  interview.url ??= ref.url;
  if (!interview.forms.includes(ref.raw)) interview.forms.push(ref.raw);
  entry.folded = {
    show: entry.folded.show,
    number: entry.folded.number ?? folded.number,
    title: entry.folded.title ?? folded.title,
    date: entry.folded.date ?? folded.date,
    url: entry.folded.url ?? folded.url,
  };
}

const entryOf = (ref: ParsedEpisode, folded: Folded): Entry => ({
  interview: {
    show: ref.show,
    episodeNumber: ref.episodeNumber,
    episodeTitle: ref.episodeTitle,
    publishedOn: ref.publishedOn?.iso ?? null,
    url: ref.url,
    forms: [ref.raw],
  },
  folded,
});

/** Every reference in the order a reader meets it: the 取材 list first (the fullest form), then the blocks. */
function references(topic: ParsedTopic): ParsedEpisode[] {
  const refs = topic.sources.map((source) => source.episode);
  for (const block of [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks)) {
    if ((block.kind === 'quote' || block.kind === 'paraphrase') && block.episode) refs.push(block.episode);
  }
  return refs;
}

export function pageInterviews(topic: ParsedTopic) {
  const entries: Entry[] = [];
  const byShow = new Map<string, Entry[]>();
  const byRef = new Map<ParsedEpisode, PageInterview>();
  const warnings: string[] = [];
  const refs = references(topic).map((ref) => ({ ref, folded: foldedRef(ref) }));
  const add = (entry: Entry) => {
    entries.push(entry);
    byShow.set(entry.folded.show, [...(byShow.get(entry.folded.show) ?? []), entry]);
  };
  // Numbered or titled references first: they say which episode they mean.
  for (const { ref, folded } of refs.filter(({ folded }) => folded.number || folded.title)) {
    const same = (byShow.get(folded.show) ?? []).find(
      (entry) => compatible(entry.folded, folded) && ((folded.number && entry.folded.number === folded.number) || (folded.title && entry.folded.title === folded.title)),
    );
    if (same) merge(same, ref, folded);
    const entry = same ?? entryOf(ref, folded);
    if (!same) add(entry);
    byRef.set(ref, entry.interview);
  }
  // Then the show named alone (perhaps with a date): the one episode of that show on the page.
  for (const { ref, folded } of refs.filter(({ folded }) => !folded.number && !folded.title)) {
    const ofShow = (byShow.get(folded.show) ?? []).filter((entry) => compatible(entry.folded, folded));
    const titled = ofShow.filter((entry) => entry.folded.number || entry.folded.title);
    let entry = titled.length === 1 ? titled[0]! : ofShow.find((candidate) => !candidate.folded.number && !candidate.folded.title);
    if (titled.length > 1 && !warnings.some((w) => w.startsWith(`"${ref.show}"`))) {
      warnings.push(`"${ref.show}" is named alone, and the page cites ${titled.length} of its episodes; it is kept as an interview of its own.`);
    }
    if (entry) merge(entry, ref, folded);
    else {
      entry = entryOf(ref, folded);
      add(entry);
    }
    byRef.set(ref, entry.interview);
  }
  return { entries: entries.map((entry) => entry.interview), interviewOf: (ref: ParsedEpisode) => byRef.get(ref)!, warnings };
}
