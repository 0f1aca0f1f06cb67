import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Block, TopicDocument } from '@/lib/topics/document';

// PublishedAppearance rows say who and what appears on a topic's published page, so speaker
// and interview pages read one indexed table (lib/published/published-index.ts keeps them).

type Tx = Prisma.TransactionClient;
type Row = Prisma.PublishedAppearanceCreateManyInput;

function rowsFor(topicId: string, doc: TopicDocument, publishedAt: Date): Row[] {
  const rows: Row[] = [];
  let position = 0;
  const fromBlock = (block: Block, where: Pick<Row, 'campId' | 'campLabel' | 'campStance' | 'pointId' | 'pointStatement'>) => {
    const base = { topicId, publishedAt, blockId: block.id, ...where };
    if (block.kind === 'quote') {
      const { quote } = block;
      const speakers = quote.speakers.length ? quote.speakers.map((s) => s.id) : [null];
      for (const speakerId of speakers) {
        rows.push({ ...base, kind: 'QUOTE', speakerId, interviewId: quote.interview?.id ?? null, quoteId: quote.id, content: quote, position: position++ });
      }
    } else if (block.kind === 'paraphrase') {
      rows.push({ ...base, kind: 'PARAPHRASE', speakerId: block.speaker?.id ?? null, interviewId: block.interview?.id ?? null, content: block, position: position++ });
    }
  };
  for (const point of doc.consensus) {
    for (const block of point.blocks) fromBlock(block, { pointId: point.id, pointStatement: point.statement });
  }
  for (const camp of doc.camps) {
    const where = { campId: camp.id, campLabel: camp.label, campStance: camp.stance };
    for (const member of camp.members) rows.push({ topicId, publishedAt, kind: 'MEMBER', speakerId: member.id, position: position++, ...where });
    for (const block of camp.blocks) fromBlock(block, where);
  }
  return rows;
}

/** Replaces a topic's appearances with those of the document just published. */
export async function writeAppearances(tx: Tx, topicId: string, doc: TopicDocument, publishedAt: Date) {
  await tx.publishedAppearance.deleteMany({ where: { topicId } });
  const rows = rowsFor(topicId, doc, publishedAt);
  for (let start = 0; start < rows.length; start += 1_000) await tx.publishedAppearance.createMany({ data: rows.slice(start, start + 1_000) });
}

/** The page is gone (unpublished or in the trash): so are its appearances. */
export async function clearAppearances(tx: Tx, topicId: string) {
  await tx.publishedAppearance.deleteMany({ where: { topicId } });
}
