import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { countReferences } from './references';
import type { TrashKind } from './schema';

export type TrashItem = { kind: TrashKind; id: string; label: string; deletedAt: string; references: number };

const LIMIT = 200;

/** Everything in the trash, newest first per kind, with what still refers to it (admins). */
export async function listTrash(): Promise<TrashItem[]> {
  await requireRole('ADMIN');
  const db = getDb();
  const deleted = { deletedAt: { not: null } };
  const order = { deletedAt: 'desc' as const };
  const [topics, speakers, interviews, quotes] = await Promise.all([
    db.topic.findMany({ where: deleted, orderBy: order, take: LIMIT, select: { id: true, titleZh: true, titleEn: true, deletedAt: true } }),
    db.speaker.findMany({ where: deleted, orderBy: order, take: LIMIT, select: { id: true, name: true, deletedAt: true } }),
    db.interview.findMany({ where: deleted, orderBy: order, take: LIMIT, select: { id: true, show: true, episodeTitle: true, deletedAt: true } }),
    db.quote.findMany({ where: deleted, orderBy: order, take: LIMIT, select: { id: true, originalText: true, translationText: true, deletedAt: true } }),
  ]);
  const items: Omit<TrashItem, 'references'>[] = [
    ...topics.map((t) => ({ kind: 'topic' as const, id: t.id, label: `${t.titleZh} · ${t.titleEn}`, deletedAt: t.deletedAt!.toISOString() })),
    ...speakers.map((s) => ({ kind: 'speaker' as const, id: s.id, label: s.name, deletedAt: s.deletedAt!.toISOString() })),
    ...interviews.map((i) => ({ kind: 'interview' as const, id: i.id, label: `${i.show} · ${i.episodeTitle}`, deletedAt: i.deletedAt!.toISOString() })),
    ...quotes.map((q) => ({ kind: 'quote' as const, id: q.id, label: (q.originalText ?? q.translationText ?? '').slice(0, 120), deletedAt: q.deletedAt!.toISOString() })),
  ];
  return Promise.all(items.map(async (item) => ({ ...item, references: await countReferences(db, item.kind, item.id) })));
}

/**
 * The name of an item that is out of the trash again, for the notice after a restore (the
 * restored row leaves the list, and its message with it); null when it is not live.
 */
export async function restoredItemLabel(kind: TrashKind, id: string): Promise<string | null> {
  await requireRole('ADMIN');
  const db = getDb();
  const live = { id, deletedAt: null };
  switch (kind) {
    case 'topic': {
      const t = await db.topic.findFirst({ where: live, select: { titleZh: true, titleEn: true } });
      return t && `${t.titleZh} · ${t.titleEn}`;
    }
    case 'speaker':
      return (await db.speaker.findFirst({ where: live, select: { name: true } }))?.name ?? null;
    case 'interview': {
      const i = await db.interview.findFirst({ where: live, select: { show: true, episodeTitle: true } });
      return i && `${i.show} · ${i.episodeTitle}`;
    }
    case 'quote': {
      const q = await db.quote.findFirst({ where: live, select: { originalText: true, translationText: true } });
      return q && (q.originalText ?? q.translationText ?? '').slice(0, 120);
    }
  }
}
