import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

// Each speaker label of an interview's transcripts ("Brad", "SPEAKER_01") stands for one person
// of the library. The analyst confirms it once per interview; until then the label is shown with
// a suggestion: the speaker already mapped, or one whose name or alias matches the label.

type Client = Database | Prisma.TransactionClient;

export type LabelSuggestion = {
  label: string;
  segments: number;
  /** The confirmed speaker, if any. */
  confirmed: { id: string; name: string } | null;
  /** A speaker whose name or alias is the label (or contains it as a word), when none is confirmed. */
  suggested: { id: string; name: string } | null;
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();

export function countLabels(segments: { speakerLabel: string | null }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { speakerLabel } of segments) if (speakerLabel) counts.set(speakerLabel, (counts.get(speakerLabel) ?? 0) + 1);
  return counts;
}

/** Every label of an interview's transcripts, with how many segments each speaks. */
export async function interviewLabelCounts(db: Client, interviewId: string): Promise<Map<string, number>> {
  const rows = await db.transcriptSegment.groupBy({
    by: ['speakerLabel'],
    where: { transcript: { interviewId }, speakerLabel: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.speakerLabel!, row._count._all]));
}

export async function suggestSpeakers(db: Client, interviewId: string, counts: Map<string, number>): Promise<LabelSuggestion[]> {
  if (counts.size === 0) return [];
  const confirmed = await db.transcriptSpeakerLabel.findMany({
    where: { interviewId, label: { in: [...counts.keys()] } },
    select: { label: true, speaker: { select: { id: true, name: true } } },
  });
  const byLabel = new Map(confirmed.map((row) => [row.label, row.speaker]));
  const open = [...counts.keys()].filter((label) => !byLabel.has(label));
  // Candidates: speakers whose name or an alias shares a word with an open label.
  const words = [...new Set(open.flatMap((label) => fold(label).split(/\s+/)).filter((w) => w.length >= 2))].slice(0, 50);
  const candidates = words.length
    ? await db.speaker.findMany({
        where: {
          deletedAt: null,
          mergedIntoId: null,
          OR: [...words.map((word) => ({ name: { contains: word, mode: 'insensitive' as const } })), { aliases: { hasSome: open } }],
        },
        select: { id: true, name: true, aliases: true },
        take: 200,
      })
    : [];
  const suggest = (label: string) => {
    const wanted = fold(label);
    const exact = candidates.find((s) => fold(s.name) === wanted || s.aliases.some((a) => fold(a) === wanted));
    if (exact) return exact;
    // "Brad" for "Brad Lightcap": one speaker whose name has the label as a whole word.
    const partial = candidates.filter((s) => fold(s.name).split(/\s+/).includes(wanted));
    return partial.length === 1 ? partial[0] : undefined;
  };
  return [...counts.entries()].map(([label, count]) => {
    const speaker = byLabel.get(label) ?? null;
    const guess = speaker ? undefined : suggest(label);
    return { label, segments: count, confirmed: speaker, suggested: guess ? { id: guess.id, name: guess.name } : null };
  });
}
