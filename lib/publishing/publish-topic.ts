import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { proposeChangelog } from '@/lib/revisions/propose-changelog';
import { lastRevisionNumbers, writeRevision } from '@/lib/revisions/record-revision';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { pageLanguage } from '@/lib/topics/page-language';
import { announceChange } from './announce';
import type { PublishedChange } from './change';
import { PublishRefusedError, StaleVersionError, topicNotFound } from './errors';
import { writePublishedRecord } from './projections/published-record';
import { checkPublishRules, PUBLISH_EXCEPTIONS, type PublishException, type PublishViolation } from './rules';
import { addressesOf, lockTopic } from './topic-lock';

// Publishing: the working draft becomes what readers see. One transaction loads the draft once,
// applies the publish rules, snapshots it as an immutable revision, rewrites the published
// record every public surface reads, writes the audit event and announces the change to every
// running server. The editor, the importer and the command line all come through here.

type Tx = Prisma.TransactionClient;

/** Who publishes, and through which door (written into the audit log). */
export type Publisher = { userId: string | null; via: 'editor' | 'import' | 'command-line' | 'restore' };

export type PublishRequest = {
  topicId: string;
  /**
   * The draft version the publisher saw: a newer one means they have not seen the latest save,
   * and the publish is refused. The importer, which wrote the draft in the same transaction,
   * leaves it out.
   */
  expectedVersion?: number;
  publisher: Publisher;
  /**
   * The changelog line for this publish; proposed from what changed when absent or blank. Null
   * adds none: the importer publishes a faithful copy whose changelog is the document's own.
   */
  changelogLine?: string | null;
  /** The date readers see as 最近更新 (the importer keeps the original page's); the publish time by default. */
  updatedOn?: Date;
  /** The revision's message in the history; "发布 · Published" by default. */
  message?: string;
  /** Named exceptions to the publish rules (see rules.ts), reported back and audited. */
  exceptions?: readonly PublishException[];
  now?: Date;
};

export type PublishOutcome = {
  revisionNumber: number;
  publishNumber: number;
  /** The draft's version after the publish. */
  version: number;
  document: TopicDocument;
  changelogLine: string | null;
  /** Exceptions the publish actually relied on, with what each let through. */
  exceptionsUsed: { exception: PublishException; waived: PublishViolation[] }[];
  change: Extract<PublishedChange, { kind: 'published' }>;
};

/** The last published version's document, for proposing what changed since (null before the first publish). */
async function lastPublishedDocument(tx: Tx, topicId: string): Promise<TopicDocument | null> {
  const last = await tx.revision.findFirst({
    where: { topicId, publishNumber: { not: null } },
    orderBy: { publishNumber: 'desc' },
    select: { document: true },
  });
  const parsed = topicDocumentSchema.safeParse(last?.document);
  return parsed.success ? parsed.data : null;
}

/** The changelog line proposed for publishing the draft as it is, in the page's language (lib/topics/page-language.ts). */
export async function proposeChangelogFor(tx: Tx | Database, draft: TopicDocument): Promise<string> {
  return proposeChangelog(await lastPublishedDocument(tx as Tx, draft.id), draft, pageLanguage(draft));
}

/** The document's changelog with a new line in its place (newest date first; the newest of a day first). */
function withChangelogLine(document: TopicDocument, line: TopicDocument['changelog'][number]): TopicDocument {
  const index = document.changelog.findIndex((entry) => entry.date <= line.date);
  const changelog = [...document.changelog];
  changelog.splice(index === -1 ? changelog.length : index, 0, line);
  return { ...document, changelog };
}

/** publishTopic inside a transaction the caller holds (the importer writes the draft in it first). */
export async function publishInTransaction(tx: Tx, request: PublishRequest): Promise<PublishOutcome> {
  const now = request.now ?? new Date();
  const { topicId, publisher } = request;
  const topic = await lockTopic(tx, topicId);
  if (request.expectedVersion !== undefined && topic.version !== request.expectedVersion) throw new StaleVersionError(topic.version);

  const draft = await loadDraftDocument(tx, topicId);
  if (!draft) throw topicNotFound();
  const exceptions = request.exceptions ?? [];
  const rules = await checkPublishRules(tx, draft, exceptions);
  if (rules.violations.length > 0) throw new PublishRefusedError(rules.violations);

  const numbers = await lastRevisionNumbers(tx, topicId);
  const publishNumber = numbers.publishNumber + 1;
  // The version before this one, read once: the proposed changelog line and the history entry
  // (projections/version-summaries.ts) both compare with it.
  const previous = numbers.publishNumber > 0 ? await lastPublishedDocument(tx, topicId) : null;
  const changelogLine = request.changelogLine === null ? null : request.changelogLine?.trim() || proposeChangelog(previous, draft, pageLanguage(draft));
  const entry = changelogLine === null ? null : await tx.changelogEntry.create({ data: { topicId, date: now, text: changelogLine }, select: { id: true } });
  // The new line links to the version it describes, in the snapshot as on the page.
  const document = entry && changelogLine !== null ? withChangelogLine(draft, { id: entry.id, date: now.toISOString().slice(0, 10), text: changelogLine, publishNumber }) : draft;

  const revision = await writeRevision(tx, {
    topicId,
    document,
    number: numbers.number + 1,
    publishNumber,
    message: request.message ?? '发布 · Published',
    authorId: publisher.userId,
  });
  if (entry) await tx.changelogEntry.update({ where: { id: entry.id }, data: { revisionId: revision.id } });
  const publishedAt = request.updatedOn ?? now;
  await tx.topic.update({
    where: { id: topicId },
    data: { status: 'PUBLISHED', publishedRevisionId: revision.id, publishedAt, lastEditorId: publisher.userId, version: { increment: 1 } },
  });
  const { previousSlug } = await writePublishedRecord(tx, { topicId, revisionId: revision.id, publishNumber, document, publishedAt, previous });

  const exceptionsUsed = rules.exceptionsUsed.map((exception) => ({ exception, waived: rules.waived.filter((v) => v.rule === PUBLISH_EXCEPTIONS[exception]) }));
  await recordAudit(
    {
      action: 'topic.publish',
      actorId: publisher.userId,
      targetType: 'Topic',
      targetId: topicId,
      detail: {
        revision: revision.number,
        version: publishNumber,
        changelog: changelogLine,
        via: publisher.via,
        ...(exceptionsUsed.length ? { exceptions: exceptionsUsed.map((e) => ({ exception: e.exception, waived: e.waived.map((v) => v.message) })) } : {}),
      },
    },
    tx,
  );
  const change = { kind: 'published' as const, slugs: await addressesOf(tx, topicId, [document.slug, previousSlug]) };
  await announceChange(tx, change);
  return { revisionNumber: revision.number, publishNumber, version: topic.version + 1, document, changelogLine, exceptionsUsed, change };
}

/** Makes the saved draft what readers see. Authorization is the caller's (mutations.ts checks the role). */
export function publishTopic(db: Database, request: PublishRequest): Promise<PublishOutcome> {
  return db.$transaction((tx: Tx) => publishInTransaction(tx, request), { timeout: 60_000, maxWait: 10_000 });
}
