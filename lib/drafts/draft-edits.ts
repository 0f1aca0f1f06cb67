// The editor's edits as pure functions on a topic document: insert, update, remove and move an
// item of any list (points, camps, the blocks of one of them, list items, changelog, sources,
// sister topics). Unchanged items keep their identity, so the editor re-renders only what an
// edit touched, even on a topic with 2,000 blocks.
import { relabelCamps } from '@/lib/topics/camp-labels';
import type { TopicDocument } from '@/lib/topics/document';
import type { ListKey } from './changeset';

type Item = { id: string } & Record<string, unknown>;

export type DraftEdit =
  | { type: 'topic'; patch: Partial<Pick<TopicDocument, 'titleZh' | 'titleEn' | 'slug'>> }
  | { type: 'view'; view: TopicDocument['view'] }
  | { type: 'insert'; list: ListKey; index: number; item: Item }
  | { type: 'update'; list: ListKey; id: string; patch: Record<string, unknown> }
  | { type: 'remove'; list: ListKey; id: string }
  | { type: 'move'; list: ListKey; id: string; toList: ListKey; toIndex: number }
  | { type: 'replace'; document: TopicDocument };

const SECTION_LISTS = ['consensus', 'camps'] as const;

export function getList(doc: TopicDocument, list: ListKey): Item[] {
  if (list.startsWith('blocks:')) {
    const id = list.slice('blocks:'.length);
    return (doc.consensus.find((p) => p.id === id) ?? doc.camps.find((c) => c.id === id))?.blocks ?? [];
  }
  return doc[list as Exclude<ListKey, `blocks:${string}`>] as Item[];
}

function setList(doc: TopicDocument, list: ListKey, items: Item[]): TopicDocument {
  if (!list.startsWith('blocks:')) return { ...doc, [list]: items };
  const id = list.slice('blocks:'.length);
  for (const key of SECTION_LISTS) {
    const index = (doc[key] as Item[]).findIndex((section) => section.id === id);
    if (index < 0) continue;
    const sections = [...doc[key]] as typeof doc.camps;
    sections[index] = { ...sections[index]!, blocks: items as typeof sections[number]['blocks'] };
    return { ...doc, [key]: sections };
  }
  return doc;
}

export function applyEdit(doc: TopicDocument, edit: DraftEdit): TopicDocument {
  const next = applyOne(doc, edit);
  // Camp letters follow position (unless pinned): any change to the list of camps re-letters it.
  return next !== doc && 'list' in edit && edit.list === 'camps' ? { ...next, camps: relabelCamps(next.camps) } : next;
}

function applyOne(doc: TopicDocument, edit: DraftEdit): TopicDocument {
  switch (edit.type) {
    case 'topic':
      return { ...doc, ...edit.patch };
    case 'view':
      return { ...doc, view: edit.view };
    case 'replace':
      return edit.document;
    case 'insert': {
      const items = [...getList(doc, edit.list)];
      items.splice(Math.max(0, Math.min(edit.index, items.length)), 0, edit.item);
      return setList(doc, edit.list, items);
    }
    case 'update':
      return setList(doc, edit.list, getList(doc, edit.list).map((item) => (item.id === edit.id ? { ...item, ...edit.patch } : item)));
    case 'remove':
      return setList(doc, edit.list, getList(doc, edit.list).filter((item) => item.id !== edit.id));
    case 'move': {
      const item = getList(doc, edit.list).find((entry) => entry.id === edit.id);
      if (!item) return doc;
      const without = setList(doc, edit.list, getList(doc, edit.list).filter((entry) => entry.id !== edit.id));
      const target = [...getList(without, edit.toList)];
      target.splice(Math.max(0, Math.min(edit.toIndex, target.length)), 0, item);
      return setList(without, edit.toList, target);
    }
  }
}
