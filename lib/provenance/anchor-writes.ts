import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { passageAround } from './passage';
import { storedFields, type PlacedAnchor } from './text-quote-selector';
import type { TranscriptText } from './transcript-text';

type Tx = Prisma.TransactionClient;

type AnchorInput = { quoteId: string; transcriptId: string; target: 'original' | 'translation'; anchor: PlacedAnchor; transcript: TranscriptText };

const row = (input: AnchorInput) => ({
  quoteId: input.quoteId,
  transcriptId: input.transcriptId,
  target: input.target,
  ...storedFields(input.anchor),
  lost: false,
  differenceNote: null,
  passage: passageAround(input.transcript, input.anchor.span.start, input.anchor.span.end),
});

/** Sets many quotes' anchors at once (replacing any): two statements however many there are. */
export async function writeAnchors(tx: Tx, inputs: AnchorInput[]) {
  if (inputs.length === 0) return;
  await tx.quoteAnchor.deleteMany({ where: { quoteId: { in: inputs.map((i) => i.quoteId) } } });
  await tx.quoteAnchor.createMany({ data: inputs.map(row) });
}

/** Sets a quote's anchor (replacing any), with the passage around it; a new anchor has no difference note. */
export async function writeAnchor(tx: Tx, input: AnchorInput) {
  const data = {
    transcriptId: input.transcriptId,
    target: input.target,
    ...storedFields(input.anchor),
    lost: false,
    differenceNote: null,
    passage: passageAround(input.transcript, input.anchor.span.start, input.anchor.span.end),
  };
  await tx.quoteAnchor.upsert({ where: { quoteId: input.quoteId }, create: { quoteId: input.quoteId, ...data }, update: data });
}
