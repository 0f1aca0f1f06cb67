import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { passageAround } from '@/lib/provenance/passage';
import { reattach, storedFields } from '@/lib/provenance/text-quote-selector';
import type { TranscriptText } from '@/lib/provenance/transcript-text';

type Tx = Prisma.TransactionClient;

export type ReanchorReport = { kept: number; moved: number; lost: number };

/**
 * After a transcript is replaced: every anchor into it is looked for again by its exact text and
 * context. Found, it takes the new times (a re-cut episode shifts them); not found, it is marked
 * lost (the quote then shows "anchor lost" until someone re-anchors it).
 */
export async function reanchorTranscript(tx: Tx, transcriptId: string, transcript: TranscriptText): Promise<ReanchorReport> {
  const anchors = await tx.quoteAnchor.findMany({ where: { transcriptId }, select: { quoteId: true, exact: true, prefix: true, suffix: true, startMs: true, endMs: true } });
  const report: ReanchorReport = { kept: 0, moved: 0, lost: 0 };
  for (const anchor of anchors) {
    const found = reattach(transcript, anchor);
    if (!found) {
      report.lost++;
      await tx.quoteAnchor.update({ where: { quoteId: anchor.quoteId }, data: { lost: true } });
      continue;
    }
    if (found.startMs === anchor.startMs && found.endMs === anchor.endMs) report.kept++;
    else report.moved++;
    await tx.quoteAnchor.update({
      where: { quoteId: anchor.quoteId },
      data: { ...storedFields(found), lost: false, passage: passageAround(transcript, found.span.start, found.span.end) },
    });
  }
  return report;
}
