// The changelog line proposed on publish: what changed since the last published version, in the
// page's language only (the line becomes page content, read in one language: 新增阵营 C、修改
// 1 条引语的译文 / "Added camp C; revised the translation of 1 quote"). Pure: the published
// document, the draft and the language in, one line out. Items are matched by their stable ids;
// each kind of change is named once, with a count, in the order the page shows them. Linear in
// the size of both documents (maps by id, no text diff).
import { CONFIDENCE_LEVELS, type Block, type TopicDocument } from '@/lib/topics/document';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import type { PageLanguage } from '@/lib/topics/page-language';

type Phrase = { zh: string; en: string };
type Counted = (n: number) => Phrase;

export const FIRST_PUBLISHED: Phrase = { zh: '首次发布', en: 'First published' };
/** The documents differ only where no reader looks (ids, anchors, confirmations). */
export const MINOR_EDITS: Phrase = { zh: '细节修订', en: 'Minor edits' };
export const NO_CHANGES: Phrase = { zh: '内容无变化', en: 'No changes' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** True when the items both lists hold are not in the same relative order. */
function reordered(before: { id: string }[], after: { id: string }[]) {
  const kept = new Set(after.map((item) => item.id));
  const a = before.map((item) => item.id).filter((id) => kept.has(id));
  const inA = new Set(a);
  const b = after.map((item) => item.id).filter((id) => inA.has(id));
  return a.some((id, i) => id !== b[i]);
}

/** Added, removed and changed items of two lists, by id. */
function compare<T extends { id: string }>(before: T[], after: T[], changed: (a: T, b: T) => boolean = (a, b) => !same(a, b)) {
  const old = byId(before);
  const now = byId(after);
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    changed: after.filter((item) => old.has(item.id) && changed(old.get(item.id)!, item)),
    reordered: reordered(before, after),
  };
}

type Located<B extends Block> = B & { sectionId: string };
/**
 * Every block of a kind in the sections both versions hold, keyed by what identifies it: a
 * quote by its quote (moved between camps, it is the same quote), anything else by its block.
 * A point or camp added or removed is named as such; its blocks go with it.
 */
function blocksOf<K extends Block['kind']>(doc: TopicDocument, kind: K, shared: ReadonlySet<string>) {
  const out: (Located<Extract<Block, { kind: K }>> & { key: string })[] = [];
  for (const section of [...doc.consensus, ...doc.camps]) {
    if (!shared.has(section.id)) continue;
    for (const block of section.blocks) {
      if (block.kind !== kind) continue;
      const typed = block as Extract<Block, { kind: K }>;
      out.push({ ...typed, sectionId: section.id, key: block.kind === 'quote' ? block.quote.id : block.id });
    }
  }
  return out;
}
const keyed = <T extends { key: string }>(items: T[]) => items.map((item) => ({ ...item, id: item.key }));

