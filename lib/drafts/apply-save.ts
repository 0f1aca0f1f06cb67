import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import type { Database } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { lockTopic } from '@/lib/publishing/topic-lock';
import { AUTOSAVE_MESSAGE, SAVE_MESSAGE } from '@/lib/revisions/revision-messages';
import { recordDraftRevision } from '@/lib/revisions/record-revision';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { applyChanges, computeChanges, sameValue, type Change, type Conflict } from './changeset';
import { checkDocument, type FieldIssue } from './document-issues';
import { resolveReferences } from './resolve-references';
import { recordSharedQuoteEdits } from './shared-quote-edits';
import type { SaveDraftInput } from './schema';
import { writeChanges } from './write-changes';

export type SaveDraftResult =
  /** `document` is sent back only when others saved in between, so the editor can take their changes. */
  | { status: 'saved'; version: number; revision: number | null; document: TopicDocument | null }
  | { status: 'conflict'; version: number; conflicts: Conflict[]; document: TopicDocument }
  | { status: 'invalid'; issues: FieldIssue[] };

type Tx = Prisma.TransactionClient;

function explainWriteError(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2003') throw new UserFacingError('引用的讲者、访谈或主题已不存在 · A speaker, interview or topic this refers to no longer exists.', 'INVALID');
    if (error.code === 'P2002') throw new UserFacingError('有一项的编号与已有内容重复,请刷新后重试 · An item id is already in use; reload and try again.', 'CONFLICT');
  }
  throw error;
}

/** A save by a known author; the mutation (save-draft.ts) establishes who that is. */
export function applySave(db: Database, authorId: string, input: SaveDraftInput, now = new Date()): Promise<SaveDraftResult> {
  return db.$transaction(
    async (tx: Tx): Promise<SaveDraftResult> => {
      const { version } = await lockTopic(tx, input.topicId);
      const current = await loadDraftDocument(tx, input.topicId);
      if (!current) throw new UserFacingError('这个主题不存在 · This topic does not exist.', 'NOT_FOUND');
      const { document: merged, conflicts } = applyChanges(current, input.changes as Change[]);
      if (conflicts.length > 0) return { status: 'conflict', version, conflicts, document: current };
      // Validated with the same schema as the browser's; what is written and snapshotted is the
      // schema's reading of it, so nothing the schema does not know reaches a revision.
      const checked = checkDocument(merged);
      if (!checked.ok) return { status: 'invalid', issues: checked.issues };
      const target = checked.document;
      // A retry of a save that already landed changes nothing and records nothing.
      const changes = computeChanges(current, target);
      if (changes.length === 0) {
        return { status: 'saved', version, revision: null, document: version === input.baseVersion ? null : current };
      }
      await writeChanges(tx, input.topicId, changes, target, now).catch(explainWriteError);
      await tx.topic.update({ where: { id: input.topicId }, data: { version: { increment: 1 }, lastEditorId: authorId } });
      const revision = await recordDraftRevision(tx, {
        topicId: input.topicId,
        authorId,
        message: input.reason === 'save' ? SAVE_MESSAGE : AUTOSAVE_MESSAGE,
        document: await resolveReferences(tx, target, changes),
      });
      await recordSharedQuoteEdits(tx, { topicId: input.topicId, authorId, changes, document: target });
      // The editor's copy is exact unless others saved in between or the library resolved
      // something differently (a renamed speaker): then it gets the stored document.
      const exact = version === input.baseVersion && sameValue(revision.document, target);
      return { status: 'saved', version: version + 1, revision: revision.number, document: exact ? null : revision.document };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
