'use client';

import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { EditorState } from '@/lib/drafts/editor-queries';
import { applyEdit, getList, type DraftEdit } from '@/lib/drafts/draft-edits';
import { publishBlockers, publishWarnings } from '@/lib/drafts/publish-blockers';
import { DifferencesPanel } from '@/components/transcripts/differences-panel';
import { FindInTranscripts } from '@/components/transcripts/find-in-transcripts';
import { ProvenanceContext, type Provenance } from '@/components/transcripts/provenance-context';
import { TranscriptPanel } from '@/components/transcripts/transcript-panel';
import { differenceBlockers } from '@/lib/provenance/publish-differences';
import type { TopicDocument } from '@/lib/topics/document';
import { citedInterviews } from '@/lib/topics/page-sources';
import { incompleteItems } from '@/lib/topics/publishable';
import { ConflictPanel } from './conflict-panel';
import { EditorBar } from './editor-bar';
import { BlockedItemsContext, EditorActionsContext, FieldIssuesContext, FieldLeftContext, type EditorActions } from './editor-context';
import { ChangelogEditor, SourcesEditor, TextListEditor, TitleEditor, ViewEditor } from './page-fields-editor';
import { PublishPanel } from './publish-panel';
import { CampsEditor, ConsensusEditor, FOLD_ABOVE_BLOCKS } from './sections-editor';
import { TrashTopicButton } from './trash-topic-button';
import { ShortcutsHelp } from './shortcuts-help';
import { useBlockShortcuts } from './use-block-shortcuts';
import { useDraftSync } from './use-draft-sync';
import { useSectionEvidence } from './use-section-evidence';

type Undo = { label: string; edit: DraftEdit; at: number };
const UNDO_MS = 10_000;

