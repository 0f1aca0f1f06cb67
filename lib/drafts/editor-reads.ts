import 'server-only';
import type { Database } from '@/lib/db';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { quoteUsesOutside, type QuoteUse } from './quote-uses';

// What the editor opens with, without the role check (lib/drafts/editor-queries.ts adds it);
// the scale benchmark and the query-plan test call it directly.

export type { QuoteUse };

export type EditorState = {
  document: TopicDocument;
  version: number;
  published: { slug: string; publishNumber: number } | null;
  /** The last revision is newer than the published one: the draft has unpublished changes. */
  unpublishedChanges: boolean;
  /** For each quote on the page, the other topics that cite it (editing it changes them too). */
  quoteUses: Record<string, QuoteUse[]>;
};

export async function readEditorState(db: Database, topicId: string): Promise<EditorState | null> {
  const topic = await db.topic.findFirst({
    where: { id: topicId, deletedAt: null },
    select: {
      version: true,
      slug: true,
      status: true,
      publishedRevision: { select: { number: true, publishNumber: true } },
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
    },
  });
  if (!topic) return null;
  const document = await loadDraftDocument(db, topicId);
  if (!document) return null;
  const quoteIds = [...document.consensus, ...document.camps].flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'quote' ? [b.quote.id] : []));
  const quoteUses = await quoteUsesOutside(db, quoteIds, topicId);
  const published = topic.status === 'PUBLISHED' && topic.publishedRevision ? topic.publishedRevision : null;
  return {
    document,
    version: topic.version,
    published: published ? { slug: topic.slug, publishNumber: published.publishNumber ?? 1 } : null,
    unpublishedChanges: published ? (topic.revisions[0]?.number ?? 0) > published.number : false,
    quoteUses,
  };
}
