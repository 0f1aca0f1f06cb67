// Unsaved edits kept in the browser, per topic, so a lost connection, a crash or a closed tab
// never loses them: offered back when the editor opens again.
import type { TopicDocument } from '@/lib/topics/document';

export type LocalBackup = { savedAt: string; version: number; base: TopicDocument; draft: TopicDocument };

const key = (topicId: string) => `topic-desk:unsaved:${topicId}`;

export function readBackup(topicId: string): LocalBackup | null {
  try {
    const raw = localStorage.getItem(key(topicId));
    return raw ? (JSON.parse(raw) as LocalBackup) : null;
  } catch {
    return null;
  }
}

export function writeBackup(topicId: string, backup: Omit<LocalBackup, 'savedAt'>): boolean {
  try {
    localStorage.setItem(key(topicId), JSON.stringify({ ...backup, savedAt: new Date().toISOString() }));
    return true;
  } catch {
    return false; // storage full or disabled: the status line says edits are only in this tab
  }
}

export function clearBackup(topicId: string) {
  try {
    localStorage.removeItem(key(topicId));
  } catch {
    // nothing to clear
  }
}
