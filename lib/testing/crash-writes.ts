// The writes the crash and storage tests interrupt, done as the app does them (applySave,
// writeImportedTopic), and the names they write under, so a test can tell afterwards exactly
// which rows each write left. lib/testing/killed-writer.ts runs them in a process to be killed.
import type { Database } from '@/lib/db';
import { applySave } from '@/lib/drafts/apply-save';
import { computeChanges } from '@/lib/drafts/changeset';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { generatedTopicText } from './generated-topic-text';

export type KilledWriterPlan = {
  /** The folder to open as `npm start` does; or `url` of a database another process serves. */
  dataDir?: string;
  url?: string;
  /** Apply the migrations after opening the folder, as `npm start` does (the first round must). */
  migrate?: boolean;
  round: number;
  kill: 'save' | 'import';
  /**
   * Where the doomed write stops inside its transaction: a fraction (0 to 1) of the statements
   * its twin that committed needed, or just before COMMIT; 'none': it keeps going and the
   * parent kills it after a delay of its own choosing.
   */
  pauseAt: number | 'commit' | 'none';
  /** Quotes in each imported page: the more, the longer the import's transaction. */
  quotes: number;
};

/** A write that must survive ('kept') or leave nothing ('killed'). */
export type Outcome = 'kept' | 'killed';

export const SAVES_SLUG = 'crash-saves';
const AUTHOR_EMAIL = 'crash-writer@topicdesk.local';
export const importTag = (round: number, outcome: Outcome) => `r${round}${outcome}`;
export const importSlug = (round: number, outcome: Outcome) => `crash-${importTag(round, outcome)}`;
export const blockId = (round: number, outcome: Outcome, i: number) => `crash-r${round}-${outcome}-${i}`;
export const statementText = (round: number, outcome: Outcome) => `Round ${round}: ${outcome}`;

/** The author of the saves, and the topic they change; returns the author's id. */
export async function seedCrashWrites(db: Database): Promise<string> {
  const author = await db.user.upsert({
    where: { email: AUTHOR_EMAIL },
    create: { email: AUTHOR_EMAIL, name: 'Crash writer', passwordHash: 'not-a-hash', role: 'ANALYST' },
    update: {},
    select: { id: true },
  });
  if (!(await db.topic.findUnique({ where: { slug: SAVES_SLUG } }))) {
    await writeImportedTopic(db, parseTopicText(generatedTopicText('saves', 3)), { slug: SAVES_SLUG, publish: false, authorId: null });
  }
  return author.id;
}

/** Imports a generated page of `quotes` quotes, unpublished, under importSlug(round, outcome). */
export function importTopic(db: Database, round: number, outcome: Outcome, quotes: number) {
  const parsed = parseTopicText(generatedTopicText(importTag(round, outcome), quotes));
  return writeImportedTopic(db, parsed, { slug: importSlug(round, outcome), publish: false, authorId: null });
}

/** Saves the topic at SAVES_SLUG from its current version, changing several tables at once. */
export async function saveTopic(db: Database, authorId: string, round: number, outcome: Outcome) {
  const topic = await db.topic.findUniqueOrThrow({ where: { slug: SAVES_SLUG }, select: { id: true, version: true } });
  const base = (await loadDraftDocument(db, topic.id))!;
  const next = structuredClone(base);
  next.titleEn = `Crash saves, round ${round} ${outcome}`;
  next.consensus[0]!.statement = statementText(round, outcome);
  next.consensus[0]!.blocks.push(
    ...[0, 1, 2].map((i) => ({ id: blockId(round, outcome, i), kind: 'paragraph' as const, text: `Round ${round} ${outcome} paragraph ${i}` })),
  );
  next.camps[0]!.stance = `Stance of round ${round} ${outcome}`;
  return applySave(db, authorId, { topicId: topic.id, baseVersion: topic.version, changes: computeChanges(base, next), reason: 'save' });
}
