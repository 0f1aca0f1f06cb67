// What must be fixed before a topic can be published: an incomplete item (lib/topics/publishable.ts),
// a quote nobody said, or a paraphrase that does not say why it is not a quote. Checked by the publish mutation and shown by the
// editor next to the publish button, with the same words. Speakers the importer inferred from
// the text before a quote are not a blocker but a warning: the analyst confirms them (one by
// one or all at once), and publishing without doing so vouches for them as they stand.
import type { ListKey } from '@/lib/drafts/changeset';
import type { TopicDocument } from '@/lib/topics/document';
import { incompleteItems } from '@/lib/topics/publishable';

export type PublishBlocker = {
  rule: 'incomplete' | 'quote-without-speaker' | 'paraphrase-without-reason' | 'quote-differs-from-transcript';
  blockId: string;
  message: string;
  /** The editor element to link to (`item-<id>`, `field-<field>`), when the problem has one. */
  anchor?: string;
};
export type PublishWarning = { blockId: string; list: ListKey; message: string };

function sectionsOf(doc: TopicDocument) {
  return [
    ...doc.consensus.map((point, i) => ({ id: point.id, name: `共识 ${i + 1} · Point ${i + 1}`, blocks: point.blocks })),
    ...doc.camps.map((camp) => ({ id: camp.id, name: `阵营 ${camp.label} · Camp ${camp.label}`, blocks: camp.blocks })),
  ];
}

const where = (section: { name: string }, index: number) => `${section.name},第 ${index + 1} 块 · block ${index + 1}`;

export function publishBlockers(doc: TopicDocument): PublishBlocker[] {
  const blockers: PublishBlocker[] = incompleteItems(doc).map((item) => ({ rule: 'incomplete', blockId: item.itemId, message: item.message, anchor: item.anchor }));
  for (const section of sectionsOf(doc)) {
    section.blocks.forEach((block, i) => {
      if (block.kind === 'quote' && block.quote.speakers.length === 0) {
        blockers.push({ rule: 'quote-without-speaker', blockId: block.id, anchor: `item-${block.id}`, message: `${where(section, i)}:引语没有讲者 · the quote has no speaker` });
      }
      if (block.kind === 'paraphrase' && !block.reason.trim()) {
        blockers.push({ rule: 'paraphrase-without-reason', blockId: block.id, anchor: `item-${block.id}`, message: `${where(section, i)}:转述没有说明原因 · the paraphrase gives no reason` });
      }
    });
  }
  return blockers;
}

/** Quotes whose speakers were inferred on import and are not confirmed yet. */
export function publishWarnings(doc: TopicDocument): PublishWarning[] {
  const warnings: PublishWarning[] = [];
  for (const section of sectionsOf(doc)) {
    section.blocks.forEach((block, i) => {
      if (block.kind === 'quote' && block.speakersInferredFrom && block.quote.speakers.length > 0) {
        const names = block.quote.speakers.map((speaker) => speaker.name).join(' / ');
        warnings.push({
          blockId: block.id,
          list: `blocks:${section.id}`,
          message: `${where(section, i)}:讲者 ${names} 由前文推断,待确认 · speaker ${names} inferred from the text before, to confirm`,
        });
      }
    });
  }
  return warnings;
}