/** The whole topic editor: one draft document in memory, kept in step with the server. */
export function TopicEditor({ topicId, initial, transcriptInterviews }: { topicId: string; initial: EditorState; transcriptInterviews: string[] }) {
  const [draft, dispatch] = useReducer(applyEdit, initial.document);
  const [startFolded] = useState(() => [...initial.document.consensus, ...initial.document.camps].reduce((n, s) => n + s.blocks.length, 0) > FOLD_ABOVE_BLOCKS);
  const [published, setPublished] = useState(initial.published);
  const [undo, setUndo] = useState<Undo | null>(null);
  const draftRef = useRef<TopicDocument>(draft);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  const setDraft = useCallback((document: TopicDocument) => dispatch({ type: 'replace', document }), []);
  const sync = useDraftSync({ topicId, initialDocument: initial.document, initialVersion: initial.version, draft, setDraft });

  const [quoteUses, setQuoteUses] = useState(initial.quoteUses);
  const [sharedEditsAllowed, setSharedEditsAllowed] = useState<ReadonlySet<string>>(() => new Set());
  const actions = useMemo<EditorActions>(
    () => ({
      edit: dispatch,
      removeWithUndo: (edit, label) => {
        const items = getList(draftRef.current, edit.list);
        const index = items.findIndex((item) => item.id === edit.id);
        if (index < 0) return;
        dispatch(edit);
        setUndo({ label, edit: { type: 'insert', list: edit.list, index, item: items[index]! }, at: Date.now() });
      },
      quoteUses,
      noteQuoteUses: (quoteId, uses) => {
        const others = uses.filter((use) => use.topicId !== topicId);
        if (others.length > 0) setQuoteUses((all) => ({ ...all, [quoteId]: others }));
      },
      sharedEditsAllowed,
      allowSharedEdit: (quoteId) => setSharedEditsAllowed((all) => new Set([...all, quoteId])),
      topicId,
    }),
    [quoteUses, sharedEditsAllowed, topicId],
  );

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  // Fields the analyst has left, and whether publishing was attempted: only then does a field
  // that is merely incomplete say so. A field over its limit says so at once (it stops saving).
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [publishAttempted, setPublishAttempted] = useState(false);
  const onFieldLeft = useCallback((key: string) => setLeft((all) => (all.has(key) ? all : new Set([...all, key]))), []);
  const incomplete = useMemo(() => incompleteItems(draft), [draft]);
  // Serialised, so the contexts change identity only when what they say changes, not on every
  // keystroke: every field reads them, and re-rendering all of them would make typing slow.
  const issuesKey = JSON.stringify([
    ...incomplete
      .filter((item) => publishAttempted || [...left].some((key) => key === item.field || key.startsWith(`${item.field}.`)))
      .map((item) => [item.field, item.fieldMessage]),
    ...sync.issues.map((issue) => [issue.key, issue.message]),
  ]);
  const issues = useMemo(() => new Map(JSON.parse(issuesKey) as [string, string][]), [issuesKey]);
  const blockers = useMemo(() => [...publishBlockers(draft), ...differenceBlockers(draft)], [draft]);
  const blockedKey = blockers.map((b) => b.blockId).join(' ');
  const blockedItems = useMemo(() => new Set(blockedKey.split(' ')), [blockedKey]);
  const warnings = useMemo(() => publishWarnings(draft), [draft]);
  const cited = useMemo(() => citedInterviews({ consensus: draft.consensus, camps: draft.camps }), [draft.consensus, draft.camps]);
  const evidence = useSectionEvidence(draft, quoteUses);
  const [withTranscripts, setWithTranscripts] = useState(() => new Set(transcriptInterviews));
  const { acceptServerState } = sync;
  const provenance = useMemo<Provenance>(
    () => ({
      transcriptInterviews: withTranscripts,
      markTranscript: (interviewId) => setWithTranscripts((all) => (all.has(interviewId) ? all : new Set([...all, interviewId]))),
      adopt: acceptServerState,
    }),
    [withTranscripts, acceptServerState],
  );
  const sections = useMemo(
    () => [
      ...draft.consensus.map((p, i) => ({ list: `blocks:${p.id}` as const, label: `共识 ${i + 1} · Point ${i + 1}: ${p.statement.slice(0, 40)}` })),
      ...draft.camps.map((c) => ({ list: `blocks:${c.id}` as const, label: `阵营 ${c.label} · Camp ${c.label}: ${c.stance.slice(0, 40)}` })),
    ],
    [draft.consensus, draft.camps],
  );
  // Problems no single field shows: too many camps or blocks for one page.
  const pageIssues = useMemo(() => sync.issues.filter((issue) => /^topic\.(item|consensus|camps)$/.test(issue.key)), [sync.issues]);
  const [savesAtPublish, setSavesAtPublish] = useState<number | null>(null);
  const unpublishedChanges = savesAtPublish === null ? initial.unpublishedChanges || sync.saves > 0 : sync.saves > savesAtPublish;
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const toggleShortcuts = useCallback(() => setShortcutsOpen((open) => !open), []);
  useBlockShortcuts(draft, dispatch, toggleShortcuts);
  // Benchmarks and tests wait for this: the editor has hydrated and takes input.
  useEffect(() => {
    document.documentElement.dataset.editorReady = 'true';
    return () => void delete document.documentElement.dataset.editorReady;
  }, []);

  return (
    <EditorActionsContext.Provider value={actions}>
      <ProvenanceContext.Provider value={provenance}>
      <FieldIssuesContext.Provider value={issues}>
      <FieldLeftContext.Provider value={onFieldLeft}>
      <BlockedItemsContext.Provider value={blockedItems}>
        <EditorBar
          topicId={topicId}
          titleZh={draft.titleZh}
          titleEn={draft.titleEn}
          save={{ status: sync.status, message: sync.message, issueCount: sync.issues.length, backupFailed: sync.backupFailed, saveNow: () => void sync.saveNow() }}
          blockerCount={blockers.length}
          pageIssues={pageIssues}
          unpublishedChanges={unpublishedChanges && Boolean(published)}
          onShortcuts={toggleShortcuts}
        />
        {shortcutsOpen && <ShortcutsHelp onClose={() => setShortcutsOpen(false)} />}

        {sync.offer && (
          <div role="alert" className="mt-3 rounded border border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-950">
            <p>
              这个浏览器里有 {new Date(sync.offer.savedAt).toLocaleString()} 未能保存的修改。 · This browser holds edits from {new Date(sync.offer.savedAt).toLocaleString()} that were not saved.
            </p>
            <div className="mt-2 flex gap-2">
              <button type="button" onClick={sync.restoreOffer} className="rounded bg-stone-800 px-2 py-1 text-xs text-white dark:bg-stone-200 dark:text-stone-900">
                恢复并保存 · Restore and save
              </button>
              <button type="button" onClick={sync.discardOffer} className="rounded border border-stone-400 px-2 py-1 text-xs">
                丢弃 · Discard
              </button>
            </div>
          </div>
        )}

        <div className="mt-4 space-y-8 pb-24">
          <ConflictPanel conflicts={sync.conflicts} onResolve={sync.resolveConflict} />
          <PublishPanel
            topicId={topicId}
            published={published}
            blockers={blockers}
            attempted={publishAttempted}
            onAttempt={() => setPublishAttempted(true)}
            warnings={warnings}
            evidenceWarnings={evidence.warnings}
            onConfirmAll={() => {
              for (const warning of warnings) dispatch({ type: 'update', list: warning.list, id: warning.blockId, patch: { speakersInferredFrom: null } });
            }}
            flush={sync.flush}
            version={sync.version}
            onPublished={(result) => {
              sync.acceptServerState(result.document, result.version);
              setPublished({ slug: result.slug, publishNumber: result.publishNumber });
              setSavesAtPublish(sync.saves);
            }}
            onUnpublished={() => setPublished(null)}
          />
          <DifferencesPanel draft={draft} />
          <FindInTranscripts />
          <TranscriptPanel sections={sections} />
          <TitleEditor titleZh={draft.titleZh} titleEn={draft.titleEn} slug={draft.slug} published={Boolean(published)} />
          <SourcesEditor sources={draft.sources} cited={cited} sisterTopics={draft.sisterTopics} topicId={topicId} />
          <ConsensusEditor points={draft.consensus} startFolded={startFolded} evidence={evidence.bySection} />
          <CampsEditor camps={draft.camps} startFolded={startFolded} evidence={evidence.bySection} />
          <TextListEditor list="blindSpots" title="都没说透的 · Blind spots" items={draft.blindSpots} addLabel="盲点 · Add blind spot" />
          <ViewEditor view={draft.view} />
          <TextListEditor list="openQuestions" title="还想知道什么 · Open questions" items={draft.openQuestions} addLabel="问题 · Add question" />
          <ChangelogEditor entries={draft.changelog} />
          <TrashTopicButton topicId={topicId} />
        </div>

        {undo && (
          <div role="status" className="fixed bottom-4 left-1/2 z-30 flex -translate-x-1/2 items-center gap-3 rounded bg-stone-900 px-4 py-2 text-sm text-white shadow-lg">
            已删除 · Deleted: {undo.label}
            <button
              type="button"
              className="font-semibold underline"
              onClick={() => {
                dispatch(undo.edit);
                setUndo(null);
              }}
            >
              撤销 · Undo
            </button>
          </div>
        )}
      </BlockedItemsContext.Provider>
      </FieldLeftContext.Provider>
      </FieldIssuesContext.Provider>
      </ProvenanceContext.Provider>
    </EditorActionsContext.Provider>
  );
}
