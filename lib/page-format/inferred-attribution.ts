import type { Block } from '@/lib/topics/document';

type QuoteBlock = Extract<Block, { kind: 'quote' }>;

/**
 * Whether export writes an attribution line under this quote. Speakers the importer inferred
 * from the paragraph before, and nobody has confirmed yet, are left out: the exported text is
 * then the text that was imported, and importing it again infers them again. A quote the
 * analyst has since given an interview or a sister topic keeps its line, so nothing is lost.
 */
export function exportsAttributionLine(block: QuoteBlock): boolean {
  const unconfirmed = Boolean(block.speakersInferredFrom) && block.quote.speakers.length > 0;
  return !(unconfirmed && !block.quote.interview && !block.seeAlso);
}
