// The history screen shows an editing session's autosaves as one row: a session of typing makes
// dozens of them, and between them they hide the revisions people look for (publishes, saves,
// restores). A session is a run of consecutive autosaves by one author with no pause longer than
// SESSION_GAP_MS between two of them.
import type { RevisionListItem } from './history-reads';
import { AUTOSAVE_MESSAGE } from './revision-messages';

export const SESSION_GAP_MS = 30 * 60 * 1000;

export type HistoryRow =
  | { kind: 'revision'; revision: RevisionListItem }
  /** Newest first, as the list; `revisions[0]` is where the session ended. */
  | { kind: 'session'; revisions: RevisionListItem[] };

const isAutosave = (revision: RevisionListItem) => revision.message === AUTOSAVE_MESSAGE && revision.publishNumber === null;

/** Groups a newest-first page of revisions into rows; a lone autosave stays a row of its own. */
export function groupAutosaveSessions(revisions: RevisionListItem[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let run: RevisionListItem[] = [];
  const flush = () => {
    if (run.length === 1) rows.push({ kind: 'revision', revision: run[0]! });
    else if (run.length > 1) rows.push({ kind: 'session', revisions: run });
    run = [];
  };
  for (const revision of revisions) {
    const previous = run.at(-1);
    const continues =
      previous !== undefined &&
      isAutosave(revision) &&
      revision.author === previous.author &&
      Date.parse(previous.createdAt) - Date.parse(revision.createdAt) <= SESSION_GAP_MS;
    if (!continues) flush();
    if (isAutosave(revision)) run.push(revision);
    else rows.push({ kind: 'revision', revision });
  }
  flush();
  return rows;
}
