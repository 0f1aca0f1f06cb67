import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db';
import { transcriptText, type TimedSegment, type TranscriptText } from '@/lib/provenance/transcript-text';

type Client = Database | Prisma.TransactionClient;

type Columns = { id: string; starts: number[]; ends: number[]; labels: (string | null)[]; joined: string; count: number };

// Segment texts come back joined by a separator the importer never stores (it strips control
// characters): one string parses far faster than an array of a thousand (measured: 40 against
// 100-500 ms for 20 transcripts of 1,000 segments). A row written some other way that does hold
// it is read again as an array.
const SEPARATOR = '\u001e';

/** Transcripts as the matcher reads them, several in one query, each as one row of arrays. */
export async function loadTranscriptTexts(db: Client, transcriptIds: string[]): Promise<Map<string, TranscriptText>> {
  const ids = [...new Set(transcriptIds)];
  const rows = ids.length
    ? await db.$queryRaw<Columns[]>`
        SELECT "transcriptId" AS id, count(*)::int AS count,
               array_agg("startMs" ORDER BY position) AS starts, array_agg("endMs" ORDER BY position) AS ends,
               array_agg("speakerLabel" ORDER BY position) AS labels, string_agg(text, ${SEPARATOR} ORDER BY position) AS joined
        FROM "TranscriptSegment" WHERE "transcriptId" = ANY(${ids}::text[]) GROUP BY "transcriptId"`
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const result = new Map<string, TranscriptText>();
  for (const id of ids) {
    const row = byId.get(id);
    let texts = row ? row.joined.split(SEPARATOR) : [];
    if (row && texts.length !== row.count) {
      const again = await db.transcriptSegment.findMany({ where: { transcriptId: id }, orderBy: { position: 'asc' }, select: { text: true } });
      texts = again.map((segment) => segment.text);
    }
    const segments: TimedSegment[] = row ? texts.map((text, i) => ({ text, startMs: row.starts[i]!, endMs: row.ends[i]!, speakerLabel: row.labels[i] ?? null })) : [];
    result.set(id, transcriptText(segments));
  }
  return result;
}

/** One transcript's segments in order, as the matcher reads them. */
export async function loadTranscriptText(db: Client, transcriptId: string): Promise<TranscriptText> {
  return (await loadTranscriptTexts(db, [transcriptId])).get(transcriptId)!;
}
