import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { lockTopic } from '@/lib/publishing/topic-lock';
import { recordDraftRevision } from '@/lib/revisions/record-revision';
import type { Block, Quote, TopicDocument } from '@/lib/topics/document';
import type { Change } from './changeset';
import { quoteUsesOutside } from './quote-uses';

// A quote is one row however many topics cite it, so editing it in one topic changes the
// drafts of the others. That must never be silent: each of them gets a revision of its own,
// by the analyst who made the edit, naming the quote and the topic it was edited from. A
// published one then shows unpublished changes (its last revision is newer than its
// published one), and its open editors take the new text at their next save (its version moves).

type Tx = Prisma.TransactionClient;

const quoteContent = (quote: Quote) =>
  JSON.stringify([quote.original, quote.translation, quote.speakers.map((s) => s.id), quote.interview?.id ?? null]);

/** Quotes whose shared row this change set edits (same quote id before and after, other words, speakers or interview). */
export function editedSharedQuotes(changes: readonly Change[]): Quote[] {
  const edited: Quote[] = [];
  for (const change of changes) {
    if (change.op !== 'item' || change.type !== 'block' || !change.base || !change.next) continue;
    const base = change.base as Block;
    const next = change.next as Block;
    if (base.kind !== 'quote' || next.kind !== 'quote' || base.quote.id !== next.quote.id) continue;
    if (quoteContent(base.quote) !== quoteContent(next.quote)) edited.push(next.quote);
  }
  return edited;
}

const excerpt = (quote: Quote) => {
  const text = (quote.original ?? quote.translation)?.text.replace(/\s+/g, ' ').trim() ?? '';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** The revision message an affected topic records: which quote, edited from which topic. */
export function sharedQuoteEditMessage(quotes: readonly Quote[], from: Pick<TopicDocument, 'titleZh' | 'titleEn'>) {
  if (quotes.length === 1) {
    const words = excerpt(quotes[0]!);
    return `共用引语「${words}」在《${from.titleZh}》中被修改 · Shared quote “${words}” edited in “${from.titleEn}”`;
  }
  return `${quotes.length} 条共用引语在《${from.titleZh}》中被修改 · ${quotes.length} shared quotes edited in “${from.titleEn}”`;
}

/**
 * Records a revision in every other topic citing a quote this save edited. Called inside the
 * save's transaction, after its own writes, so each revision snapshots the quote as changed.
 * The other topics are locked in id order. Two analysts editing one shared quote from two
 * topics at the same instant can still wait on each other; PostgreSQL then fails one save,
 * which the editor retries as it retries any failed request (the edit stays in the browser).
 */
export async function recordSharedQuoteEdits(tx: Tx, input: { topicId: string; authorId: string; changes: readonly Change[]; document: TopicDocument }) {
  const edited = editedSharedQuotes(input.changes);
  if (edited.length === 0) return [];
  const uses = await quoteUsesOutside(tx, edited.map((q) => q.id), input.topicId);
  const quotesByTopic = new Map<string, Quote[]>();
  for (const quote of edited) for (const use of uses[quote.id] ?? []) quotesByTopic.set(use.topicId, [...(quotesByTopic.get(use.topicId) ?? []), quote]);
  const affected = [...quotesByTopic.keys()].sort();
  for (const topicId of affected) {
    await lockTopic(tx, topicId);
    await tx.topic.update({ where: { id: topicId }, data: { version: { increment: 1 }, lastEditorId: input.authorId } });
    await recordDraftRevision(tx, { topicId, authorId: input.authorId, message: sharedQuoteEditMessage(quotesByTopic.get(topicId)!, input.document) });
  }
  return affected;
}
