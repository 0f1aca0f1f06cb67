import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { affiliationLabel } from './affiliation';

const PAGE = 50;
const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

export type SpeakerRow = { id: string; slug: string; name: string; aliases: string[]; affiliation: string | null; quotes: number; camps: number; paraphrases: number };

/** The speaker library, searchable by name or alias (analysts and admins). */
export async function listSpeakers({ q = '', page = 1 }: { q?: string; page?: number }) {
  await requireRole('ANALYST');
  const db = getDb();
  const where = {
    deletedAt: null,
    mergedIntoId: null,
    ...(q ? { OR: [{ name: { contains: q, mode: 'insensitive' as const } }, { aliases: { has: q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.speaker.findMany({
      where,
      orderBy: { name: 'asc' },
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        slug: true,
        name: true,
        aliases: true,
        affiliations: { orderBy: { position: 'asc' }, select: { organisation: true, startedOn: true, endedOn: true } },
        _count: { select: { quotes: true, camps: true, paraphrases: true } },
      },
    }),
    db.speaker.count({ where }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE)),
    rows: rows.map((s): SpeakerRow => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      aliases: s.aliases,
      affiliation: affiliationLabel(s.affiliations),
      quotes: s._count.quotes,
      camps: s._count.camps,
      paraphrases: s._count.paraphrases,
    })),
  };
}

export type WhereUsed = { topicId: string; titleZh: string; titleEn: string; published: boolean; places: string[] };

type Place = { topic: { id: string; titleZh: string; titleEn: string; status: string; deletedAt: Date | null } };

/** Groups "used in camp B of topic X" facts by topic, live topics only. */
export function groupWhereUsed(facts: { place: string; owner: Place | null }[]): WhereUsed[] {
  const topics = new Map<string, WhereUsed>();
  for (const { place, owner } of facts) {
    if (!owner || owner.topic.deletedAt) continue;
    const { id, titleZh, titleEn, status } = owner.topic;
    const entry = topics.get(id) ?? { topicId: id, titleZh, titleEn, published: status === 'PUBLISHED', places: [] };
    if (!entry.places.includes(place)) entry.places.push(place);
    topics.set(id, entry);
  }
  return [...topics.values()];
}

const owner = { select: { topic: { select: { id: true, titleZh: true, titleEn: true, status: true, deletedAt: true } } } } as const;
const blockOwner = { camp: { select: { label: true, ...owner.select } }, consensusPoint: { select: { position: true, ...owner.select } } } as const;

type BlockOwner = { camp: (Place & { label: string }) | null; consensusPoint: (Place & { position: number }) | null };
export const placeOfBlock = (block: BlockOwner, what: string) => ({
  place: block.camp ? `${what} · 阵营 ${block.camp.label}` : `${what} · 共识 ${(block.consensusPoint?.position ?? 0) + 1}`,
  owner: block.camp ?? block.consensusPoint,
});

export async function getSpeakerForEdit(id: string) {
  await requireRole('ANALYST');
  const db = getDb();
  const speaker = await db.speaker.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      aliases: true,
      bio: true,
      links: true,
      mergedIntoId: true,
      affiliations: { orderBy: { position: 'asc' }, select: { organisation: true, role: true, startedOn: true, endedOn: true } },
      quotes: { select: { quote: { select: { blocks: { select: blockOwner } } } } },
      camps: { select: { camp: { select: { label: true, ...owner.select } } } },
      paraphrases: { select: blockOwner },
    },
  });
  if (!speaker) return null;
  const facts = [
    ...speaker.quotes.flatMap(({ quote }) => quote.blocks.map((block) => placeOfBlock(block, '引语 quote'))),
    ...speaker.camps.map(({ camp }) => ({ place: `成员 member · 阵营 ${camp.label}`, owner: camp })),
    ...speaker.paraphrases.map((block) => placeOfBlock(block, '转述 paraphrase')),
  ];
  return {
    id: speaker.id,
    slug: speaker.slug,
    mergedIntoId: speaker.mergedIntoId,
    values: {
      name: speaker.name,
      aliases: speaker.aliases.join('\n'),
      bio: speaker.bio,
      links: speaker.links.join('\n'),
      affiliations: speaker.affiliations.map((a) => ({ organisation: a.organisation, role: a.role ?? '', startedOn: isoDate(a.startedOn), endedOn: isoDate(a.endedOn) })),
    },
    whereUsed: groupWhereUsed(facts),
  };
}
