// A save is a changeset: the items the analyst changed, each with the state it was based on.
// The browser computes it from the last saved document and the draft on screen; the server
// applies it to the draft as it stands now. An item changed by nobody else since (or already
// equal to what is being saved) takes the new state; an item someone else changed in between
// is a conflict — never a silent overwrite. Because items are compared one by one, two people
// editing different camps or blocks never block each other. No server-only: the browser
// applies the same rules when it rebases unsaved edits onto a newer document.
import type { EditorView, TopicDocument } from '@/lib/topics/document';

/** The ordered lists a document is made of; `blocks:<id>` holds the blocks of a point or camp. */
export type ListKey =
  | 'consensus'
  | 'camps'
  | 'blindSpots'
  | 'openQuestions'
  | 'changelog'
  | 'sources'
  | 'sisterTopics'
  | `blocks:${string}`;

export type ItemType = 'point' | 'camp' | 'block' | 'blindSpot' | 'openQuestion' | 'changelog' | 'source' | 'sisterTopic';

type Item = { id: string } & Record<string, unknown>;

export type TopicFields = Pick<TopicDocument, 'titleZh' | 'titleEn' | 'slug'>;

export type Change =
  | { op: 'topic'; base: TopicFields; next: TopicFields }
  | { op: 'view'; base: EditorView | null; next: EditorView | null }
  | { op: 'item'; type: ItemType; id: string; base: Item | null; next: Item | null }
  | { op: 'order'; list: ListKey; base: string[]; next: string[] };

export type Conflict = {
  change: Change;
  /** What the item is now on the server (null: someone deleted it). */
  theirs: unknown;
};

const FIXED_LISTS: Record<Exclude<ListKey, `blocks:${string}`>, ItemType> = {
  consensus: 'point',
  camps: 'camp',
  blindSpots: 'blindSpot',
  openQuestions: 'openQuestion',
  changelog: 'changelog',
  sources: 'source',
  sisterTopics: 'sisterTopic',
};

export function itemTypeOf(list: ListKey): ItemType {
  return list.startsWith('blocks:') ? 'block' : FIXED_LISTS[list as keyof typeof FIXED_LISTS];
}

const itemKey = (type: ItemType, id: string) => `${type}:${id}`;

type Flat = {
  topic: TopicFields;
  view: EditorView | null;
  items: Map<string, Item>;
  lists: Map<ListKey, string[]>;
  schemaVersion: TopicDocument['schemaVersion'];
  id: string;
};

/** The document as items by key and lists of ids: the shape changes are computed on. */
function flatten(doc: TopicDocument): Flat {
  const items = new Map<string, Item>();
  const lists = new Map<ListKey, string[]>();
  const put = (list: ListKey, entries: Item[]) => {
    const type = itemTypeOf(list);
    lists.set(list, entries.map((entry) => entry.id));
    for (const entry of entries) items.set(itemKey(type, entry.id), entry);
  };
  const withoutBlocks = <T extends { blocks: unknown }>(section: T): Omit<T, 'blocks'> & { id: string } => {
    const copy: Partial<T> = { ...section };
    delete copy.blocks;
    return copy as unknown as Omit<T, 'blocks'> & { id: string };
  };
  put('consensus', doc.consensus.map(withoutBlocks));
  put('camps', doc.camps.map(withoutBlocks));
  for (const section of [...doc.consensus, ...doc.camps]) put(`blocks:${section.id}`, section.blocks);
  put('blindSpots', doc.blindSpots);
  put('openQuestions', doc.openQuestions);
  put('changelog', doc.changelog);
  put('sources', doc.sources);
  put('sisterTopics', doc.sisterTopics);
  return {
    topic: { titleZh: doc.titleZh, titleEn: doc.titleEn, slug: doc.slug },
    view: doc.view,
    items,
    lists,
    schemaVersion: doc.schemaVersion,
    id: doc.id,
  };
}

function unflatten(flat: Flat): TopicDocument {
  const take = <T>(list: ListKey): T[] => {
    const type = itemTypeOf(list);
    return (flat.lists.get(list) ?? []).flatMap((id) => {
      const item = flat.items.get(itemKey(type, id));
      return item ? [item as unknown as T] : [];
    });
  };
  const withBlocks = <T extends { id: string }>(sections: T[]) =>
    sections.map((section) => ({ ...section, blocks: take<TopicDocument['camps'][number]['blocks'][number]>(`blocks:${section.id}`) }));
  return {
    schemaVersion: flat.schemaVersion,
    id: flat.id,
    ...flat.topic,
    changelog: take('changelog'),
    consensus: withBlocks(take<Omit<TopicDocument['consensus'][number], 'blocks'>>('consensus')),
    camps: withBlocks(take<Omit<TopicDocument['camps'][number], 'blocks'>>('camps')),
    blindSpots: take('blindSpots'),
    view: flat.view,
    openQuestions: take('openQuestions'),
    sources: take('sources'),
    sisterTopics: take('sisterTopics'),
  };
}