const PHRASES = {
  title: { zh: '修改标题', en: 'changed the title' },
  address: { zh: '更改网址', en: 'changed the address' },
  pointsAdded: ((n) => ({ zh: `新增 ${n} 条共识`, en: `added ${plural(n, 'consensus point', 'consensus points')}` })) as Counted,
  pointsRemoved: ((n) => ({ zh: `删去 ${n} 条共识`, en: `removed ${plural(n, 'consensus point', 'consensus points')}` })) as Counted,
  pointsEdited: ((n) => ({ zh: `修改 ${n} 条共识`, en: `revised ${plural(n, 'consensus point', 'consensus points')}` })) as Counted,
  pointsOrder: { zh: '调整共识顺序', en: 'reordered the consensus points' },
  campAdded: (label: string) => ({ zh: `新增阵营 ${label}`, en: `added camp ${label}` }),
  campRemoved: (label: string) => ({ zh: `删除阵营 ${label}`, en: `removed camp ${label}` }),
  campRenamed: (from: string, to: string) => ({ zh: `阵营 ${from} 改为 ${to}`, en: `renamed camp ${from} to ${to}` }),
  campStance: (label: string) => ({ zh: `修改阵营 ${label} 的立场`, en: `revised the stance of camp ${label}` }),
  campHolders: (label: string) => ({ zh: `修改阵营 ${label} 的持方`, en: `revised who holds camp ${label}` }),
  campMembers: (label: string) => ({ zh: `调整阵营 ${label} 的成员`, en: `changed the members of camp ${label}` }),
  campOrder: { zh: '调整阵营顺序', en: 'reordered the camps' },
  quotesAdded: ((n) => ({ zh: `补充 ${n} 条引语`, en: `added ${plural(n, 'quote', 'quotes')}` })) as Counted,
  quotesRemoved: ((n) => ({ zh: `删去 ${n} 条引语`, en: `removed ${plural(n, 'quote', 'quotes')}` })) as Counted,
  quotesOriginal: ((n) => ({ zh: `修改 ${n} 条引语的原文`, en: `edited the original of ${plural(n, 'quote', 'quotes')}` })) as Counted,
  quotesTranslation: ((n) => ({ zh: `修改 ${n} 条引语的译文`, en: `revised the translation of ${plural(n, 'quote', 'quotes')}` })) as Counted,
  quotesSource: ((n) => ({ zh: `更正 ${n} 条引语的出处`, en: `corrected the attribution of ${plural(n, 'quote', 'quotes')}` })) as Counted,
  paraphrasesAdded: ((n) => ({ zh: `补充 ${n} 条转述`, en: `added ${plural(n, 'paraphrase', 'paraphrases')}` })) as Counted,
  paraphrasesRemoved: ((n) => ({ zh: `删去 ${n} 条转述`, en: `removed ${plural(n, 'paraphrase', 'paraphrases')}` })) as Counted,
  paraphrasesEdited: ((n) => ({ zh: `修改 ${n} 条转述`, en: `revised ${plural(n, 'paraphrase', 'paraphrases')}` })) as Counted,
  paragraphsAdded: ((n) => ({ zh: `新增 ${n} 段文字`, en: `added ${plural(n, 'paragraph', 'paragraphs')}` })) as Counted,
  paragraphsRemoved: ((n) => ({ zh: `删去 ${n} 段文字`, en: `removed ${plural(n, 'paragraph', 'paragraphs')}` })) as Counted,
  paragraphsEdited: ((n) => ({ zh: `修改 ${n} 段文字`, en: `revised ${plural(n, 'paragraph', 'paragraphs')}` })) as Counted,
  notesAdded: ((n) => ({ zh: `新增 ${n} 条编者注`, en: `added ${plural(n, "editor's note", "editor's notes")}` })) as Counted,
  notesRemoved: ((n) => ({ zh: `删去 ${n} 条编者注`, en: `removed ${plural(n, "editor's note", "editor's notes")}` })) as Counted,
  notesEdited: ((n) => ({ zh: `修改 ${n} 条编者注`, en: `revised ${plural(n, "editor's note", "editor's notes")}` })) as Counted,
  blocksMoved: { zh: '调整内容顺序', en: 'moved passages' },
  blindSpotsAdded: ((n) => ({ zh: `新增 ${n} 处没说透的`, en: `added ${plural(n, 'blind spot', 'blind spots')}` })) as Counted,
  blindSpotsRemoved: ((n) => ({ zh: `删去 ${n} 处没说透的`, en: `removed ${plural(n, 'blind spot', 'blind spots')}` })) as Counted,
  blindSpotsEdited: ((n) => ({ zh: `修改 ${n} 处没说透的`, en: `revised ${plural(n, 'blind spot', 'blind spots')}` })) as Counted,
  viewGiven: (level: keyof typeof CONFIDENCE_LABELS) => ({ zh: `给出判断(把握程度${CONFIDENCE_LABELS[level].zh})`, en: `gave a view (confidence ${CONFIDENCE_LABELS[level].en.toLowerCase()})` }),
  viewWithdrawn: { zh: '撤回判断', en: 'withdrew the view' },
  confidence: (from: keyof typeof CONFIDENCE_LABELS, to: keyof typeof CONFIDENCE_LABELS) => {
    const up = CONFIDENCE_LEVELS.indexOf(to) > CONFIDENCE_LEVELS.indexOf(from);
    return {
      zh: `把握程度从${CONFIDENCE_LABELS[from].zh}${up ? '上调' : '下调'}为${CONFIDENCE_LABELS[to].zh}`,
      en: `${up ? 'raised' : 'lowered'} confidence from ${CONFIDENCE_LABELS[from].en.toLowerCase()} to ${CONFIDENCE_LABELS[to].en.toLowerCase()}`,
    };
  },
  judgment: { zh: '修订判断', en: 'revised the judgment' },
  support: { zh: '修订最强支撑与最弱一环', en: 'revised the strongest support and weakest link' },
  questionsAdded: ((n) => ({ zh: `新增 ${n} 个待解问题`, en: `added ${plural(n, 'open question', 'open questions')}` })) as Counted,
  questionsRemoved: ((n) => ({ zh: `删去 ${n} 个待解问题`, en: `removed ${plural(n, 'open question', 'open questions')}` })) as Counted,
  questionsEdited: ((n) => ({ zh: `修改 ${n} 个待解问题`, en: `revised ${plural(n, 'open question', 'open questions')}` })) as Counted,
  sourcesAdded: ((n) => ({ zh: `新增取材 ${n} 篇`, en: `added ${plural(n, 'source', 'sources')}` })) as Counted,
  sourcesRemoved: ((n) => ({ zh: `移除取材 ${n} 篇`, en: `removed ${plural(n, 'source', 'sources')}` })) as Counted,
  sistersAdded: ((n) => ({ zh: `新增 ${n} 个姊妹主题`, en: `linked ${plural(n, 'sister topic', 'sister topics')}` })) as Counted,
  sistersRemoved: ((n) => ({ zh: `移除 ${n} 个姊妹主题`, en: `unlinked ${plural(n, 'sister topic', 'sister topics')}` })) as Counted,
};

