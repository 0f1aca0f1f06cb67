import type { Prisma } from '@/lib/generated/prisma/client';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { pageSources } from '@/lib/topics/page-sources';

// Who and what appears on a topic's published page, one row per camp member, quote speaker,
// paraphrase and source (取材): speaker and interview pages read this indexed table instead of
// every published document.

type Row = Prisma.PublishedAppearanceCreateManyInput;

export function appearanceRows(topicId: string, doc: TopicDocument, publishedAt: Date): Row[] {
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
  for (const source of pageSources(doc)) rows.push({ topicId, publishedAt, kind: 'SOURCE', interviewId: source.id, position: position++ });
  return rows;
}
