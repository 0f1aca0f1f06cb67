import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db';

/** A topic that cites a quote: editing the quote changes that topic's draft too. */
export type QuoteUse = { topicId: string; titleZh: string; titleEn: string };

type Reader = Database | Prisma.TransactionClient;

const topicSelect = { select: { topic: { select: { id: true, titleZh: true, titleEn: true } } } } as const;

/**
 * For each of `quoteIds`, the topics (not in the trash) whose blocks cite it, leaving out
 * `exceptTopicId`. One query however many quotes; a quote cited nowhere else has no entry.
 */
export async function quoteUsesOutside(db: Reader, quoteIds: readonly string[], exceptTopicId: string | null): Promise<Record<string, QuoteUse[]>> {
  if (quoteIds.length === 0) return {};
  const notHere = exceptTopicId ? { not: exceptTopicId } : undefined;
  const blocks = await db.block.findMany({
    where: {
      quoteId: { in: [...quoteIds] },
      OR: [{ camp: { topicId: notHere, topic: { deletedAt: null } } }, { consensusPoint: { topicId: notHere, topic: { deletedAt: null } } }],
    },
    select: { quoteId: true, camp: topicSelect, consensusPoint: topicSelect },
  });
  const uses: Record<string, QuoteUse[]> = {};
  for (const block of blocks) {
    const owner = (block.camp ?? block.consensusPoint)!.topic;
    const list = (uses[block.quoteId!] ??= []);
    if (!list.some((use) => use.topicId === owner.id)) list.push({ topicId: owner.id, titleZh: owner.titleZh, titleEn: owner.titleEn });
  }
  return uses;
}