/** Pushes the counted phrases of one list's additions, removals and edits. */
function counts(parts: Phrase[], diff: { added: unknown[]; removed: unknown[]; changed: unknown[] }, added: Counted, removed: Counted, edited: Counted) {
  if (diff.added.length) parts.push(added(diff.added.length));
  if (diff.removed.length) parts.push(removed(diff.removed.length));
  if (diff.changed.length) parts.push(edited(diff.changed.length));
}

/** Every change worth a reader's notice, as phrases in both languages, in page order. */
export function describeChanges(before: TopicDocument, after: TopicDocument): Phrase[] {
  const parts: Phrase[] = [];
  if (before.titleZh !== after.titleZh || before.titleEn !== after.titleEn) parts.push(PHRASES.title);
  if (before.slug !== after.slug) parts.push(PHRASES.address);

  const points = compare(before.consensus, after.consensus, (a, b) => a.statement !== b.statement);
  counts(parts, points, PHRASES.pointsAdded, PHRASES.pointsRemoved, PHRASES.pointsEdited);
  if (points.reordered) parts.push(PHRASES.pointsOrder);

  const camps = compare(before.camps, after.camps, () => false);
  const oldCamps = byId(before.camps);
  for (const camp of camps.added) parts.push(PHRASES.campAdded(camp.label));
  for (const camp of camps.removed) parts.push(PHRASES.campRemoved(camp.label));
  for (const camp of after.camps) {
    const old = oldCamps.get(camp.id);
    if (!old) continue;
    if (old.label !== camp.label) parts.push(PHRASES.campRenamed(old.label, camp.label));
    if (old.stance !== camp.stance) parts.push(PHRASES.campStance(camp.label));
    if (old.holders !== camp.holders) parts.push(PHRASES.campHolders(camp.label));
    if (!same(old.members.map((m) => m.id), camp.members.map((m) => m.id))) parts.push(PHRASES.campMembers(camp.label));
  }
  if (camps.reordered) parts.push(PHRASES.campOrder);

  const afterSections = new Set([...after.consensus, ...after.camps].map((s) => s.id));
  const shared = new Set([...before.consensus, ...before.camps].map((s) => s.id).filter((id) => afterSections.has(id)));
  const quotes = compare(keyed(blocksOf(before, 'quote', shared)), keyed(blocksOf(after, 'quote', shared)), () => false);
  const oldQuotes = byId(keyed(blocksOf(before, 'quote', shared)));
  const nowQuotes = keyed(blocksOf(after, 'quote', shared)).filter((q) => oldQuotes.has(q.id));
  const edited = (pick: (q: Extract<Block, { kind: 'quote' }>['quote']) => unknown) => nowQuotes.filter((q) => !same(pick(oldQuotes.get(q.id)!.quote), pick(q.quote)));
  counts(parts, { ...quotes, changed: [] }, PHRASES.quotesAdded, PHRASES.quotesRemoved, PHRASES.quotesOriginal);
  const original = edited((q) => q.original?.text ?? null);
  const translation = edited((q) => q.translation?.text ?? null);
  const source = edited((q) => [q.speakers.map((s) => s.id), q.interview?.id ?? null]);
  if (original.length) parts.push(PHRASES.quotesOriginal(original.length));
  if (translation.length) parts.push(PHRASES.quotesTranslation(translation.length));
  if (source.length) parts.push(PHRASES.quotesSource(source.length));

  const paraphrases = compare(blocksOf(before, 'paraphrase', shared), blocksOf(after, 'paraphrase', shared), (a, b) => !same([a.text, a.reason, a.speaker?.id, a.interview?.id], [b.text, b.reason, b.speaker?.id, b.interview?.id]));
  counts(parts, paraphrases, PHRASES.paraphrasesAdded, PHRASES.paraphrasesRemoved, PHRASES.paraphrasesEdited);
  const paragraphs = compare(blocksOf(before, 'paragraph', shared), blocksOf(after, 'paragraph', shared), (a, b) => a.text !== b.text);
  counts(parts, paragraphs, PHRASES.paragraphsAdded, PHRASES.paragraphsRemoved, PHRASES.paragraphsEdited);
  const notes = compare(blocksOf(before, 'note', shared), blocksOf(after, 'note', shared), (a, b) => a.text !== b.text);
  counts(parts, notes, PHRASES.notesAdded, PHRASES.notesRemoved, PHRASES.notesEdited);
  // A block that changed section, or order within one, among the blocks both versions hold.
  const placeBefore = new Map([...before.consensus, ...before.camps].flatMap((s) => s.blocks.map((b) => [b.id, s.id] as const)));
  const movedSection = [...after.consensus, ...after.camps].some((s) => s.blocks.some((b) => placeBefore.has(b.id) && placeBefore.get(b.id) !== s.id));
  const sectionsBefore = byId([...before.consensus, ...before.camps]);
  const movedWithin = [...after.consensus, ...after.camps].some((s) => sectionsBefore.has(s.id) && reordered(sectionsBefore.get(s.id)!.blocks, s.blocks));
  if (movedSection || movedWithin) parts.push(PHRASES.blocksMoved);

  counts(parts, compare(before.blindSpots, after.blindSpots, (a, b) => a.text !== b.text), PHRASES.blindSpotsAdded, PHRASES.blindSpotsRemoved, PHRASES.blindSpotsEdited);

  const [was, now] = [before.view, after.view];
  if (!was && now) parts.push(PHRASES.viewGiven(now.confidence));
  else if (was && !now) parts.push(PHRASES.viewWithdrawn);
  else if (was && now) {
    if (was.confidence !== now.confidence) parts.push(PHRASES.confidence(was.confidence, now.confidence));
    if (was.judgment !== now.judgment) parts.push(PHRASES.judgment);
    if (was.strongestSupport !== now.strongestSupport || was.weakestLink !== now.weakestLink) parts.push(PHRASES.support);
  }

  counts(parts, compare(before.openQuestions, after.openQuestions, (a, b) => a.text !== b.text), PHRASES.questionsAdded, PHRASES.questionsRemoved, PHRASES.questionsEdited);
  const sources = compare(before.sources, after.sources, () => false);
  if (sources.added.length) parts.push(PHRASES.sourcesAdded(sources.added.length));
  if (sources.removed.length) parts.push(PHRASES.sourcesRemoved(sources.removed.length));
  const sisters = compare(before.sisterTopics, after.sisterTopics, () => false);
  if (sisters.added.length) parts.push(PHRASES.sistersAdded(sisters.added.length));
  if (sisters.removed.length) parts.push(PHRASES.sistersRemoved(sisters.removed.length));
  return parts;
}

function join(parts: Phrase[], language: PageLanguage): string {
  if (language === 'zh') return parts.map((p) => p.zh).join('、');
  const line = parts.map((p) => p.en).join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** The line proposed for publishing `draft`, whose last published version is `published` (null before the first). */
export function proposeChangelog(published: TopicDocument | null, draft: TopicDocument, language: PageLanguage): string {
  if (!published) return join([FIRST_PUBLISHED], language);
  const parts = describeChanges(published, draft);
  if (parts.length) return join(parts, language);
  // The changelog itself is what publishing adds to; it is not a change to announce.
  const unchanged = same({ ...published, changelog: [] }, { ...draft, changelog: [] });
  return join([unchanged ? NO_CHANGES : MINOR_EDITS], language);
}
