import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { readEditorState, type EditorState } from './editor-reads';

export type { EditorState, QuoteUse } from './editor-reads';

export async function getEditorState(topicId: string): Promise<EditorState | null> {
  await requireRole('ANALYST');
  return readEditorState(getDb(), topicId);
}

/** The draft for the preview: exactly what readers would see if it were published now. */
export async function getDraftForPreview(topicId: string) {
  await requireRole('ANALYST');
  const db = getDb();
  const topic = await db.topic.findFirst({ where: { id: topicId, deletedAt: null }, select: { publishedAt: true, updatedAt: true } });
  if (!topic) return null;
  const document = await loadDraftDocument(db, topicId);
  return document ? { document, updatedAt: topic.updatedAt } : null;
}
