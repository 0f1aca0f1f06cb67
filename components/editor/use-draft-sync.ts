'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraftAction } from '@/app/(editor)/editor/topics/[id]/actions';
import { applyChanges, computeChanges, type Change, type Conflict } from '@/lib/drafts/changeset';
import { documentIssues, type FieldIssue } from '@/lib/drafts/document-issues';
import type { TopicDocument } from '@/lib/topics/document';
import { clearBackup, readBackup, writeBackup, type LocalBackup } from './local-backup';

// Keeps the draft on screen and the server in step: autosave a moment after typing stops,
// save now on Ctrl/Cmd+S, retry with backoff while the server or database is unreachable,
// keep every unsaved edit in local storage, and on a conflict keep the analyst's text on
// screen next to the other person's until they choose.

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'invalid' | 'error';

const AUTOSAVE_DELAY_MS = 800;
const BACKUP_DELAY_MS = 300;
const MAX_RETRY_MS = 15_000;

type Options = {
  topicId: string;
  initialDocument: TopicDocument;
  initialVersion: number;
  draft: TopicDocument;
  setDraft: (document: TopicDocument) => void;
};

/** The change that undoes mine in favour of theirs, for one conflict. */
function takeTheirsChange(conflict: Conflict): Change {
  const { change, theirs } = conflict;
  if (change.op === 'item') return { ...change, base: change.next, next: theirs as typeof change.next };
  if (change.op === 'topic') return { ...change, base: change.next, next: theirs as typeof change.next };
  if (change.op === 'view') return { ...change, base: change.next, next: theirs as typeof change.next };
  return change;
}

