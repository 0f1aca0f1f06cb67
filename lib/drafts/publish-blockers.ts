// What must be fixed before a topic can be published: a quote nobody said, or a paraphrase
// that does not say why it is not a quote. Checked by the publish mutation and shown by the
// editor next to the publish button, with the same words.
import type { TopicDocument } from '@/lib/topics/document';

export type PublishBlocker = { blockId: string; message: string };

export function publishBlockers(doc: TopicDocument): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  const sections = [
    ...doc.consensus.map((point, i) => ({ name: `共识 ${i + 1} · Point ${i + 1}`, blocks: point.blocks })),
    ...doc.camps.map((camp) => ({ name: `阵营 ${camp.label} · Camp ${camp.label}`, blocks: camp.blocks })),
  ];
  for (const section of sections) {
    section.blocks.forEach((block, i) => {
      const where = `${section.name},第 ${i + 1} 块 · block ${i + 1}`;
      if (block.kind === 'quote' && block.quote.speakers.length === 0) {
        blockers.push({ blockId: block.id, message: `${where}:引语没有讲者 · the quote has no speaker` });
      }
      if (block.kind === 'paraphrase' && !block.reason.trim()) {
        blockers.push({ blockId: block.id, message: `${where}:转述没有说明原因 · the paraphrase gives no reason` });
      }
    });
  }
  return blockers;
}
