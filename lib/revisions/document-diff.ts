// What changed between two versions of a topic document. Items are matched by their stable
// ids, so a reorder reads as "moved" rather than "deleted and added"; inside changed text the
// diff is by word for English and by character for Chinese (lib/text/token-diff.ts).
//
// Work is bounded per document, not only per field: each text field's diff is capped at
// MAX_TEXT_DIFF_EDITS tokens, and the fields of one comparison share MAX_DOCUMENT_DIFF_EDITS;
// once that is spent, the remaining changed fields are shown replaced whole. Item order is an
// LCS over ids, at most LIMITS.blocks (2,000) per list: 4 M cells, 16 MB at worst.
import { diffTextBounded, MAX_TEXT_DIFF_EDITS, type TextChange } from '@/lib/text/token-diff';
import { CONFIDENCE_LEVELS, type Block, type ConfidenceLevel, type TopicDocument } from '@/lib/topics/document';

export type ItemStatus = 'same' | 'added' | 'removed' | 'moved' | 'changed' | 'moved-changed';

export type ItemDiff<T> = {
  id: string;
  status: ItemStatus;
  before: T | null;
  after: T | null;
  /** Per changed text field: the runs of same, added and removed text. */
  text: Record<string, TextChange[]>;
};

export type SectionDiff<T> = ItemDiff<T> & { blocks: ItemDiff<Block>[] };

export type DocumentDiff = {
  title: Record<string, TextChange[]>;
  consensus: SectionDiff<TopicDocument['consensus'][number]>[];
  camps: (SectionDiff<TopicDocument['camps'][number]> & { membersAdded: string[]; membersRemoved: string[] })[];
  blindSpots: ItemDiff<{ id: string; text: string }>[];
  openQuestions: ItemDiff<{ id: string; text: string }>[];
  view: { confidence: { from: ConfidenceLevel | null; to: ConfidenceLevel | null } | null; text: Record<string, TextChange[]> };
  sources: { added: TopicDocument['sources']; removed: TopicDocument['sources'] };
  sisterTopics: { added: TopicDocument['sisterTopics']; removed: TopicDocument['sisterTopics'] };
  changed: boolean;
};

/** Ids common to both lists that keep their relative order (a longest common subsequence). */
function stayedInOrder(before: string[], after: string[]): Set<string> {
  const common = new Set(after);
  const a = before.filter((id) => common.has(id));
  const inA = new Set(a);
  const b = after.filter((id) => inA.has(id));
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return kept;
}

/** Tokens added and removed that one document comparison may search for, over all its fields. */
export const MAX_DOCUMENT_DIFF_EDITS = 2 * MAX_TEXT_DIFF_EDITS;

type Budget = { edits: number };

function textChanges(fields: Record<string, [string, string]>, budget: Budget): Record<string, TextChange[]> {
  const out: Record<string, TextChange[]> = {};
  for (const [field, [before, after]] of Object.entries(fields)) {
    if (before === after) continue;
    const { runs, spent } = diffTextBounded(before, after, Math.min(MAX_TEXT_DIFF_EDITS, budget.edits));
    budget.edits -= spent;
    out[field] = runs;
  }
  return out;
}

/** Diffs two ordered lists of items with ids; `fields` names the texts compared inside an item. */
function diffList<T extends { id: string }>(
  budget: Budget,
  before: T[],
  after: T[],
  fields: (item: T) => Record<string, string>,
  equal: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): ItemDiff<T>[] {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const inOrder = stayedInOrder(before.map((item) => item.id), after.map((item) => item.id));
  const result: ItemDiff<T>[] = [];
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) {
      result.push({ id: item.id, status: 'added', before: null, after: item, text: {} });
      continue;
    }
    const moved = !inOrder.has(item.id);
    const changed = !equal(old, item);
    const oldFields = fields(old);
    const newFields = fields(item);
    const text = textChanges(Object.fromEntries(Object.keys(newFields).map((key) => [key, [oldFields[key] ?? '', newFields[key]!]])), budget);
    const status: ItemStatus = moved ? (changed ? 'moved-changed' : 'moved') : changed ? 'changed' : 'same';
    result.push({ id: item.id, status, before: old, after: item, text });
  }
  // Removed items are shown where they used to be: before the item that followed them, and
  // before anything added in their place (a replacement reads as "this, then that").
  before.forEach((item, index) => {
    if (afterIds.has(item.id)) return;
    const next = before.slice(index + 1).find((candidate) => afterIds.has(candidate.id));
    let at = next ? result.findIndex((entry) => entry.id === next.id) : result.length;
    while (at > 0 && result[at - 1]!.status === 'added') at -= 1;
    result.splice(at, 0, { id: item.id, status: 'removed', before: item, after: null, text: {} });
  });
  return result;
}

