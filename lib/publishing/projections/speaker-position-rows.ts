import type { Prisma } from '@/lib/generated/prisma/client';
import { CONSENSUS_PLACE } from '@/lib/published/position-changes';
import type { TopicDocument } from '@/lib/topics/document';
import { appearanceRows } from './appearance-rows';

// Where each speaker stands in one published version: in the consensus when quoted or
// paraphrased under a consensus point, in a camp when a member of it or quoted or paraphrased
// there. Taken from the appearance rows (appearance-rows.ts), the one reading of "who appears
// where" in a document, so speaker pages, the ledger and the positions never disagree.

type Row = Prisma.PublishedSpeakerPositionCreateManyInput;

/** The speakers a document names, by id, with the name it prints. */
function speakerNames(doc: TopicDocument): Map<string, string> {
  const names = new Map<string, string>();
  for (const section of [...doc.consensus, ...doc.camps]) {
    if ('members' in section) for (const member of section.members) names.set(member.id, member.name);
    for (const block of section.blocks) {
      if (block.kind === 'quote') for (const speaker of block.quote.speakers) names.set(speaker.id, speaker.name);
      else if (block.kind === 'paraphrase' && block.speaker) names.set(block.speaker.id, block.speaker.name);
    }
  }
  return names;
}

export function speakerPositionRows(topicId: string, publishNumber: number, doc: TopicDocument, publishedAt: Date): Row[] {
  const names = speakerNames(doc);
  const rows = new Map<string, Row>();
  for (const appearance of appearanceRows(topicId, doc, publishedAt)) {
    const { speakerId } = appearance;
    if (!speakerId || appearance.kind === 'SOURCE') continue;
    const place = appearance.campId ?? CONSENSUS_PLACE;
    const key = `${speakerId}\u0000${place}`;
    if (rows.has(key)) continue;
    rows.set(key, {
      topicId,
      publishNumber,
      speakerId,
      speakerName: names.get(speakerId) ?? speakerId,
      place,
      campLabel: appearance.campLabel ?? null,
      campStance: appearance.campStance ?? null,
      publishedAt,
    });
  }
  return [...rows.values()];
}
