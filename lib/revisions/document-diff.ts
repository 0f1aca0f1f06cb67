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
  /**
   * What else changed, as the page shows it (a quote's speakers, interview, timecode): a changed
   * item always says what changed, even when none of its text did.
   */
  details: DetailChange[];
};

/** A changed detail of an item, each side as a short line (empty: it had none). */
export type DetailChange = { field: DetailField; before: string; after: string };
export type DetailField = 'label' | 'speakers' | 'interview' | 'timecode' | 'anchor' | 'language' | 'inferred' | 'seeAlso' | 'other';

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

/** The details two versions of an item differ in; `other` when only something unshown did. */
function detailChanges<T>(before: T, after: T, details: (item: T) => Partial<Record<DetailField, string>>, textChanged: boolean): DetailChange[] {
  const old = details(before);
  const now = details(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])] as DetailField[];
  const changes = fields.filter((field) => (old[field] ?? '') !== (now[field] ?? '')).map((field) => ({ field, before: old[field] ?? '', after: now[field] ?? '' }));
  return changes.length > 0 || textChanged ? changes : [{ field: 'other', before: '', after: '' }];
}

/** Diffs two ordered lists of items with ids; `fields` names the texts compared inside an item. */
function diffList<T extends { id: string }>(
  budget: Budget,
  before: T[],
  after: T[],
  fields: (item: T) => Record<string, string>,
  equal: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
  details: (item: T) => Partial<Record<DetailField, string>> = () => ({}),
): ItemDiff<T>[] {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const inOrder = stayedInOrder(before.map((item) => item.id), after.map((item) => item.id));
  const result: ItemDiff<T>[] = [];
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) {
      result.push({ id: item.id, status: 'added', before: null, after: item, text: {}, details: [] });
      continue;
    }
    const moved = !inOrder.has(item.id);
    const changed = !equal(old, item);
    const oldFields = fields(old);
    const newFields = fields(item);
    const text = textChanges(Object.fromEntries(Object.keys(newFields).map((key) => [key, [oldFields[key] ?? '', newFields[key]!]])), budget);
    const status: ItemStatus = moved ? (changed ? 'moved-changed' : 'moved') : changed ? 'changed' : 'same';
    const itemDetails = changed ? detailChanges(old, item, details, Object.keys(text).length > 0) : [];
    result.push({ id: item.id, status, before: old, after: item, text, details: itemDetails });
  }
  // Removed items are shown where they used to be: before the item that followed them, and
  // before anything added in their place (a replacement reads as "this, then that").
  before.forEach((item, index) => {
    if (afterIds.has(item.id)) return;
    const next = before.slice(index + 1).find((candidate) => afterIds.has(candidate.id));
    let at = next ? result.findIndex((entry) => entry.id === next.id) : result.length;
    while (at > 0 && result[at - 1]!.status === 'added') at -= 1;
    result.splice(at, 0, { id: item.id, status: 'removed', before: item, after: null, text: {}, details: [] });
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

type SpeakerRef = TopicDocument['camps'][number]['members'][number];
type InterviewRef = NonNullable<Extract<Block, { kind: 'quote' }>['quote']['interview']>;

const speakerLine = (speakers: SpeakerRef[]) => speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join('、');
const interviewLine = (interview: InterviewRef | null) =>
  interview ? [interview.show, interview.episodeNumber && `#${interview.episodeNumber}`, interview.episodeTitle, interview.publishedOn].filter(Boolean).join(' · ') : '';

/** 83,000 ms → "1:23"; an hour or more → "1:02:03". */
export function timecode(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** A block's details beyond its text, as the diff names them. */
function blockDetails(block: Block): Partial<Record<DetailField, string>> {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return {};
    case 'paraphrase':
      return { speakers: block.speaker ? speakerLine([block.speaker]) : '', interview: interviewLine(block.interview) };
    case 'quote': {
      const { quote } = block;
      const anchor = quote.anchor;
      return {
        speakers: speakerLine(quote.speakers),
        interview: interviewLine(quote.interview),
        timecode: anchor ? `${timecode(anchor.startMs)}–${timecode(anchor.endMs)}` : '',
        anchor: anchor ? [anchor.lost ? 'lost' : 'anchored', anchor.differenceNote].filter(Boolean).join(' · ') : '',
        language: [quote.original?.lang, quote.translation?.lang].map((lang) => lang ?? '—').join(' / '),
        inferred: block.speakersInferredFrom ?? '',
        seeAlso: block.seeAlso ? `${block.seeAlso.titleZh} · ${block.seeAlso.titleEn}` : '',
      };
    }
  }
}

/** Sections compare their blocks apart: a section changed only there has nothing else to name. */
function withoutBlockOnlyDetail<T extends { id: string; blocks: Block[] }, E extends ItemDiff<T>>(entry: E): E {
  if (!entry.before || !entry.after) return entry;
  const ownChanged = JSON.stringify({ ...entry.before, blocks: 0 }) !== JSON.stringify({ ...entry.after, blocks: 0 });
  return ownChanged ? entry : { ...entry, details: [] };
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

export function diffDocuments(before: TopicDocument, after: TopicDocument): DocumentDiff {
  const budget: Budget = { edits: MAX_DOCUMENT_DIFF_EDITS };
  const sectionWithBlocks = <S extends { id: string; blocks: Block[] }>(
    b: S[],
    a: S[],
    fields: (s: S) => Record<string, string>,
    details?: (s: S) => Partial<Record<DetailField, string>>,
  ) =>
    diffList(budget, b, a, fields, (x, y) => JSON.stringify({ ...x, blocks: 0 }) === JSON.stringify({ ...y, blocks: 0 }) && JSON.stringify(x.blocks) === JSON.stringify(y.blocks), details).map(
      (entry) => ({ ...entry, blocks: diffList(budget, entry.before?.blocks ?? [], entry.after?.blocks ?? [], blockFields, undefined, blockDetails) }),
    );

  // A section whose own fields are equal "changed" only through its blocks: no detail to name.
  const consensus = sectionWithBlocks(before.consensus, after.consensus, (point) => ({ statement: point.statement })).map(withoutBlockOnlyDetail);
  const camps = sectionWithBlocks(
    before.camps,
    after.camps,
    (camp) => ({ stance: camp.stance, holders: camp.holders, label: camp.label }),
    (camp) => ({ label: camp.labelPinned ? 'pinned' : '' }),
  ).map((entry) => {
    const old = new Set(entry.before?.members.map((m) => m.id) ?? []);
    const now = new Set(entry.after?.members.map((m) => m.id) ?? []);
    const membersAdded = (entry.after?.members ?? []).filter((m) => !old.has(m.id)).map((m) => m.name);
    const membersRemoved = (entry.before?.members ?? []).filter((m) => !now.has(m.id)).map((m) => m.name);
    // Members are shown as added and removed names; they explain a change on their own.
    const membersChanged = membersAdded.length + membersRemoved.length > 0;
    const details = membersChanged ? entry.details.filter((d) => d.field !== 'other') : entry.details;
    return withoutBlockOnlyDetail({ ...entry, details, membersAdded, membersRemoved });
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
