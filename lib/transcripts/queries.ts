import 'server-only';
import { getDb, type Database } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseSearchQuery } from '@/lib/search/query';
import { interviewLabelCounts, suggestSpeakers, type LabelSuggestion } from './speaker-labels';

// Reads for the editor's transcript screens: an interview's transcripts, one transcript's
// segments with speaker names, and search within one interview or across all of them.

export type TranscriptSummary = {
  id: string;
  language: string;
  role: 'ORIGINAL' | 'TRANSLATION';
  format: string;
  isPublic: boolean;
  segmentCount: number;
  wordCount: number;
  importedAt: string;
};

export type SegmentRow = { position: number; startMs: number; endMs: number; label: string | null; speaker: string | null; text: string };

export type TranscriptView = TranscriptSummary & {
  interview: { id: string; show: string; episodeTitle: string; url: string | null };
  segments: SegmentRow[];
};

const summarySelect = { id: true, language: true, role: true, format: true, isPublic: true, segmentCount: true, wordCount: true, importedAt: true } as const;
const toSummary = (t: { importedAt: Date } & Omit<TranscriptSummary, 'importedAt'>): TranscriptSummary => ({ ...t, importedAt: t.importedAt.toISOString() });

export async function interviewTranscripts(interviewId: string, db: Database = getDb()): Promise<TranscriptSummary[]> {
  const rows = await db.transcript.findMany({ where: { interviewId }, orderBy: [{ role: 'asc' }, { language: 'asc' }], select: summarySelect });
  return rows.map(toSummary);
}

/** The interview page's transcript section: its transcripts and every label with a suggestion. */
export async function interviewTranscriptPanel(interviewId: string, db: Database = getDb()): Promise<{ transcripts: TranscriptSummary[]; labels: LabelSuggestion[] }> {
  const [transcripts, counts] = await Promise.all([interviewTranscripts(interviewId, db), interviewLabelCounts(db, interviewId)]);
  return { transcripts, labels: await suggestSpeakers(db, interviewId, counts) };
}

/** A transcript to read, each segment with the library speaker its label was confirmed as. */
export async function transcriptView(transcriptId: string, db: Database = getDb()): Promise<TranscriptView | null> {
  const transcript = await db.transcript.findFirst({
    where: { id: transcriptId, interview: { deletedAt: null } },
    select: { ...summarySelect, interview: { select: { id: true, show: true, episodeTitle: true, url: true, speakerLabels: { select: { label: true, speaker: { select: { name: true } } } } } } },
  });
  if (!transcript) return null;
  const names = new Map(transcript.interview.speakerLabels.map((row) => [row.label, row.speaker.name]));
  const segments = await db.transcriptSegment.findMany({
    where: { transcriptId },
    orderBy: { position: 'asc' },
    select: { position: true, startMs: true, endMs: true, speakerLabel: true, text: true },
  });
  const { interview, ...summary } = transcript;
  return {
    ...toSummary(summary),
    interview: { id: interview.id, show: interview.show, episodeTitle: interview.episodeTitle, url: interview.url },
    segments: segments.map((s) => ({ position: s.position, startMs: s.startMs, endMs: s.endMs, label: s.speakerLabel, speaker: s.speakerLabel ? (names.get(s.speakerLabel) ?? null) : null, text: s.text })),
  };
}

export type TranscriptChoice = { interviewId: string; show: string; episodeTitle: string; isSource: boolean; transcripts: { id: string; language: string; role: 'ORIGINAL' | 'TRANSLATION' }[] };

/** Interviews with a transcript, the topic's own sources first. */
export async function transcriptChoices(topicId: string, db: Database = getDb()): Promise<TranscriptChoice[]> {
  const [sources, interviews] = await Promise.all([
    db.topicSource.findMany({ where: { topicId }, select: { interviewId: true, position: true } }),
    db.interview.findMany({
      where: { deletedAt: null, transcripts: { some: {} } },
      orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { show: 'asc' }],
      take: 500,
      select: { id: true, show: true, episodeTitle: true, transcripts: { orderBy: { role: 'asc' }, select: { id: true, language: true, role: true } } },
    }),
  ]);
  const sourceOrder = new Map(sources.map((s) => [s.interviewId, s.position]));
  return interviews
    .map((i) => ({ interviewId: i.id, show: i.show, episodeTitle: i.episodeTitle, isSource: sourceOrder.has(i.id), transcripts: i.transcripts }))
    .sort((a, b) => Number(b.isSource) - Number(a.isSource) || (sourceOrder.get(a.interviewId) ?? 0) - (sourceOrder.get(b.interviewId) ?? 0));
}

export type TranscriptHit = SegmentRow & { transcriptId: string; language: string; interviewId: string; show: string; episodeTitle: string };

const LIMIT = 50;
const like = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** As in site search (lib/search/queries.ts): words trigrams cannot see go through character pairs. */
const trigramBlind = (word: string) => [...word].length >= 2 && !/[a-z0-9]{3}/i.test(word);
const segmentHas = (words: string[]) =>
  Prisma.join(
    words.map((word) =>
      trigramBlind(word)
        ? Prisma.sql`s.bigrams @> text_bigrams(${word}) AND (char_length(lower(${word})) = 2 OR s.text ILIKE ${like(word)})`
        : Prisma.sql`s.text ILIKE ${like(word)}`,
    ),
    ' AND ',
  );

/** Segments holding every word (substring, any case), in one interview or across all. */
export async function searchTranscripts(query: string, interviewId?: string, db: Database = getDb()): Promise<{ words: string[]; hits: TranscriptHit[] }> {
  // The same reading of a query as the site's search (lib/search/query.ts).
  const words = parseSearchQuery(query).terms;
  if (words.length === 0) return { words, hits: [] };
  const rows = await db.$queryRaw<(Omit<TranscriptHit, 'speaker'> & { speaker: string | null })[]>`
    SELECT s.position, s."startMs", s."endMs", s."speakerLabel" AS label, s.text, t.id AS "transcriptId", t.language,
           i.id AS "interviewId", i.show, i."episodeTitle",
           (SELECT sp.name FROM "TranscriptSpeakerLabel" l JOIN "Speaker" sp ON sp.id = l."speakerId"
             WHERE l."interviewId" = i.id AND l.label = s."speakerLabel") AS speaker
    FROM "TranscriptSegment" s
    JOIN "Transcript" t ON t.id = s."transcriptId"
    JOIN "Interview" i ON i.id = t."interviewId"
    WHERE ${segmentHas(words)} AND i."deletedAt" IS NULL ${interviewId ? Prisma.sql`AND t."interviewId" = ${interviewId}` : Prisma.empty}
    LIMIT ${LIMIT}`;
  // Without an ORDER BY the scan stops at the first 50 matches; they are put in order here.
  rows.sort((a, b) => a.show.localeCompare(b.show) || a.interviewId.localeCompare(b.interviewId) || a.transcriptId.localeCompare(b.transcriptId) || a.position - b.position);
  return { words, hits: rows };
}

/** Which of these interviews have a transcript: the editor tells "no transcript" from "not anchored". */
export async function interviewIdsWithTranscripts(interviewIds: string[], db: Database = getDb()): Promise<string[]> {
  if (interviewIds.length === 0) return [];
  const rows = await db.transcript.findMany({ where: { interviewId: { in: [...new Set(interviewIds)] } }, distinct: ['interviewId'], select: { interviewId: true } });
  return rows.map((row) => row.interviewId);
}
