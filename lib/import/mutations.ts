import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { ImportFormatError } from './parse-topic-text';
import { decodeDocument } from './read-document';
import { readTopicDocument } from './read-topic-document';
import { writeImportedTopic, type ImportReport } from './write-imported-topic';

export type ImportRequest = { document: string | Uint8Array; slug?: string; publish: boolean; dryRun: boolean; source?: string };

/** Imports (or, with dryRun, previews) a topic document for an analyst. */
export async function importTopicDocument(request: ImportRequest): Promise<{ report: ImportReport; text: string }> {
  const user = await requireRole('ANALYST');
  try {
    const text = typeof request.document === 'string' ? request.document : decodeDocument(request.document);
    const parsed = readTopicDocument(text);
    const report = await writeImportedTopic(getDb(), parsed, {
      slug: request.slug,
      publish: request.publish,
      dryRun: request.dryRun,
      authorId: user.id,
      source: request.source,
    });
    return { report, text };
  } catch (error) {
    if (error instanceof ImportFormatError) throw new UserFacingError(error.message, 'INVALID');
    if (error instanceof Error && /slug/.test(error.message)) throw new UserFacingError(error.message, 'INVALID');
    throw error;
  }
}