export function useDraftSync({ topicId, initialDocument, initialVersion, draft, setDraft }: Options) {
  const base = useRef(initialDocument);
  const version = useRef(initialVersion);
  const latest = useRef(draft);
  const flight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const backupTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const conflictsRef = useRef<Conflict[]>([]);
  const statusRef = useRef<SaveStatus>('saved');
  const [status, setStatusState] = useState<SaveStatus>('saved');
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [offer, setOffer] = useState<LocalBackup | null>(null);
  /** Saves that recorded a revision since the editor opened. */
  const [saves, setSaves] = useState(0);
  const [backupFailed, setBackupFailed] = useState(false);
  const saveRef = useRef<(reason: 'autosave' | 'save') => Promise<void>>(async () => {});

  const setStatus = useCallback((next: SaveStatus) => {
    statusRef.current = next;
    setStatusState(next);
  }, []);

  const backupNow = useCallback(() => {
    clearTimeout(backupTimer.current);
    setBackupFailed(!writeBackup(topicId, { version: version.current, base: base.current, draft: latest.current }));
  }, [topicId]);

  const schedule = useCallback((delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current('autosave'), delay);
  }, []);

  /** Takes the server's document as the new base, re-applying edits made since `sent`. */
  const adopt = useCallback(
    (document: TopicDocument, sent: TopicDocument) => {
      base.current = document;
      const pending = latest.current === sent ? [] : computeChanges(sent, latest.current);
      const next = pending.length ? applyChanges(document, pending, 'force').document : document;
      if (next !== latest.current) {
        latest.current = next;
        setDraft(next);
      }
      return pending.length > 0;
    },
    [setDraft],
  );

  const runSave = useCallback(
    async (reason: 'autosave' | 'save') => {
      clearTimeout(timer.current);
      const sent = latest.current;
      const changes = computeChanges(base.current, sent);
      if (changes.length === 0) {
        base.current = sent;
        setIssues([]);
        setStatus('saved');
        clearBackup(topicId);
        return;
      }
      const found = documentIssues(sent);
      setIssues(found);
      if (found.length > 0) {
        setStatus('invalid');
        backupNow();
        return;
      }
      setStatus('saving');
      let retryIn = 0;
      try {
        const result = await saveDraftAction({ topicId, baseVersion: version.current, changes, reason });
        if (result.status === 'saved') {
          failures.current = 0;
          version.current = result.version;
          setMessage(null);
          if (result.revision !== null) setSaves((n) => n + 1);
          const more = adopt(result.document ?? sent, sent);
          if (more) {
            setStatus('unsaved');
            schedule(AUTOSAVE_DELAY_MS);
          } else {
            setStatus('saved');
            clearBackup(topicId);
          }
        } else if (result.status === 'conflict') {
          version.current = result.version;
          base.current = result.document;
          const pending = computeChanges(sent, latest.current);
          const mine = applyChanges(applyChanges(result.document, changes, 'force').document, pending, 'force').document;
          latest.current = mine;
          setDraft(mine);
          conflictsRef.current = result.conflicts;
          setConflicts(result.conflicts);
          setStatus('conflict');
          backupNow();
        } else if (result.status === 'invalid') {
          setIssues(result.issues);
          setStatus('invalid');
          backupNow();
        } else if (result.status === 'unavailable') {
          retryIn = Math.min(MAX_RETRY_MS, 2_000 * 2 ** failures.current++);
        } else {
          setMessage(result.message);
          setStatus('error');
          backupNow();
        }
      } catch {
        // The request itself failed: the server is down or the network is gone.
        retryIn = Math.min(MAX_RETRY_MS, 2_000 * 2 ** failures.current++);
      }
      if (retryIn) {
        setStatus('offline');
        backupNow();
        schedule(retryIn);
      }
    },
    [adopt, backupNow, schedule, setDraft, setStatus, topicId],
  );

  const save = useCallback(
    async (reason: 'autosave' | 'save') => {
      if (conflictsRef.current.length > 0) return;
      if (flight.current) {
        again.current = true;
        await flight.current;
        return;
      }
      flight.current = runSave(reason);
      try {
        await flight.current;
      } finally {
        flight.current = null;
      }
      if (again.current) {
        again.current = false;
        if (statusRef.current === 'unsaved') await saveRef.current(reason);
      }
    },
    [runSave],
  );

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Every edit: mark unsaved, keep a copy in the browser, and save shortly.
  useEffect(() => {
    latest.current = draft;
    if (draft === base.current) return;
    clearTimeout(backupTimer.current);
    backupTimer.current = setTimeout(backupNow, BACKUP_DELAY_MS);
    if (conflictsRef.current.length > 0) return;
    if (statusRef.current !== 'offline') setStatus('unsaved');
    if (flight.current) again.current = true;
    else schedule(statusRef.current === 'offline' ? MAX_RETRY_MS : AUTOSAVE_DELAY_MS);
  }, [draft, backupNow, schedule, setStatus]);

  // Offer back what a previous visit could not save.
  useEffect(() => {
    const backup = readBackup(topicId);
    // Browser storage exists only after hydration, so this cannot be initial state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (backup && computeChanges(backup.base, backup.draft).length > 0) setOffer(backup);
    else if (backup) clearBackup(topicId);
  }, [topicId]);

  // Ctrl/Cmd+S saves now; coming back online retries; leaving with unsaved edits asks first.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current('save');
      }
    };
    const onOnline = () => void saveRef.current('autosave');
    const onLeave = (event: BeforeUnloadEvent) => {
      if (statusRef.current === 'saved') return;
      backupNow();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('online', onOnline);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [backupNow]);

  const resolveConflict = useCallback(
    (conflict: Conflict, choice: 'mine' | 'theirs') => {
      if (choice === 'theirs') {
        const next = applyChanges(latest.current, [takeTheirsChange(conflict)], 'force').document;
        latest.current = next;
        setDraft(next);
      }
      conflictsRef.current = conflictsRef.current.filter((c) => c !== conflict);
      setConflicts(conflictsRef.current);
      if (conflictsRef.current.length === 0) {
        setStatus('unsaved');
        schedule(0);
      }
    },
    [schedule, setDraft, setStatus],
  );

  const restoreOffer = useCallback(() => {
    if (!offer) return;
    base.current = offer.base;
    version.current = offer.version;
    latest.current = offer.draft;
    setDraft(offer.draft);
    setOffer(null);
    setStatus('unsaved');
    schedule(0);
  }, [offer, schedule, setDraft, setStatus]);

  const discardOffer = useCallback(() => {
    clearBackup(topicId);
    setOffer(null);
  }, [topicId]);

  /** Saves whatever is pending; true when the server has everything. */
  const flush = useCallback(async () => {
    await save('save');
    return statusRef.current === 'saved';
  }, [save]);

  /** After a publish: the server's document and version, with edits made meanwhile kept. */
  const acceptServerState = useCallback(
    (document: TopicDocument, nextVersion: number) => {
      version.current = nextVersion;
      if (adopt(document, base.current)) schedule(AUTOSAVE_DELAY_MS);
    },
    [adopt, schedule],
  );

  return {
    status,
    saves,
    conflicts,
    issues,
    message,
    offer,
    backupFailed,
    saveNow: () => save('save'),
    flush,
    version: () => version.current,
    resolveConflict,
    restoreOffer,
    discardOffer,
    acceptServerState,
  };
}
