import 'server-only';

// Reads behind the history and diff screens, without the role check (lib/revisions/queries.ts
// adds it); the benchmark calls them directly.
import type { Database } from '@/lib/db';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';

export type RevisionListItem = {
  number: number;
  publishNumber: number | null;
  isLive: boolean;
  message: string;
  author: string | null;
  createdAt: string;
};

export type TopicHistory = {
  topic: { id: string; slug: string; titleZh: string; titleEn: string; status: string };
  revisions: RevisionListItem[];
  /** Revisions matching the filters, over all pages. */
  total: number;
  page: number;
  pageCount: number;
  authors: string[];
  /** Every published version, newest first (at most PUBLISHED_LIST_SIZE), whatever the filters and page. */
  published: PublishedRevision[];
};

export type PublishedRevision = { number: number; publishNumber: number; createdAt: string; author: string | null; message: string };

export const PUBLISHED_LIST_SIZE = 200;

export const HISTORY_PAGE_SIZE = 100;

export type HistoryFilter = { publishedOnly?: boolean; author?: string; page?: number };

const liveTopic = (topicId: string) => ({ id: topicId, deletedAt: null });
const topicHeading = { id: true, slug: true, titleZh: true, titleEn: true } as const;

/**
 * A page of a topic's revisions, newest first, with the filters of the history screen. Paged:
 * a topic edited for years has thousands of autosaved revisions.
 */
export async function readTopicHistory(db: Database, topicId: string, { publishedOnly = false, author, page = 1 }: HistoryFilter = {}): Promise<TopicHistory | null> {
  const where = {
    topicId,
    ...(publishedOnly ? { publishNumber: { not: null } } : {}),
    ...(author ? { author: { name: author } } : {}),
  };
  const [topic, total, authorRows, publishedRows] = await Promise.all([
    db.topic.findFirst({
      where: liveTopic(topicId),
      select: {
        ...topicHeading,
        status: true,
        publishedRevisionId: true,
        revisions: {
          where,
          orderBy: { number: 'desc' },
          skip: (page - 1) * HISTORY_PAGE_SIZE,
          take: HISTORY_PAGE_SIZE,
          select: { id: true, number: true, publishNumber: true, message: true, createdAt: true, author: { select: { name: true } } },
        },
      },
    }),
    db.revision.count({ where }),
    db.user.findMany({ where: { revisions: { some: { topicId } } }, orderBy: { name: 'asc' }, select: { name: true } }),
    db.revision.findMany({
      where: { topicId, publishNumber: { not: null } },
      orderBy: { publishNumber: 'desc' },
      take: PUBLISHED_LIST_SIZE,
      select: { number: true, publishNumber: true, createdAt: true, message: true, author: { select: { name: true } } },
    }),
  ]);
  if (!topic) return null;
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
    authors: authorRows.map((row) => row.name),
    published: publishedRows.map((row) => ({
      number: row.number,
      publishNumber: row.publishNumber!,
      createdAt: row.createdAt.toISOString(),
      author: row.author?.name ?? null,
      message: row.message,
    })),
    topic: { id: topic.id, slug: topic.slug, titleZh: topic.titleZh, titleEn: topic.titleEn, status: topic.status },
    revisions: topic.revisions.map((revision) => ({
      number: revision.number,
      publishNumber: revision.publishNumber,
      isLive: revision.id === topic.publishedRevisionId && topic.status === 'PUBLISHED',
      message: revision.message,
      author: revision.author?.name ?? null,
      createdAt: revision.createdAt.toISOString(),
    })),
  };
}

type RevisionSide = { number: number; publishNumber: number | null; createdAt: string; document: TopicDocument };

export type RevisionPair = {
  topic: { id: string; slug: string; titleZh: string; titleEn: string };
  from: RevisionSide;
  to: RevisionSide;
};

/** Two revisions of one topic, for the diff page. */
export async function readRevisionPair(db: Database, topicId: string, from: number, to: number): Promise<RevisionPair | null> {
  const topic = await db.topic.findFirst({
    where: liveTopic(topicId),
    select: {
      ...topicHeading,
      revisions: { where: { number: { in: [from, to] } }, select: { number: true, publishNumber: true, createdAt: true, document: true } },
    },
  });
  const pick = (n: number) => topic?.revisions.find((revision) => revision.number === n);
  const a = pick(from);
  const b = pick(to);
  if (!topic || !a || !b) return null;
  const side = (revision: typeof a): RevisionSide => ({
    number: revision.number,
    publishNumber: revision.publishNumber,
    createdAt: revision.createdAt.toISOString(),
    document: topicDocumentSchema.parse(revision.document),
  });
  return { topic: { id: topic.id, slug: topic.slug, titleZh: topic.titleZh, titleEn: topic.titleEn }, from: side(a), to: side(b) };
}
