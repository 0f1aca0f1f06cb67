import 'server-only';
import { positionChanges, speakerSteps, type PositionChange, type PositionRow } from './position-changes';
import type { PublishedReader } from './reader';

// Speakers' positions across published versions (PublishedSpeakerPosition, part of the published
// record): what a topic's history says each version changed in who stands where, and what a
// speaker page says of one person's positions over time. Both go through position-changes.ts.

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const rowSelect = { publishNumber: true, speakerId: true, speakerName: true, place: true, campLabel: true, campStance: true } as const;
type Selected = { publishNumber: number; speakerId: string; speakerName: string; place: string; campLabel: string | null; campStance: string | null };
const toRow = (r: Selected, speakerId = r.speakerId): PositionRow => ({ speakerId, speakerName: r.speakerName, place: r.place, label: r.campLabel, stance: r.campStance });

export type NamedPositionChange = PositionChange & { speakerSlug: string | null };

/**
 * Who joined, left or moved in each of the topic's versions `from` … `to`, each compared with
 * the version before it (version 1 with nothing: its speakers joined). Reads the rows of those
 * versions and of the one before.
 */
export async function positionChangesOfVersions(reader: PublishedReader, topicId: string, from: number, to: number): Promise<Map<number, PositionChange[]>> {
  const rows = await reader.publishedSpeakerPosition.findMany({
    where: { topicId, publishNumber: { gte: from - 1, lte: to } },
    orderBy: [{ publishNumber: 'asc' }],
    select: rowSelect,
  });
  const byVersion = new Map<number, PositionRow[]>();
  for (const row of rows) byVersion.set(row.publishNumber, [...(byVersion.get(row.publishNumber) ?? []), toRow(row)]);
  const changes = new Map<number, PositionChange[]>();
  for (let n = from; n <= to; n += 1) changes.set(n, positionChanges(byVersion.get(n - 1) ?? [], byVersion.get(n) ?? []));
  return changes;
}

/** Each change with its speaker's public address, for a link (one query for them all). */
export async function withSpeakerSlugs(reader: PublishedReader, lists: PositionChange[][]): Promise<NamedPositionChange[][]> {
  const slugs = await speakerSlugs(reader, [...new Set(lists.flat().map((c) => c.speakerId))]);
  return lists.map((list) => list.map((change) => ({ ...change, speakerSlug: slugs.get(change.speakerId) ?? null })));
}

/** The public address of each speaker (a merged one's survivor), none for one in the trash. */
async function speakerSlugs(reader: PublishedReader, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const speakers = await reader.speaker.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, deletedAt: true, mergedIntoId: true } });
  const survivorIds = [...new Set(speakers.flatMap((s) => (s.mergedIntoId ? [s.mergedIntoId] : [])))];
  const survivors = new Map(
    (survivorIds.length ? await reader.speaker.findMany({ where: { id: { in: survivorIds }, deletedAt: null }, select: { id: true, slug: true } }) : []).map((s) => [s.id, s.slug]),
  );
  const slugs = new Map<string, string>();
  for (const s of speakers) {
    const slug = s.mergedIntoId ? survivors.get(s.mergedIntoId) : s.deletedAt ? undefined : s.slug;
    if (slug) slugs.set(s.id, slug);
  }
  return slugs;
}

export type SpeakerPositionStep = { publishNumber: number; publishedOn: string; change: PositionChange };
export type SpeakerTopicPositions = { slug: string; titleZh: string; titleEn: string; latestPublishNumber: number; steps: SpeakerPositionStep[] };

/** A speaker page reads at most this many position rows (a person in 200 topics of 500 versions each is cut, newest topics kept). */
const POSITION_ROW_LIMIT = 20_000;

/**
 * One person's positions over time in every live topic: the versions where they joined, left or
 * moved, newest topic first. `ids` are the person's id and those merged into it, read as one.
 */
export async function speakerPositionsOverTime(reader: PublishedReader, ids: string[]): Promise<SpeakerTopicPositions[]> {
  const [self] = ids;
  if (!self) return [];
  const rows = await reader.publishedSpeakerPosition.findMany({
    where: { speakerId: { in: ids } },
    orderBy: [{ publishedAt: 'desc' }],
    take: POSITION_ROW_LIMIT,
    select: { topicId: true, ...rowSelect },
  });
  if (rows.length === 0) return [];
  const topics = await reader.publishedTopic.findMany({
    where: { topicId: { in: [...new Set(rows.map((r) => r.topicId))] } },
    orderBy: [{ publishedAt: 'desc' }, { topicId: 'asc' }],
    select: { topicId: true, slug: true, titleZh: true, titleEn: true, publishNumber: true },
  });
  const present = new Map<string, Map<number, PositionRow[]>>();
  const dates = new Map<string, string>();
  for (const row of rows) {
    const versions = present.get(row.topicId) ?? new Map<number, PositionRow[]>();
    versions.set(row.publishNumber, [...(versions.get(row.publishNumber) ?? []), toRow(row, self)]);
    present.set(row.topicId, versions);
  }
  const stepsByTopic = new Map(topics.map((topic) => [topic.topicId, speakerSteps(present.get(topic.topicId)!, topic.publishNumber)]));
  // Each step's date is its version's (the one the history and the version page show), read for
  // the steps only: a version they left is one they have no row in.
  const wanted = [...stepsByTopic].flatMap(([topicId, steps]) => steps.map((s) => ({ topicId, publishNumber: s.publishNumber })));
  for (let start = 0; start < wanted.length; start += 500) {
    const versions = await reader.publishedVersion.findMany({ where: { OR: wanted.slice(start, start + 500) }, select: { topicId: true, publishNumber: true, publishedAt: true } });
    for (const v of versions) dates.set(`${v.topicId}:${v.publishNumber}`, isoDate(v.publishedAt));
  }
  return topics.map((topic) => ({
    slug: topic.slug,
    titleZh: topic.titleZh,
    titleEn: topic.titleEn,
    latestPublishNumber: topic.publishNumber,
    steps: stepsByTopic.get(topic.topicId)!.map((step) => ({ ...step, publishedOn: dates.get(`${topic.topicId}:${step.publishNumber}`) ?? '' })),
  }));
}
