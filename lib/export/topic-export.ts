import 'server-only';
import type { Database } from '@/lib/db';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { transcriptsForExport } from '@/lib/transcripts/export-transcripts';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';
import { exportTopicText } from '@/lib/page-format/write-topic-text';

export const EXPORT_FORMATS = ['txt', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = { format: ExportFormat; version: 'draft' | 'published'; revisions?: boolean };

export class ExportError extends Error {
  name = 'ExportError';
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * One topic as a file: the working draft (what analysts see) or the published version (what
 * readers see). Callers check who may ask (the editor's download route requires ANALYST).
 */
export async function exportTopic(db: Database, slug: string, options: ExportOptions) {
  const topic = await db.topic.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      status: true,
      deletedAt: true,
      publishedAt: true,
      updatedAt: true,
      publishedRevision: { select: { document: true, publishNumber: true } },
    },
  });
  if (!topic || topic.deletedAt) throw new ExportError(`No topic with the slug ${slug}.`);
  let document: TopicDocument;
  if (options.version === 'published') {
    if (!topic.publishedRevision) throw new ExportError(`${slug} has never been published; export its draft instead.`);
    document = topicDocumentSchema.parse(topic.publishedRevision.document);
  } else {
    document = (await loadDraftDocument(db, topic.id))!;
  }
  const updatedOn = isoDate(topic.publishedAt);
  const fileName = `${slug}.${options.format}`;
  if (options.format !== 'json') {
    return { fileName, contentType: options.format === 'md' ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8', body: exportTopicText(document, options.format, { updatedOn }) };
  }
  const revisions = options.revisions
    ? await db.revision.findMany({
        where: { topicId: topic.id },
        orderBy: { number: 'asc' },
        select: { number: true, publishNumber: true, message: true, createdAt: true, authorId: true, document: true },
      })
    : undefined;
  const body = JSON.stringify(
    {
      format: 'topic-desk.topic',
      version: 1,
      slug: topic.slug,
      status: topic.status,
      exportedVersion: options.version,
      publishedOn: updatedOn,
      publishNumber: topic.publishedRevision?.publishNumber ?? null,
      document,
      // Issue 20: the transcripts the quotes' anchors point into (the anchors are in the document).
      transcripts: await transcriptsForExport(db, document),
      ...(revisions ? { revisions } : {}),
    },
    null,
    2,
  );
  return { fileName, contentType: 'application/json; charset=utf-8', body: `${body}\n` };
}
