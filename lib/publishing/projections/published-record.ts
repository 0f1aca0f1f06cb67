import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';
import { appearanceRows } from './appearance-rows';
import { searchRows } from './search-rows';
import { writeSpeakerPositions } from './speaker-positions';
import { writeVersionSummaries } from './version-summaries';
import { fingerprint, planSync } from './sync-rows';
import { pageSources } from '@/lib/topics/page-sources';

// The published record of one topic: what every public surface reads (lib/published). Written
// here, in the publishing transaction, and nowhere else; a takedown deletes the PublishedTopic
// row and the database removes the rest with it (ON DELETE CASCADE).

type Tx = Prisma.TransactionClient;

export type PublishedVersionInput = {
  topicId: string;
  revisionId: string;
  publishNumber: number;
  document: TopicDocument;
  publishedAt: Date;
  /** The document of the version published before this one, when the caller has it (not read again). */
  previous?: TopicDocument | null;
};

const BATCH = 1_000;
/** A row that says the same thing at another time is the same row. */
const UNHASHED = ['publishedAt'] as const;

async function createInBatches<T>(rows: T[], create: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await create(rows.slice(start, start + BATCH));
}

/**
 * Brings what is derived from the current version up to date: the feed lines (a few, rewritten)
 * and the appearances and search text (only the rows that changed: sync-rows.ts).
 */
export async function writeDerivedRows(tx: Tx, { topicId, document, publishedAt }: Pick<PublishedVersionInput, 'topicId' | 'document' | 'publishedAt'>) {
  await tx.publishedFeedEntry.deleteMany({ where: { topicId } });
  await tx.publishedFeedEntry.createMany({
    data: document.changelog.map((entry, position) => ({
      topicId,
      entryId: entry.id,
      date: new Date(`${entry.date}T00:00:00Z`),
      text: entry.text,
      publishNumber: entry.publishNumber ?? null,
      position,
    })),
  });

  const appearances = appearanceRows(topicId, document, publishedAt).map((row) => ({ ...row, fingerprint: fingerprint(row, UNHASHED) }));
  const appearancePlan = planSync(await tx.publishedAppearance.findMany({ where: { topicId }, select: { id: true, fingerprint: true } }), appearances);
  if (appearancePlan.remove.length) await tx.publishedAppearance.deleteMany({ where: { id: { in: appearancePlan.remove } } });
  await createInBatches(appearancePlan.insert, (data) => tx.publishedAppearance.createMany({ data }));

  const passages = searchRows(topicId, document, publishedAt).map((row) => ({ ...row, fingerprint: fingerprint(row, UNHASHED) }));
  const searchPlan = planSync(await tx.searchEntry.findMany({ where: { topicId }, select: { id: true, fingerprint: true } }), passages);
  if (searchPlan.remove.length) await tx.searchEntry.deleteMany({ where: { id: { in: searchPlan.remove } } });
  await createInBatches(searchPlan.insert, (data) => tx.searchEntry.createMany({ data }));
}

/**
 * Makes `version` what readers see of its topic. A topic already live gets the new version and
 * its derived rows; a topic coming (back) onto the site also gets every version published
 * before, so its permanent version addresses answer again. Either way each version not yet
 * indexed gets its speakers' positions (speaker-positions.ts) and its history entry (version-summaries.ts).
 * @returns the address the topic was published at before, if it was live and it changed
 */
export async function writePublishedRecord(tx: Tx, version: PublishedVersionInput): Promise<{ previousSlug: string | null }> {
  const { topicId, document, publishedAt, publishNumber, revisionId } = version;
  const topicFields = {
    slug: document.slug,
    titleZh: document.titleZh,
    titleEn: document.titleEn,
    publishedAt,
    publishNumber,
    interviewCount: pageSources(document).length,
    campCount: document.camps.length,
  };
  const live = await tx.publishedTopic.findUnique({ where: { topicId }, select: { slug: true } });
  if (live) {
    await tx.publishedTopic.update({ where: { topicId }, data: topicFields });
    // Copied from the revision just written: the document is not sent to the database twice.
    await tx.$executeRaw`
      INSERT INTO "PublishedVersion" ("topicId", "publishNumber", "revisionId", "document", "publishedAt")
      SELECT "topicId", ${publishNumber}, id, document, ${publishedAt} FROM "Revision" WHERE id = ${revisionId}`;
  } else {
    const first = await tx.revision.findFirst({
      where: { topicId, publishNumber: { not: null } },
      orderBy: { publishNumber: 'asc' },
      select: { createdAt: true },
    });
    await tx.publishedTopic.create({ data: { topicId, firstPublishedAt: first?.createdAt ?? publishedAt, ...topicFields } });
    // The documents are immutable: each published revision is copied as it is, in one statement.
    await tx.$executeRaw`
      INSERT INTO "PublishedVersion" ("topicId", "publishNumber", "revisionId", "document", "publishedAt")
      SELECT "topicId", "publishNumber", id, document, "createdAt" FROM "Revision"
      WHERE "topicId" = ${topicId} AND "publishNumber" IS NOT NULL AND "publishNumber" <= ${publishNumber}`;
  }
  await writeDerivedRows(tx, version);
  const known = new Map([[publishNumber, document]]);
  if (version.previous && publishNumber > 1) known.set(publishNumber - 1, version.previous);
  // Per version, not per topic: the new version's positions, or every version's on a comeback.
  await writeSpeakerPositions(tx, topicId, known);
  // Likewise each version's public history entry (version-summaries.ts).
  await writeVersionSummaries(tx, topicId, known);
  return { previousSlug: live && live.slug !== document.slug ? live.slug : null };
}

/** The topic leaves the public site: every version, feed line, appearance and search entry with it. */
export async function deletePublishedRecord(tx: Tx, topicId: string): Promise<{ slug: string } | null> {
  const rows = await tx.publishedTopic.findMany({ where: { topicId }, select: { slug: true } });
  if (rows.length === 0) return null;
  await tx.publishedTopic.delete({ where: { topicId } });
  return rows[0]!;
}

/**
 * Live topics whose derived rows are missing (published before the search index or the
 * appearances existed) get them from their current version. `npm start` runs it after migrating.
 */
export async function backfillDerivedRows(db: Database) {
  const missing = await db.publishedTopic.findMany({
    where: { searchEntries: { none: {} } },
    select: { topicId: true, publishedAt: true, versions: { orderBy: { publishNumber: 'desc' }, take: 1, select: { document: true } } },
  });
  for (const topic of missing) {
    const document = topicDocumentSchema.parse(topic.versions[0]?.document);
    await db.$transaction((tx: Tx) => writeDerivedRows(tx, { topicId: topic.topicId, document, publishedAt: topic.publishedAt }));
  }
  return missing.length;
}
