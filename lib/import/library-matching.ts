import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/text/slug';
import { episodeKey } from './episode';
import type { ImportReport } from './import-report';
import { foldName } from './infer-speakers';
import type { ParsedEpisode, ParsedSpeaker } from './parsed-topic';

type Tx = Prisma.TransactionClient;

const episodeLabel = (episode: ParsedEpisode) => episode.raw;

/** A stint that reads "former X" in the source ended before the page was written. */
function affiliationStint(affiliation: string, endedBy: Date) {
  const former = affiliation.match(/^former\s+(.+)$/i);
  return former
    ? { organisation: former[1]!.trim(), endedOn: endedBy, position: 0 }
    : { organisation: affiliation, endedOn: null, position: 0 };
}

async function uniqueSpeakerSlug(tx: Tx, name: string) {
  const base = slugify(name) || 'speaker';
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.speaker.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/**
 * Finds the speakers and interviews a document names in the library, creating what is
 * missing, and notes in the report which were matched and which created.
 */
export function libraryMatcher(
  tx: Tx,
  library: { id: string; name: string; aliases: string[] }[],
  report: ImportReport,
  endedBy: Date,
) {
  // Speakers: by name or alias, case and width folded.
  const speakerIds = new Map<string, string>();
  for (const speaker of library) for (const name of [speaker.name, ...speaker.aliases]) speakerIds.set(foldName(name), speaker.id);
  const speakerId = async (speaker: ParsedSpeaker) => {
    const key = foldName(speaker.name);
    const existing = speakerIds.get(key);
    if (existing) {
      if (!report.speakers.matched.includes(speaker.name) && !report.speakers.created.includes(speaker.name)) report.speakers.matched.push(speaker.name);
      return existing;
    }
    const created = await tx.speaker.create({
      data: {
        slug: await uniqueSpeakerSlug(tx, speaker.name),
        name: speaker.name,
        affiliations: speaker.affiliation ? { create: [affiliationStint(speaker.affiliation, endedBy)] } : undefined,
      },
      select: { id: true },
    });
    speakerIds.set(key, created.id);
    report.speakers.created.push(speaker.name);
    return created.id;
  };

  // Interviews: by show and episode number, or show and episode title.
  const interviewIds = new Map<string, string>();
  const interviewId = async (episode: ParsedEpisode, publishedOn: string | null = null, url: string | null = null) => {
    const key = episodeKey(episode);
    const known = interviewIds.get(key);
    if (known) return known;
    const candidates = await tx.interview.findMany({
      where: { deletedAt: null, show: { equals: episode.show, mode: 'insensitive' } },
      select: { id: true, show: true, episodeNumber: true, episodeTitle: true },
    });
    const match = candidates.find((candidate) => episodeKey(candidate) === key);
    if (match) {
      report.interviews.matched.push(episodeLabel(episode));
      interviewIds.set(key, match.id);
      return match.id;
    }
    const created = await tx.interview.create({
      data: {
        show: episode.show,
        episodeTitle: episode.episodeTitle,
        episodeNumber: episode.episodeNumber,
        publishedOn: publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null,
        url,
      },
      select: { id: true },
    });
    report.interviews.created.push(episodeLabel(episode));
    interviewIds.set(key, created.id);
    return created.id;
  };
  return { speakerId, interviewId };
}
