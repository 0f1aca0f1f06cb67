import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
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
};

const liveTopic = (topicId: string) => ({ id: topicId, deletedAt: null });
const topicHeading = { id: true, slug: true, titleZh: true, titleEn: true } as const;

/** Every revision of a topic, newest first (analysts and admins). */
export async function getTopicHistory(topicId: string, { publishedOnly = false } = {}): Promise<TopicHistory | null> {
  await requireRole('ANALYST');
  const topic = await getDb().topic.findFirst({
    where: liveTopic(topicId),
    select: {
      ...topicHeading,
      status: true,
      publishedRevisionId: true,
      revisions: {
        where: publishedOnly ? { publishNumber: { not: null } } : undefined,
        orderBy: { number: 'desc' },
        select: { id: true, number: true, publishNumber: true, message: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!topic) return null;
  return {
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

export type RevisionPair = {
  topic: { id: string; slug: string; titleZh: string; titleEn: string };
  from: { number: number; createdAt: string; document: TopicDocument };
  to: { number: number; createdAt: string; document: TopicDocument };
};

/** Two revisions of one topic, for the diff page. */
export async function getRevisionPair(topicId: string, from: number, to: number): Promise<RevisionPair | null> {
  await requireRole('ANALYST');
  const topic = await getDb().topic.findFirst({
    where: liveTopic(topicId),
    select: {
      ...topicHeading,
      revisions: { where: { number: { in: [from, to] } }, select: { number: true, createdAt: true, document: true } },
    },
  });
  const pick = (n: number) => topic?.revisions.find((revision) => revision.number === n);
  const a = pick(from);
  const b = pick(to);
  if (!topic || !a || !b) return null;
  const side = (revision: typeof a) => ({
    number: revision.number,
    createdAt: revision.createdAt.toISOString(),
    document: topicDocumentSchema.parse(revision.document),
  });
  return { topic: { id: topic.id, slug: topic.slug, titleZh: topic.titleZh, titleEn: topic.titleEn }, from: side(a), to: side(b) };
}
