import type { Quote, TopicDocument } from '@/lib/topics/document';

// Every quote block of a topic with where it stands on the page, in page order.

export type PlacedQuote = { blockId: string; where: string; quote: Quote };

export function topicQuotes(doc: TopicDocument): PlacedQuote[] {
  const sections = [
    ...doc.consensus.map((point, i) => ({ where: `共识 ${i + 1} · Point ${i + 1}`, blocks: point.blocks })),
    ...doc.camps.map((camp) => ({ where: `阵营 ${camp.label} · Camp ${camp.label}`, blocks: camp.blocks })),
  ];
  return sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'quote' ? [{ blockId: block.id, where: section.where, quote: block.quote }] : [])));
}
