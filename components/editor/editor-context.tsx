'use client';

import { createContext, useContext } from 'react';
import type { QuoteUse } from '@/lib/drafts/editor-queries';
import type { DraftEdit } from '@/lib/drafts/draft-edits';

// Two contexts so that typing (which changes the draft) re-renders only the edited item:
// `edit` never changes identity, and the field messages change only when a save is checked.

export type EditorActions = {
  edit: (edit: DraftEdit) => void;
  /** A deletion that can be undone from the toast for a few seconds. */
  removeWithUndo: (edit: Extract<DraftEdit, { type: 'remove' }>, label: string) => void;
  /** For each quote on the page, the other topics citing it (editing it changes them too). */
  quoteUses: Record<string, QuoteUse[]>;
  /** A quote taken from the library: where else it is cited, known before any save. */
  noteQuoteUses: (quoteId: string, uses: QuoteUse[]) => void;
  /** Shared quotes the analyst chose to change everywhere; the others wait for that choice. */
  sharedEditsAllowed: ReadonlySet<string>;
  allowSharedEdit: (quoteId: string) => void;
  topicId: string;
};

export const EditorActionsContext = createContext<EditorActions | null>(null);
export const FieldIssuesContext = createContext<Map<string, string>>(new Map());
/**
 * Called when a field is left: from then on a field that is still empty says so. Messages
 * about what is missing wait for this (or for a publish attempt), so adding a camp or a quote
 * does not greet the analyst with red.
 */
export const FieldLeftContext = createContext<(key: string) => void>(() => {});
/** Ids of the items that stop publishing (incomplete, no speaker…), marked beside each item. */
export const BlockedItemsContext = createContext<ReadonlySet<string>>(new Set());

export function useEditorActions(): EditorActions {
  const actions = useContext(EditorActionsContext);
  if (!actions) throw new Error('useEditorActions outside the topic editor');
  return actions;
}

/** The message for one field (`<item id>.<field>`), if the last check found a problem. */
export function useFieldIssue(key: string): string | undefined {
  return useContext(FieldIssuesContext).get(key);
}

export const newId = () => crypto.randomUUID();
