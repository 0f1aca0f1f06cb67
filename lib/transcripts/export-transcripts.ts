import 'server-only';
import type { Database } from '@/lib/db';
import { topicQuotes } from '@/lib/provenance/topic-quotes';
import type { TopicDocument } from '@/lib/topics/document';

// What the JSON export of a topic carries beside its document (whose quotes hold their anchors):
// the transcripts those anchors point into, whole, so the file can be checked on its own.

export async function transcriptsForExport(db: Database, doc: TopicDocument) {
  const ids = [...new Set(topicQuotes(doc).flatMap(({ quote }) => (quote.anchor ? [quote.anchor.transcriptId] : [])))];
  if (ids.length === 0) return [];
  const rows = await db.transcript.findMany({
    where: { id: { in: ids } },
    orderBy: [{ interviewId: 'asc' }, { language: 'asc' }],
    select: {
      id: true,
      interviewId: true,
      language: true,
      role: true,
      format: true,
      isPublic: true,
      segments: { orderBy: { position: 'asc' }, select: { startMs: true, endMs: true, speakerLabel: true, text: true } },
    },
  });
  return rows;
}
