import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export type DeskTopic = {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  publishedOn: string | null;
  updatedAt: string;
  lastEditor: string | null;
};

/** Every live topic, drafts included: for analysts and admins only. */
export async function listTopicsForDesk(): Promise<DeskTopic[]> {
  await requireRole('ANALYST');
  const topics = await getDb().topic.findMany({
    where: { deletedAt: null },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      slug: true,
      titleZh: true,
      titleEn: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      lastEditor: { select: { name: true } },
    },
  });
  return topics.map((topic) => ({
    id: topic.id,
    slug: topic.slug,
    titleZh: topic.titleZh,
    titleEn: topic.titleEn,
    status: topic.status,
    publishedOn: topic.publishedAt?.toISOString().slice(0, 10) ?? null,
    updatedAt: topic.updatedAt.toISOString(),
    lastEditor: topic.lastEditor?.name ?? null,
  }));
}

