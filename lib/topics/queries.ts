import 'server-only';
import { isUrlKey } from '@/lib/text/url-key';
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

const summarySelect = {
  slug: true,
  publishedAt: true,
  publishedRevision: { select: { interviewCount: true, campCount: true, document: true } },
} as const;

function toSummary(topic: { slug: string; publishedAt: Date | null; publishedRevision: { interviewCount: number; campCount: number; document: unknown } | null }): PublishedTopicSummary {
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
}

export async function listPublishedTopics(db: Database = getDb()): Promise<PublishedTopicSummary[]> {
  const topics = await db.topic.findMany({ where: publishedWhere, orderBy: { publishedAt: 'desc' }, select: summarySelect });
  return topics.map(toSummary);
}

/** Every published topic's address and date, newest first (the sitemap): no documents read. */
export async function listPublishedSlugs(db: Database = getDb()): Promise<{ slug: string; updatedOn: string | null }[]> {
  const topics = await db.topic.findMany({ where: publishedWhere, orderBy: { publishedAt: 'desc' }, select: { slug: true, publishedAt: true } });
  return topics.map((topic) => ({ slug: topic.slug, updatedOn: isoDate(topic.publishedAt) }));
}

export const TOPIC_LIST_PAGE = 50;

/**
 * One page of the published topics, newest first: what a home page can afford at scale. The
 * whole list (listPublishedTopics) reads every published document for its titles, about two
 * seconds for 9,000 topics (reports/scale.md); a page reads fifty through the
 * (status, publishedAt) index.
 */
export async function listPublishedTopicPage(page = 1, db: Database = getDb()): Promise<{ topics: PublishedTopicSummary[]; page: number; hasMore: boolean }> {
  const current = Math.max(1, Math.floor(page));
  const topics = await db.topic.findMany({
    where: publishedWhere,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    skip: (current - 1) * TOPIC_LIST_PAGE,
    take: TOPIC_LIST_PAGE + 1,
    select: summarySelect,
  });
  return { page: current, hasMore: topics.length > TOPIC_LIST_PAGE, topics: topics.slice(0, TOPIC_LIST_PAGE).map(toSummary) };
}

export type PublishedTopicPage = {
  document: TopicDocument;
  updatedOn: string | null;
  publishNumber: number;
};

/** The published page for a slug, or null (unknown, draft, archived or deleted). */
export async function getPublishedTopic(slug: string, db: Database = getDb()): Promise<PublishedTopicPage | null> {
  if (!isUrlKey(slug)) return null;
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
  if (!isUrlKey(slug) || !Number.isSafeInteger(publishNumber) || publishNumber < 1) return null;
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
  if (!isUrlKey(oldSlug)) return null;
  const redirect = await db.slugRedirect.findUnique({ where: { slug: oldSlug }, select: { topic: { select: { slug: true, status: true, deletedAt: true, publishedRevisionId: true } } } });
  const topic = redirect?.topic;
  return topic && topic.status === 'PUBLISHED' && !topic.deletedAt && topic.publishedRevisionId ? topic.slug : null;
}
