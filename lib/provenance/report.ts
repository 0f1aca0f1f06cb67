import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TopicDocument } from '@/lib/topics/document';
import { quoteStatus, type DiffPart, type QuoteStatus } from './quote-status';
import { topicQuotes } from './topic-quotes';
import { transcriptsOf } from './transcript-index';

// Every quote of a topic with its provenance: what the editor's badges, the publish panel and
// `npm run provenance` show.

export type ProvenanceRow = {
  blockId: string;
  quoteId: string;
  where: string;
  text: string;
  status: QuoteStatus;
  againstTranslation: boolean;
  interview: { id: string; show: string; episodeTitle: string } | null;
  startSeconds: number | null;
  endSeconds: number | null;
  differenceNote: string | null;
  diff?: DiffPart[];
};

export async function provenanceReport(db: Database | Prisma.TransactionClient, doc: TopicDocument): Promise<ProvenanceRow[]> {
  const placed = topicQuotes(doc);
  const transcripts = await transcriptsOf(db, placed.flatMap((p) => (p.quote.interview ? [p.quote.interview.id] : [])));
  return placed.map(({ blockId, where, quote }) => {
    const report = quoteStatus(quote, Boolean(quote.interview && transcripts.get(quote.interview.id)?.length));
    const anchor = quote.anchor;
    return {
      blockId,
      quoteId: quote.id,
      where,
      text: (quote.original ?? quote.translation)?.text ?? '',
      status: report.status,
      againstTranslation: report.againstTranslation,
      interview: quote.interview ? { id: quote.interview.id, show: quote.interview.show, episodeTitle: quote.interview.episodeTitle } : null,
      startSeconds: anchor ? anchor.startMs / 1000 : null,
      endSeconds: anchor ? anchor.endMs / 1000 : null,
      differenceNote: anchor?.differenceNote ?? null,
      ...(report.diff ? { diff: report.diff } : {}),
    };
  });
}

/** Quotes that differ from what was said and give no reason: publishing waits for a reason or a fix. */
export const unexplainedDifferences = (rows: ProvenanceRow[]) => rows.filter((row) => row.status === 'differs' && !row.differenceNote);
