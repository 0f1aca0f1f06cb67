import 'server-only';
import { affiliationLabel } from '@/lib/speakers/affiliation';
import { isUrlKey } from '@/lib/text/url-key';
import type { Block, Quote } from '@/lib/topics/document';
import { speakerPositionsOverTime, type SpeakerTopicPositions } from './position-reads';
import { publishedReader, type PublishedReader } from './reader';

// The public pages of a person and of an interview: their library record, and where the
// published pages cite them. Only published pages count: the rows come from
// PublishedAppearance, part of the published record (titles as published, gone with a takedown).

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const LEDGER_LIMIT = 1_000;

export type LedgerEntry = {
  kind: 'MEMBER' | 'QUOTE' | 'PARAPHRASE';
  blockId: string | null;
  place: { type: 'camp'; id: string; label: string; stance: string } | { type: 'consensus'; id: string; statement: string };
  quote: Quote | null;
  paraphrase: Extract<Block, { kind: 'paraphrase' }> | null;
};

export type LedgerTopic = { slug: string; titleZh: string; titleEn: string; publishedOn: string | null; entries: LedgerEntry[] };

export type SpeakerPage =
  | { redirectTo: string }
  | {
      speaker: { id: string; slug: string; name: string; aliases: string[]; bio: string; links: string[]; affiliation: string | null };
      affiliations: { organisation: string; role: string | null; startedOn: string | null; endedOn: string | null }[];
      topics: LedgerTopic[];
      /** Per live topic, the versions where they joined, left or moved (newest topic first). */
      positions: SpeakerTopicPositions[];
    };

const appearanceSelect = {
  kind: true,
  blockId: true,
  campId: true,
  campLabel: true,
  campStance: true,
  pointId: true,
  pointStatement: true,
  content: true,
  publishedAt: true,
  topic: { select: { slug: true, titleZh: true, titleEn: true, publishedAt: true } },
} as const;

type AppearanceRow = {
  kind: 'MEMBER' | 'QUOTE' | 'PARAPHRASE';
  blockId: string | null;
  campId: string | null;
  campLabel: string | null;
  campStance: string | null;
  pointId: string | null;
  pointStatement: string | null;
  content: unknown;
  topic: { slug: string; titleZh: string; titleEn: string; publishedAt: Date };
};

/** Groups rows (newest publish first) by topic, keeping each block once. */
function toLedger(rows: AppearanceRow[]): LedgerTopic[] {
  const topics = new Map<string, LedgerTopic>();
  const seen = new Set<string>();
  for (const row of rows) {
    let topic = topics.get(row.topic.slug);
    if (!topic) {
      topic = { slug: row.topic.slug, titleZh: row.topic.titleZh, titleEn: row.topic.titleEn, publishedOn: isoDate(row.topic.publishedAt), entries: [] };
      topics.set(row.topic.slug, topic);
    }
    const key = `${row.topic.slug}:${row.blockId ?? `${row.kind}:${row.campId}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    topic.entries.push({
      kind: row.kind,
      blockId: row.blockId,
      place: row.campId
        ? { type: 'camp', id: row.campId, label: row.campLabel ?? '', stance: row.campStance ?? '' }
        : { type: 'consensus', id: row.pointId ?? '', statement: row.pointStatement ?? '' },
      quote: row.kind === 'QUOTE' ? (row.content as Quote) : null,
      paraphrase: row.kind === 'PARAPHRASE' ? (row.content as Extract<Block, { kind: 'paraphrase' }>) : null,
    });
  }
  return [...topics.values()];
}

export async function getSpeakerPage(slug: string, db: PublishedReader = publishedReader()): Promise<SpeakerPage | null> {
  if (!isUrlKey(slug)) return null;
  const speaker = await db.speaker.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      aliases: true,
      bio: true,
      links: true,
      deletedAt: true,
      mergedIntoId: true,
      affiliations: { orderBy: { position: 'asc' }, select: { organisation: true, role: true, startedOn: true, endedOn: true } },
    },
  });
  if (!speaker || speaker.deletedAt) return null;
  if (speaker.mergedIntoId) {
    const survivor = await db.speaker.findUnique({ where: { id: speaker.mergedIntoId }, select: { slug: true, deletedAt: true } });
    return survivor && !survivor.deletedAt ? { redirectTo: survivor.slug } : null;
  }
  // Pages published before a merge still name the merged speaker: they count for the survivor.
  const merged = await db.speaker.findMany({ where: { mergedIntoId: speaker.id }, select: { id: true } });
  const ids = [speaker.id, ...merged.map((m) => m.id)];
  const rows = await db.publishedAppearance.findMany({
    where: { speakerId: { in: ids } },
    // Newest page first, each page's rows in page order (a row keeps its time while unchanged).
    orderBy: [{ topic: { publishedAt: 'desc' } }, { topicId: 'asc' }, { position: 'asc' }],
    take: LEDGER_LIMIT,
    select: appearanceSelect,
  });
  // A person no published version cites has no public page: the library is the analysts' own.
  // One an earlier version cited has one (the topic's history links to it, and says they left).
  const positions = await speakerPositionsOverTime(db, ids);
  if (rows.length === 0 && positions.length === 0) return null;
  return {
    speaker: {
      id: speaker.id,
      slug: speaker.slug,
      name: speaker.name,
      aliases: speaker.aliases,
      bio: speaker.bio,
      links: speaker.links.filter((link) => /^https?:\/\//i.test(link)),
      affiliation: affiliationLabel(speaker.affiliations),
    },
    affiliations: speaker.affiliations.map((a) => ({ organisation: a.organisation, role: a.role, startedOn: isoDate(a.startedOn), endedOn: isoDate(a.endedOn) })),
    topics: toLedger(rows as AppearanceRow[]),
    positions,
  };
}

export type InterviewPage = {
  interview: {
    id: string;
    show: string;
    episodeTitle: string;
    episodeNumber: string | null;
    publishedOn: string | null;
    url: string | null;
    spokenLanguage: string;
    transcriptLanguage: string | null;
    transcriptNotes: string;
  };
  topics: LedgerTopic[];
};

export async function getInterviewPage(id: string, db: PublishedReader = publishedReader()): Promise<InterviewPage | null> {
  if (!isUrlKey(id)) return null;
  const interview = await db.interview.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, show: true, episodeTitle: true, episodeNumber: true, publishedOn: true, url: true, spokenLanguage: true, transcriptLanguage: true, transcriptNotes: true },
  });
  if (!interview) return null;
  const rows = await db.publishedAppearance.findMany({
    where: { interviewId: id, kind: { in: ['QUOTE', 'PARAPHRASE'] } },
    // Newest page first, each page's rows in page order (a row keeps its time while unchanged).
    orderBy: [{ topic: { publishedAt: 'desc' } }, { topicId: 'asc' }, { position: 'asc' }],
    take: LEDGER_LIMIT,
    select: appearanceSelect,
  });
  // Cited or only listed among a page's sources: either way it is on a published page.
  if (rows.length === 0 && !(await db.publishedAppearance.findFirst({ where: { interviewId: id, kind: 'SOURCE' }, select: { id: true } }))) return null;
  return { interview: { ...interview, publishedOn: isoDate(interview.publishedOn) }, topics: toLedger(rows as AppearanceRow[]) };
}
