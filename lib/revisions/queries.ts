import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { readRevisionPair, readTopicHistory, type HistoryFilter, type RevisionPair, type TopicHistory } from './history-reads';

export { HISTORY_PAGE_SIZE, type HistoryFilter, type RevisionListItem, type RevisionPair, type TopicHistory } from './history-reads';

/** A page of a topic's revisions (analysts and admins). */
export async function getTopicHistory(topicId: string, filter: HistoryFilter = {}): Promise<TopicHistory | null> {
  await requireRole('ANALYST');
  return readTopicHistory(getDb(), topicId, filter);
}

/** Two revisions of one topic, for the diff page (analysts and admins). */
export async function getRevisionPair(topicId: string, from: number, to: number): Promise<RevisionPair | null> {
  await requireRole('ANALYST');
  return readRevisionPair(getDb(), topicId, from, to);
}