function blockFields(block: Block): Record<string, string> {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return { text: block.text };
    case 'paraphrase':
      return { text: block.text, reason: block.reason };
    case 'quote':
      return { original: block.quote.original?.text ?? '', translation: block.quote.translation?.text ?? '' };
  }
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

export function diffDocuments(before: TopicDocument, after: TopicDocument): DocumentDiff {
  const budget: Budget = { edits: MAX_DOCUMENT_DIFF_EDITS };
  const sectionWithBlocks = <S extends { id: string; blocks: Block[] }>(b: S[], a: S[], fields: (s: S) => Record<string, string>) =>
    diffList(budget, b, a, fields, (x, y) => JSON.stringify({ ...x, blocks: 0 }) === JSON.stringify({ ...y, blocks: 0 }) && JSON.stringify(x.blocks) === JSON.stringify(y.blocks)).map(
      (entry) => ({ ...entry, blocks: diffList(budget, entry.before?.blocks ?? [], entry.after?.blocks ?? [], blockFields) }),
    );

  const consensus = sectionWithBlocks(before.consensus, after.consensus, (point) => ({ statement: point.statement }));
  const camps = sectionWithBlocks(before.camps, after.camps, (camp) => ({ stance: camp.stance, holders: camp.holders, label: camp.label })).map((entry) => {
    const old = new Set(entry.before?.members.map((m) => m.id) ?? []);
    const now = new Set(entry.after?.members.map((m) => m.id) ?? []);
    return {
      ...entry,
      membersAdded: (entry.after?.members ?? []).filter((m) => !old.has(m.id)).map((m) => m.name),
      membersRemoved: (entry.before?.members ?? []).filter((m) => !now.has(m.id)).map((m) => m.name),
    };
  });
  const listItem = (item: { text: string }) => ({ text: item.text });
  const sourcesBefore = byId(before.sources);
  const sourcesAfter = byId(after.sources);
  const sistersBefore = byId(before.sisterTopics);
  const sistersAfter = byId(after.sisterTopics);
  const fromConfidence = before.view?.confidence ?? null;
  const toConfidence = after.view?.confidence ?? null;

  const diff: DocumentDiff = {
    title: textChanges({ titleZh: [before.titleZh, after.titleZh], titleEn: [before.titleEn, after.titleEn] }, budget),
    consensus,
    camps,
    blindSpots: diffList(budget, before.blindSpots, after.blindSpots, listItem),
    openQuestions: diffList(budget, before.openQuestions, after.openQuestions, listItem),
    view: {
      confidence: fromConfidence === toConfidence ? null : { from: fromConfidence, to: toConfidence },
      text: textChanges({
        judgment: [before.view?.judgment ?? '', after.view?.judgment ?? ''],
        strongestSupport: [before.view?.strongestSupport ?? '', after.view?.strongestSupport ?? ''],
        weakestLink: [before.view?.weakestLink ?? '', after.view?.weakestLink ?? ''],
      }, budget),
    },
    sources: {
      added: after.sources.filter((s) => !sourcesBefore.has(s.id)),
      removed: before.sources.filter((s) => !sourcesAfter.has(s.id)),
    },
    sisterTopics: {
      added: after.sisterTopics.filter((t) => !sistersBefore.has(t.id)),
      removed: before.sisterTopics.filter((t) => !sistersAfter.has(t.id)),
    },
    changed: false,
  };
  const sectionsChanged = [...consensus, ...camps].some(
    (entry) => entry.status !== 'same' || entry.blocks.some((block) => block.status !== 'same'),
  );
  diff.changed =
    Object.keys(diff.title).length > 0 ||
    sectionsChanged ||
    [...diff.blindSpots, ...diff.openQuestions].some((entry) => entry.status !== 'same') ||
    diff.view.confidence !== null ||
    Object.keys(diff.view.text).length > 0 ||
    diff.sources.added.length + diff.sources.removed.length + diff.sisterTopics.added.length + diff.sisterTopics.removed.length > 0;
  return diff;
}

export const confidenceRank = (level: ConfidenceLevel) => CONFIDENCE_LEVELS.indexOf(level);
