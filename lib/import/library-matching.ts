import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { readAffiliation } from '@/lib/page-format/speakers';
import { slugify } from '@/lib/text/slug';
import type { ImportReport } from './import-report';
import { episodeKey, fold, type PageInterview } from './page-interviews';
import type { ParsedSpeaker } from './parsed-topic';

type Tx = Prisma.TransactionClient;

/** A stint written "former X", "前 X" or "ex-X" ended before the page was written. */
function affiliationStint(affiliation: string, endedBy: Date) {
  const { organisation, former } = readAffiliation(affiliation);
  return { organisation, endedOn: former ? endedBy : null, position: 0 };
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
 * missing, and lists each in the report once, as matched or created.
 */
export function libraryMatcher(tx: Tx, library: { id: string; name: string; aliases: string[] }[], report: ImportReport, endedBy: Date) {
  // Speakers: by name or alias, case and width folded.
  const speakerIds = new Map<string, string>();
  for (const speaker of library) for (const name of [speaker.name, ...speaker.aliases]) speakerIds.set(fold(name), speaker.id);
  const listed = new Set<string>();
  const speakerId = async (speaker: ParsedSpeaker) => {
    const key = fold(speaker.name);
    const existing = speakerIds.get(key);
    if (existing) {
      if (!listed.has(key)) {
        listed.add(key);
        report.speakers.matched.push(speaker.name);
        report.people.push({ name: speaker.name, affiliation: speaker.affiliation, status: 'matched' });
      }
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
    listed.add(key);
    report.speakers.created.push(speaker.name);
    report.people.push({ name: speaker.name, affiliation: speaker.affiliation, status: 'created' });
    return created.id;
  };

  // Interviews: by show and episode number, or show and episode title (a show alone: no title).
  const interviewIds = new Map<PageInterview, string>();
  const interviewId = async (interview: PageInterview) => {
    const known = interviewIds.get(interview);
    if (known) return known;
    const key = episodeKey(interview);
    const candidates = await tx.interview.findMany({
      where: { deletedAt: null, show: { equals: interview.show, mode: 'insensitive' } },
      select: { id: true, show: true, episodeNumber: true, episodeTitle: true },
    });
    const match = candidates.find((candidate) => episodeKey(candidate) === key);
    const label = interview.forms[0]!;
    const entry = { show: interview.show, episodeNumber: interview.episodeNumber, episodeTitle: interview.episodeTitle, publishedOn: interview.publishedOn, forms: interview.forms };
    if (match) {
      report.interviews.matched.push(label);
      report.interviewList.push({ ...entry, status: 'matched' });
      interviewIds.set(interview, match.id);
      return match.id;
    }
    const created = await tx.interview.create({
      data: {
        show: interview.show,
        episodeTitle: interview.episodeTitle,
        episodeNumber: interview.episodeNumber,
        publishedOn: interview.publishedOn ? new Date(`${interview.publishedOn}T00:00:00Z`) : null,
        url: interview.url,
      },
      select: { id: true },
    });
    report.interviews.created.push(label);
    report.interviewList.push({ ...entry, status: 'created' });
    interviewIds.set(interview, created.id);
    return created.id;
  };
  return { speakerId, interviewId };
}
