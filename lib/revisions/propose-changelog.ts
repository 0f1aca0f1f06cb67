import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { confidenceRank, type DocumentDiff } from './document-diff';

const blocksOf = (document: TopicDocument) => [...document.consensus, ...document.camps].flatMap((section) => section.blocks);

function countNew(before: TopicDocument, after: TopicDocument, kind: Block['kind']) {
  const key = (block: Block) => (block.kind === 'quote' ? block.quote.id : block.id);
  const old = new Set(blocksOf(before).filter((b) => b.kind === kind).map(key));
  const now = new Set(blocksOf(after).filter((b) => b.kind === kind).map(key));
  return { added: [...now].filter((id) => !old.has(id)).length, removed: [...old].filter((id) => !now.has(id)).length };
}

/**
 * The changelog line proposed on publish, in the page's language, from what changed since the
 * last published version: 新增阵营 C、补充 2 条引语、把握程度从中等下调为中等偏低.
 */
export function proposeChangelog(before: TopicDocument | null, after: TopicDocument, diff: DocumentDiff | null): string {
  if (!before || !diff) return '首次发布';
  const parts: string[] = [];
  for (const camp of diff.camps) {
    if (camp.status === 'added') parts.push(`新增阵营 ${camp.after!.label}`);
    if (camp.status === 'removed') parts.push(`删除阵营 ${camp.before!.label}`);
    if ((camp.status === 'changed' || camp.status === 'moved-changed') && camp.text.stance) parts.push(`修改阵营 ${camp.after!.label} 的立场`);
  }
  if (diff.camps.some((camp) => camp.status === 'moved' || camp.status === 'moved-changed')) parts.push('调整阵营顺序');
  const pointsAdded = diff.consensus.filter((point) => point.status === 'added').length;
  const pointsRemoved = diff.consensus.filter((point) => point.status === 'removed').length;
  if (pointsAdded) parts.push(`新增 ${pointsAdded} 条共识`);
  if (pointsRemoved) parts.push(`删去 ${pointsRemoved} 条共识`);

  const quotes = countNew(before, after, 'quote');
  if (quotes.added) parts.push(`补充 ${quotes.added} 条引语`);
  if (quotes.removed) parts.push(`删去 ${quotes.removed} 条引语`);
  const paraphrases = countNew(before, after, 'paraphrase');
  if (paraphrases.added) parts.push(`补充 ${paraphrases.added} 条转述`);
  const notes = countNew(before, after, 'note');
  if (notes.added) parts.push(`新增 ${notes.added} 条编者注`);

  const { confidence } = diff.view;
  if (confidence?.from && confidence.to) {
    const direction = confidenceRank(confidence.to) > confidenceRank(confidence.from) ? '上调' : '下调';
    parts.push(`把握程度从${CONFIDENCE_LABELS[confidence.from].zh}${direction}为${CONFIDENCE_LABELS[confidence.to].zh}`);
  } else if (confidence?.to) {
    parts.push(`给出判断(把握程度${CONFIDENCE_LABELS[confidence.to].zh})`);
  }
  if (diff.view.text.judgment && confidence?.from !== null) parts.push('修订判断');
  if (diff.sources.added.length) parts.push(`新增取材 ${diff.sources.added.length} 篇`);
  if (diff.sources.removed.length) parts.push(`移除取材 ${diff.sources.removed.length} 篇`);
  const questions = diff.openQuestions.filter((item) => item.status === 'added').length;
  if (questions) parts.push(`新增 ${questions} 个待解问题`);
  const blindSpots = diff.blindSpots.filter((item) => item.status === 'added').length;
  if (blindSpots) parts.push(`新增 ${blindSpots} 处没说透的`);
  return parts.length ? parts.join('、') : '文字修订';
}
