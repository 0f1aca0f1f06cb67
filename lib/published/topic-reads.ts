import 'server-only';
import { isUrlKey } from '@/lib/text/url-key';
import { CONFIDENCE_LEVELS, topicDocumentSchema, type ConfidenceLevel, type TopicDocument } from '@/lib/topics/document';
import { publishedReader, type PublishedReader } from './reader';
import type { PositionChange } from './position-changes';
import { positionChangesOfVersions, withSpeakerSlugs, type NamedPositionChange } from './position-reads';
import type { VersionChanges } from './version-changes';
import { parseVersionSummary, versionSummary, type VersionSummary } from './version-summary';

// Reader queries of topics: the published record only (PublishedTopic and its versions), so a
// draft can never show. The optional reader lets tests and the benchmark count queries.

export type PublishedTopicSummary = {
  slug: string;
  titleZh: string;
  titleEn: string;
  updatedOn: string;
  interviewCount: number;
  campCount: number;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const summarySelect = { slug: true, titleZh: true, titleEn: true, publishedAt: true, interviewCount: true, campCount: true } as const;

const toSummary = ({ publishedAt, ...topic }: { slug: string; titleZh: string; titleEn: string; publishedAt: Date; interviewCount: number; campCount: number }): PublishedTopicSummary => ({
  ...topic,
  updatedOn: isoDate(publishedAt),
});

/** Every published topic's address and date, newest first (the sitemap). */
export async function listPublishedSlugs(reader: PublishedReader = publishedReader()): Promise<{ slug: string; updatedOn: string }[]> {
  const topics = await reader.publishedTopic.findMany({ orderBy: [{ publishedAt: 'desc' }, { topicId: 'asc' }], select: { slug: true, publishedAt: true } });
  return topics.map((topic) => ({ slug: topic.slug, updatedOn: isoDate(topic.publishedAt) }));
}

export const TOPIC_LIST_PAGE = 50;

/** One page of the published topics, newest first: fifty through the (publishedAt, topicId) index. */
export async function listPublishedTopicPage(
  page = 1,
  reader: PublishedReader = publishedReader(),
): Promise<{ topics: PublishedTopicSummary[]; page: number; hasMore: boolean }> {
  const current = Math.max(1, Math.floor(page));
  const topics = await reader.publishedTopic.findMany({
    orderBy: [{ publishedAt: 'desc' }, { topicId: 'asc' }],
    skip: (current - 1) * TOPIC_LIST_PAGE,
    take: TOPIC_LIST_PAGE + 1,
    select: summarySelect,
  });
  return { page: current, hasMore: topics.length > TOPIC_LIST_PAGE, topics: topics.slice(0, TOPIC_LIST_PAGE).map(toSummary) };
}

export type PublishedTopicPage = {
  document: TopicDocument;
  /** 最近更新. */
  updatedOn: string;
  /** When version 1 was published. */
  firstPublishedOn: string;
  publishNumber: number;
};

/** The published page for a slug, or null (never published, taken down, in the trash, or another address). */
export async function getPublishedTopic(slug: string, reader: PublishedReader = publishedReader()): Promise<PublishedTopicPage | null> {
  if (!isUrlKey(slug)) return null;
  const topic = await reader.publishedTopic.findUnique({
    where: { slug },
    select: { publishedAt: true, firstPublishedAt: true, publishNumber: true, versions: { orderBy: { publishNumber: 'desc' }, take: 1, select: { document: true } } },
  });
  const current = topic?.versions[0];
  if (!topic || !current) return null;
  return {
    document: topicDocumentSchema.parse(current.document),
    updatedOn: isoDate(topic.publishedAt),
    firstPublishedOn: isoDate(topic.firstPublishedAt),
    publishNumber: topic.publishNumber,
  };
}

export type PublishedVersion = { document: TopicDocument; publishNumber: number; latestPublishNumber: number; publishedOn: string };

/** Version n of a live topic (1 is the first publish): its permanent address, while the topic is published. */
export async function getPublishedVersion(slug: string, publishNumber: number, reader: PublishedReader = publishedReader()): Promise<PublishedVersion | null> {
  if (!isUrlKey(slug) || !Number.isSafeInteger(publishNumber) || publishNumber < 1) return null;
  const topic = await reader.publishedTopic.findUnique({
    where: { slug },
    select: { publishNumber: true, versions: { where: { publishNumber }, select: { document: true, publishedAt: true } } },
  });
  const version = topic?.versions[0];
  if (!topic || !version) return null;
  return {
    document: topicDocumentSchema.parse(version.document),
    publishedOn: isoDate(version.publishedAt),
    publishNumber,
    latestPublishNumber: topic.publishNumber,
  };
}

/** Where an old address of a published topic points now (a slug renamed and published since). */
export async function findRenamedTopicSlug(oldSlug: string, reader: PublishedReader = publishedReader()): Promise<string | null> {
  if (!isUrlKey(oldSlug)) return null;
  const redirect = await reader.slugRedirect.findUnique({ where: { slug: oldSlug }, select: { topicId: true } });
  if (!redirect) return null;
  const topic = await reader.publishedTopic.findUnique({ where: { topicId: redirect.topicId }, select: { slug: true } });
  return topic && topic.slug !== oldSlug ? topic.slug : null;
}

export type PublishedVersionEntry = {
  publishNumber: number;
  publishedOn: string;
  /** The changelog line written for this publish (the entry naming its number), if any. */
  changelogLine: string | null;
  confidence: ConfidenceLevel | null;
  changes: VersionChanges;
  /** Who joined, left or moved between camps and the consensus since the version before (none listed for version 1). */
  speakerChanges: NamedPositionChange[];
};

export type PublishedHistory = { slug: string; titleZh: string; titleEn: string; versions: PublishedVersionEntry[] };

/** Versions are read this many at a time: their summaries, not their documents (version-summary.ts). */
const HISTORY_BATCH = 100;

/**
 * A version's entry from the documents, for a version whose summary is not written yet (a
 * database mid-upgrade, before prisma/after-migrate.ts has run): the two documents it needs, read
 * on demand, the last one kept since consecutive versions share one.
 */
function summaryFromDocuments(reader: PublishedReader, topicId: string) {
  let kept: { publishNumber: number; document: TopicDocument } | null = null;
  return async (publishNumber: number, previous: number | null): Promise<VersionSummary> => {
    const wanted = [publishNumber, ...(previous === null || kept?.publishNumber === previous ? [] : [previous])];
    const rows = await reader.publishedVersion.findMany({ where: { topicId, publishNumber: { in: wanted } }, select: { publishNumber: true, document: true } });
    const documents = new Map(rows.map((row) => [row.publishNumber, topicDocumentSchema.parse(row.document)]));
    if (kept) documents.set(kept.publishNumber, kept.document);
    const document = documents.get(publishNumber)!;
    kept = { publishNumber, document };
    return versionSummary(publishNumber, previous === null ? null : documents.get(previous)!, document);
  };
}

/** Every published version of a live topic, oldest first, with what each changed; null when the topic is not published. */
export async function getPublishedHistory(slug: string, reader: PublishedReader = publishedReader()): Promise<PublishedHistory | null> {
  if (!isUrlKey(slug)) return null;
  const topic = await reader.publishedTopic.findUnique({ where: { slug }, select: { topicId: true, titleZh: true, titleEn: true, publishNumber: true } });
  if (!topic) return null;
  const versions: Omit<PublishedVersionEntry, 'speakerChanges'>[] = [];
  const moves: PositionChange[][] = [];
  const fromDocuments = summaryFromDocuments(reader, topic.topicId);
  let previous: number | null = null;
  for (let after = 0; ; ) {
    const batch = await reader.publishedVersion.findMany({
      where: { topicId: topic.topicId, publishNumber: { gt: after } },
      orderBy: { publishNumber: 'asc' },
      take: HISTORY_BATCH,
      select: { publishNumber: true, publishedAt: true, summary: true },
    });
    const positions = batch.length ? await positionChangesOfVersions(reader, topic.topicId, batch[0]!.publishNumber, batch.at(-1)!.publishNumber) : new Map<number, PositionChange[]>();
    for (const row of batch) {
      moves.push(row.publishNumber === 1 ? [] : (positions.get(row.publishNumber) ?? []));
      const summary = parseVersionSummary(row.summary) ?? (await fromDocuments(row.publishNumber, previous));
      versions.push({ publishNumber: row.publishNumber, publishedOn: isoDate(row.publishedAt), ...summary });
      previous = row.publishNumber;
      after = row.publishNumber;
    }
    if (batch.length < HISTORY_BATCH) break;
  }
  const named = await withSpeakerSlugs(reader, moves);
  return { slug, titleZh: topic.titleZh, titleEn: topic.titleEn, versions: versions.map((version, i) => ({ ...version, speakerChanges: named[i]! })) };
}

export type PublishedConfidenceStep = { publishNumber: number; publishedOn: string; confidence: ConfidenceLevel | null };

/** The confidence of each published version, oldest first, read from the documents in the database (not the documents themselves): the topic page's chart. */
export async function getPublishedConfidenceSteps(slug: string, reader: PublishedReader = publishedReader()): Promise<PublishedConfidenceStep[]> {
  if (!isUrlKey(slug)) return [];
  const rows = await reader.$queryRaw<{ publishNumber: number; publishedAt: Date; confidence: string | null }[]>`
    SELECT v."publishNumber", v."publishedAt", v.document #>> '{view,confidence}' AS confidence
    FROM "PublishedVersion" v JOIN "PublishedTopic" t ON t."topicId" = v."topicId"
    WHERE t.slug = ${slug}
    ORDER BY v."publishNumber"`;
  return rows.map((row) => ({
    publishNumber: row.publishNumber,
    publishedOn: isoDate(row.publishedAt),
    confidence: (CONFIDENCE_LEVELS as readonly string[]).includes(row.confidence ?? '') ? (row.confidence as ConfidenceLevel) : null,
  }));
}
