import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { ExportError, exportTopic, type ExportOptions } from './topic-export';

/** The editor's download: analysts and admins only, by topic id. */
export async function exportTopicForEditor(topicId: string, options: ExportOptions) {
  await requireRole('ANALYST');
  const topic = await getDb().topic.findFirst({ where: { id: topicId, deletedAt: null }, select: { slug: true } });
  if (!topic) throw new ExportError('No such topic.');
  return exportTopic(getDb(), topic.slug, options);
}
