import 'server-only';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { queryText } from '@/lib/text/query-param';

export type DeskStatus = 'draft' | 'published' | 'changed';

export type DeskTopic = {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  /** changed: published, and the draft has saves readers do not see yet. */
  status: DeskStatus;
  publishedOn: string | null;
  updatedAt: string;
  lastEditor: string | null;
};

/** The desk's filters from the query string; anything unrecognised means "no filter". */
export const deskFilterSchema = z.object({
  q: queryText(),
  status: z.enum(['draft', 'published', 'changed']).optional().catch(undefined),
});

export type DeskFilter = z.infer<typeof deskFilterSchema>;

/** Every live topic, drafts included: for analysts and admins only. */
export async function listTopicsForDesk(filter: DeskFilter = { q: '' }): Promise<DeskTopic[]> {
  await requireRole('ANALYST');
  const contains = { contains: filter.q, mode: 'insensitive' as const };
  const topics = await getDb().topic.findMany({
    where: {
      deletedAt: null,
      ...(filter.q ? { OR: [{ titleZh: contains }, { titleEn: contains }, { slug: contains }] } : {}),
      ...(filter.status === 'draft' ? { status: { not: 'PUBLISHED' } } : filter.status ? { status: 'PUBLISHED' } : {}),
    },
    orderBy: { updatedAt: 'desc' },
    take: 500,
    select: {
      id: true,
      slug: true,
      titleZh: true,
      titleEn: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      lastEditor: { select: { name: true } },
      publishedRevision: { select: { number: true } },
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, createdAt: true } },
    },
  });
  const rows = topics.map((topic): DeskTopic => {
    const latest = topic.revisions[0];
    const published = topic.status === 'PUBLISHED' && topic.publishedRevision;
    return {
      id: topic.id,
      slug: topic.slug,
      titleZh: topic.titleZh,
      titleEn: topic.titleEn,
      status: !published ? 'draft' : (latest?.number ?? 0) > topic.publishedRevision!.number ? 'changed' : 'published',
      publishedOn: topic.publishedAt?.toISOString().slice(0, 10) ?? null,
      updatedAt: (latest?.createdAt ?? topic.updatedAt).toISOString(),
      lastEditor: topic.lastEditor?.name ?? null,
    };
  });
  return filter.status === 'published' || filter.status === 'changed' ? rows.filter((row) => row.status === filter.status) : rows;
}

/** A topic just moved to the trash, for the desk's notice after it (`?trashed=<id>`); null when it is not in the trash. */
export async function trashedTopic(id: unknown): Promise<{ titleZh: string; titleEn: string; slug: string } | null> {
  await requireRole('ANALYST');
  const parsed = z.string().min(1).max(64).safeParse(id);
  if (!parsed.success) return null;
  return getDb().topic.findFirst({ where: { id: parsed.data, deletedAt: { not: null } }, select: { titleZh: true, titleEn: true, slug: true } });
}
