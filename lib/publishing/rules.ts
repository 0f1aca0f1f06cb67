import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { publishBlockers, type PublishBlocker } from '@/lib/drafts/publish-blockers';
import { provenanceReport, unexplainedDifferences } from '@/lib/provenance/report';
import type { TopicDocument } from '@/lib/topics/document';

// The rules a topic must meet to be published, the same for every way in (the editor, the
// importer, a scheduled job). An exception is an explicit, named option of the publish request,
// reported back and written into the audit log — never a quieter second path.

type Tx = Prisma.TransactionClient;

export const PUBLISH_EXCEPTIONS = {
  /**
   * A faithful copy of a page already public elsewhere (the importer's --publish): its quotes
   * may lack a speaker, as on the original.
   */
  unattributedQuotes: 'quote-without-speaker',
} as const satisfies Record<string, PublishRule>;

export type PublishException = keyof typeof PUBLISH_EXCEPTIONS;
export type PublishRule = PublishBlocker['rule'] | 'speaker-in-trash' | 'interview-in-trash' | 'quote-differs-from-transcript';
export type PublishViolation = Omit<PublishBlocker, 'rule'> & { rule: PublishRule };

/** Speakers and interviews the document cites that are in the trash: a page cannot cite them. */
async function trashedSources(tx: Tx, doc: TopicDocument): Promise<PublishViolation[]> {
  const blocks = [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks);
  const speakerIds = new Set([
    ...doc.camps.flatMap((camp) => camp.members.map((m) => m.id)),
    ...blocks.flatMap((b) => (b.kind === 'quote' ? b.quote.speakers.map((s) => s.id) : b.kind === 'paraphrase' && b.speaker ? [b.speaker.id] : [])),
  ]);
  const interviewIds = new Set([
    ...doc.sources.map((s) => s.id),
    ...blocks.flatMap((b) => (b.kind === 'quote' && b.quote.interview ? [b.quote.interview.id] : b.kind === 'paraphrase' && b.interview ? [b.interview.id] : [])),
  ]);
  const [speakers, interviews] = await Promise.all([
    speakerIds.size ? tx.speaker.findMany({ where: { id: { in: [...speakerIds] }, deletedAt: { not: null } }, select: { id: true, name: true } }) : [],
    interviewIds.size ? tx.interview.findMany({ where: { id: { in: [...interviewIds] }, deletedAt: { not: null } }, select: { id: true, show: true } }) : [],
  ]);
  return [
    ...speakers.map((s) => ({ rule: 'speaker-in-trash' as const, blockId: s.id, message: `讲者 ${s.name} 在回收站中 · the speaker ${s.name} is in the trash` })),
    ...interviews.map((i) => ({ rule: 'interview-in-trash' as const, blockId: i.id, message: `访谈 ${i.show} 在回收站中 · the interview ${i.show} is in the trash` })),
  ];
}

/**
 * Quotes whose text differs from what their transcript says, with no reason given (an
 * "edited for length" note, a fix, or a paraphrase instead): lib/provenance decides.
 */
async function unexplainedQuoteDifferences(tx: Tx, doc: TopicDocument): Promise<PublishViolation[]> {
  return unexplainedDifferences(await provenanceReport(tx, doc)).map((row) => ({
    rule: 'quote-differs-from-transcript' as const,
    blockId: row.blockId,
    anchor: `item-${row.blockId}`,
    message: `${row.where}:引语与文字稿不符,请修正或说明原因 · the quote differs from the transcript: fix it or give a reason`,
  }));
}

/**
 * Everything that stops `doc` from being published, after the named exceptions; and the
 * exceptions that were actually needed (for the report and the audit log).
 */
export async function checkPublishRules(tx: Tx, doc: TopicDocument, exceptions: readonly PublishException[] = []) {
  const all: PublishViolation[] = [...publishBlockers(doc), ...(await trashedSources(tx, doc)), ...(await unexplainedQuoteDifferences(tx, doc))];
  const waived = new Set<PublishRule>(exceptions.map((name) => PUBLISH_EXCEPTIONS[name]));
  return {
    violations: all.filter((v) => !waived.has(v.rule)),
    exceptionsUsed: exceptions.filter((name) => all.some((v) => v.rule === (PUBLISH_EXCEPTIONS[name] as PublishRule))),
    waived: all.filter((v) => waived.has(v.rule)),
  };
}
