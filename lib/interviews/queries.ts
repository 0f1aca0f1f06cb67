import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { groupWhereUsed, placeOfBlock } from '@/lib/speakers/queries';

const PAGE = 50;
const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

export async function listInterviews({ q = '', page = 1 }: { q?: string; page?: number }) {
  await requireRole('ANALYST');
  const db = getDb();
  const contains = { contains: q, mode: 'insensitive' as const };
  const where = { deletedAt: null, ...(q ? { OR: [{ show: contains }, { episodeTitle: contains }, { url: q }] } : {}) };
  const [rows, total] = await Promise.all([
    db.interview.findMany({
      where,
      orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        show: true,
        episodeTitle: true,
        episodeNumber: true,
        publishedOn: true,
        spokenLanguage: true,
        transcriptLanguage: true,
        _count: { select: { quotes: true, paraphrases: true } },
      },
    }),
    db.interview.count({ where }),
  ]);
  const topics = await topicCounts(rows.map((row) => row.id));
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE)),
    rows: rows.map((i) => ({ ...i, publishedOn: isoDate(i.publishedOn), quotes: i._count.quotes, paraphrases: i._count.paraphrases, topics: topics.get(i.id) ?? 0 })),
  };
}

/**
 * Topics that draw on each interview: listed among their sources or cited by one of their
 * quotes or paraphrases (lib/topics/page-sources), counted once per topic.
 */
async function topicCounts(interviewIds: string[]): Promise<Map<string, number>> {
  if (interviewIds.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ interviewId: string; topics: bigint }[]>`
    SELECT uses."interviewId", count(DISTINCT uses."topicId") AS topics
    FROM (
      SELECT s."interviewId", s."topicId" FROM "TopicSource" s WHERE s."interviewId" = ANY(${interviewIds})
      UNION ALL
      SELECT q."interviewId", coalesce(c."topicId", p."topicId")
      FROM "Quote" q JOIN "Block" b ON b."quoteId" = q.id
      LEFT JOIN "Camp" c ON c.id = b."campId" LEFT JOIN "ConsensusPoint" p ON p.id = b."consensusPointId"
      WHERE q."interviewId" = ANY(${interviewIds})
      UNION ALL
      SELECT b."interviewId", coalesce(c."topicId", p."topicId")
      FROM "Block" b
      LEFT JOIN "Camp" c ON c.id = b."campId" LEFT JOIN "ConsensusPoint" p ON p.id = b."consensusPointId"
      WHERE b."interviewId" = ANY(${interviewIds})
    ) uses
    GROUP BY uses."interviewId"`;
  return new Map(rows.map((row) => [row.interviewId, Number(row.topics)]));
}

const topicOwner = { select: { id: true, titleZh: true, titleEn: true, status: true, deletedAt: true } } as const;
const blockOwner = { camp: { select: { label: true, topic: topicOwner } }, consensusPoint: { select: { position: true, topic: topicOwner } } } as const;

export async function getInterviewForEdit(id: string) {
  await requireRole('ANALYST');
  const interview = await getDb().interview.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      show: true,
      episodeTitle: true,
      episodeNumber: true,
      publishedOn: true,
      url: true,
      spokenLanguage: true,
      transcriptLanguage: true,
      transcriptNotes: true,
      notes: true,
      quotes: { select: { blocks: { select: blockOwner } } },
      paraphrases: { select: blockOwner },
      topics: { select: { topic: topicOwner } },
    },
  });
  if (!interview) return null;
  const facts = [
    ...interview.quotes.flatMap((quote) => quote.blocks.map((block) => placeOfBlock(block, '引语 quote'))),
    ...interview.paraphrases.map((block) => placeOfBlock(block, '转述 paraphrase')),
    ...interview.topics.map(({ topic }) => ({ place: '取材 · source', owner: { topic } })),
  ];
  return {
    id: interview.id,
    values: {
      show: interview.show,
      episodeTitle: interview.episodeTitle,
      episodeNumber: interview.episodeNumber ?? '',
      publishedOn: isoDate(interview.publishedOn),
      url: interview.url ?? '',
      spokenLanguage: interview.spokenLanguage,
      transcriptLanguage: interview.transcriptLanguage ?? '',
      transcriptNotes: interview.transcriptNotes,
      notes: interview.notes,
    },
    whereUsed: groupWhereUsed(facts),
  };
}
