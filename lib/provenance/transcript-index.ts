import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type Client = Database | Prisma.TransactionClient;

export type InterviewTranscripts = Map<string, { id: string; language: string; role: 'ORIGINAL' | 'TRANSLATION'; importedAt: Date }[]>;

/** The transcripts of each interview named, in one query: what a status needs to know. */
export async function transcriptsOf(db: Client, interviewIds: Iterable<string>): Promise<InterviewTranscripts> {
  const ids = [...new Set(interviewIds)];
  const rows = ids.length
    ? await db.transcript.findMany({ where: { interviewId: { in: ids } }, orderBy: { role: 'asc' }, select: { id: true, interviewId: true, language: true, role: true, importedAt: true } })
    : [];
  const map: InterviewTranscripts = new Map();
  for (const { interviewId, ...transcript } of rows) {
    const list = map.get(interviewId);
    if (list) list.push(transcript);
    else map.set(interviewId, [transcript]);
  }
  return map;
}