// What two states of an item are compared on. References to speakers, interviews and topics
// count by id only, so renaming a speaker in the library is not a conflict in every topic;
// a quote's own words do count, since they are what the analyst edits.
function comparable(type: ItemType, item: unknown): unknown {
  if (item === null || item === undefined) return null;
  const ref = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : null);
  const record = item as Record<string, unknown>;
  if (type === 'source' || type === 'sisterTopic') return record.id;
  if (type === 'camp') return { ...record, members: ((record.members as unknown[]) ?? []).map(ref) };
  if (type !== 'block') return record;
  if (record.kind === 'paraphrase') return { ...record, speaker: ref(record.speaker), interview: ref(record.interview) };
  if (record.kind === 'quote') {
    const quote = record.quote as Record<string, unknown>;
    return {
      ...record,
      seeAlso: ref(record.seeAlso),
      quote: { ...quote, speakers: ((quote.speakers as unknown[]) ?? []).map(ref), interview: ref(quote.interview) },
    };
  }
  return record;
}

/** Deep equality that ignores key order (documents from the server and the browser differ in it). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A missing optional field and an explicit null mean the same thing.
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameValue(value, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

const sameItem = (type: ItemType, a: unknown, b: unknown) => sameValue(comparable(type, a), comparable(type, b));
const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Everything that differs between the saved document and the draft, item by item. */
export function computeChanges(base: TopicDocument, draft: TopicDocument): Change[] {
  const before = flatten(base);
  const after = flatten(draft);
  const changes: Change[] = [];
  if (!sameValue(before.topic, after.topic)) changes.push({ op: 'topic', base: before.topic, next: after.topic });
  if (!sameValue(before.view, after.view)) changes.push({ op: 'view', base: before.view, next: after.view });
  for (const key of new Set([...before.items.keys(), ...after.items.keys()])) {
    const previous = before.items.get(key) ?? null;
    const next = after.items.get(key) ?? null;
    if (sameValue(previous, next)) continue;
    const [type, ...rest] = key.split(':') as [ItemType, ...string[]];
    changes.push({ op: 'item', type, id: rest.join(':'), base: previous, next });
  }
  for (const list of new Set([...before.lists.keys(), ...after.lists.keys()])) {
    const previous = before.lists.get(list) ?? [];
    const next = after.lists.get(list) ?? [];
    if (!sameOrder(previous, next)) changes.push({ op: 'order', list, base: previous, next });
  }
  return changes;
}

/**
 * Three-way merge of one list's order. The analyst's order wins for the items they saw;
 * items someone else added meanwhile stay after the neighbour they were added behind, and
 * items someone else removed stay removed.
 */
export function mergeOrder(base: readonly string[], current: readonly string[], next: readonly string[]): string[] {
  if (sameOrder(current, base) || sameOrder(current, next)) return [...next];
  const inBase = new Set(base);
  const inCurrent = new Set(current);
  const result = next.filter((id) => inCurrent.has(id) || !inBase.has(id));
  const placed = new Set(result);
  current.forEach((id, index) => {
    if (inBase.has(id) || placed.has(id)) return;
    let predecessor = index - 1;
    while (predecessor >= 0 && !placed.has(current[predecessor]!)) predecessor -= 1;
    const at = predecessor < 0 ? 0 : result.indexOf(current[predecessor]!) + 1;
    result.splice(at, 0, id);
    placed.add(id);
  });
  return result;
}

export type ApplyResult = { document: TopicDocument; conflicts: Conflict[] };

/**
 * Applies changes to the document as it is now. `force` takes every change regardless
 * (the browser uses it to keep the analyst's own text while a conflict is being resolved).
 */
export function applyChanges(current: TopicDocument, changes: readonly Change[], mode: 'merge' | 'force' = 'merge'): ApplyResult {
  const flat = flatten(current);
  const conflicts: Conflict[] = [];
  const accepts = (type: ItemType | 'topic' | 'view', now: unknown, base: unknown, next: unknown) => {
    const same = type === 'topic' || type === 'view' ? sameValue : (a: unknown, b: unknown) => sameItem(type, a, b);
    return mode === 'force' || same(now, base) || same(now, next);
  };
  for (const change of changes) {
    if (change.op === 'topic') {
      if (accepts('topic', flat.topic, change.base, change.next)) flat.topic = change.next;
      else conflicts.push({ change, theirs: flat.topic });
    } else if (change.op === 'view') {
      if (accepts('view', flat.view, change.base, change.next)) flat.view = change.next;
      else conflicts.push({ change, theirs: flat.view });
    } else if (change.op === 'item') {
      const key = itemKey(change.type, change.id);
      const now = flat.items.get(key) ?? null;
      if (!accepts(change.type, now, change.base, change.next)) conflicts.push({ change, theirs: now });
      else if (change.next) flat.items.set(key, change.next);
      else flat.items.delete(key);
    } else {
      flat.lists.set(change.list, mergeOrder(change.base, flat.lists.get(change.list) ?? [], change.next));
    }
  }
  // Rows conflicting on content keep their place in the order; a kept change whose container
  // someone deleted would vanish silently, so it is reported instead.
  const document = unflatten(flat);
  const placed = flatten(document).items;
  for (const change of changes) {
    if (change.op !== 'item' || !change.next || conflicts.some((conflict) => conflict.change === change)) continue;
    if (!placed.has(itemKey(change.type, change.id))) conflicts.push({ change, theirs: null });
  }
  return { document, conflicts };
}

/** The change as the analyst sees it in a conflict list: which kind of item, and its id. */
export function describeChange(change: Change): { type: ItemType | 'topic' | 'view' | 'order'; id: string } {
  if (change.op === 'item') return { type: change.type, id: change.id };
  if (change.op === 'order') return { type: 'order', id: change.list };
  return { type: change.op, id: change.op };
}
