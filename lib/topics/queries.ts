import 'server-only';
import { getDb, type Database } from '@/lib/db';
import { topicDocumentSchema, type TopicDocument } from './document';

// Reader queries: they can only ever see the published revision of a live topic, never the
// working draft. The optional client lets tests and the benchmark count queries.

const publishedWhere = {
  status: 'PUBLISHED',
  deletedAt: null,
  publishedRevisionId: { not: null },
} as const;

export type PublishedTopicSummary = {
  slug: string;
  titleZh: string;
  titleEn: string;
  updatedOn: string | null;
  interviewCount: number;
  campCount: number;
};

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function listPublishedTopics(db: Database = getDb()): Promise<PublishedTopicSummary[]> {
  const topics = await db.topic.findMany({
    where: publishedWhere,
    orderBy: { publishedAt: 'desc' },
    select: {
      slug: true,
      publishedAt: true,
      publishedRevision: {
        select: { interviewCount: true, campCount: true, document: true },
      },
    },
  });
  return topics.map((topic) => {
    // Titles come from the published snapshot: a renamed draft must not leak.
    const document = topic.publishedRevision!.document as Pick<TopicDocument, 'titleZh' | 'titleEn'>;
    return {
      slug: topic.slug,
      titleZh: document.titleZh,
      titleEn: document.titleEn,
      updatedOn: isoDate(topic.publishedAt),
      interviewCount: topic.publishedRevision!.interviewCount,
      campCount: topic.publishedRevision!.campCount,
    };
  });
}

export type PublishedTopicPage = {
  document: TopicDocument;
  updatedOn: string | null;
  publishNumber: number;
};

/** The published page for a slug, or null (unknown, draft, archived or deleted). */
export async function getPublishedTopic(slug: string, db: Database = getDb()): Promise<PublishedTopicPage | null> {
  const topic = await db.topic.findFirst({
    where: { ...publishedWhere, slug },
    select: {
      publishedAt: true,
      publishedRevision: { select: { document: true, publishNumber: true } },
    },
  });
  if (!topic?.publishedRevision) return null;
  return {
    document: topicDocumentSchema.parse(topic.publishedRevision.document),
    updatedOn: isoDate(topic.publishedAt),
    publishNumber: topic.publishedRevision.publishNumber ?? 1,
  };
}

export type PublishedVersion = PublishedTopicPage & { latestPublishNumber: number; publishedOn: string };

/** Publish number n of a live topic (1 is the first publish): its permanent version. */
export async function getPublishedVersion(slug: string, publishNumber: number, db: Database = getDb()): Promise<PublishedVersion | null> {
  if (!Number.isSafeInteger(publishNumber) || publishNumber < 1) return null;
  const topic = await db.topic.findFirst({
    where: { ...publishedWhere, slug },
    select: {
      publishedAt: true,
      publishedRevision: { select: { publishNumber: true } },
      revisions: { where: { publishNumber }, select: { document: true, createdAt: true } },
    },
  });
  const revision = topic?.revisions[0];
  if (!topic || !revision) return null;
  return {
    document: topicDocumentSchema.parse(revision.document),
    updatedOn: isoDate(revision.createdAt),
    publishedOn: isoDate(revision.createdAt)!,
    publishNumber,
    latestPublishNumber: topic.publishedRevision?.publishNumber ?? publishNumber,
  };
}

/** Where an old address of a published topic points now (slugs can be renamed in the editor). */
export async function findRenamedTopicSlug(oldSlug: string, db: Database = getDb()): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({ where: { slug: oldSlug }, select: { topic: { select: { slug: true, status: true, deletedAt: true, publishedRevisionId: true } } } });
  const topic = redirect?.topic;
  return topic && topic.status === 'PUBLISHED' && !topic.deletedAt && topic.publishedRevisionId ? topic.slug : null;
}
