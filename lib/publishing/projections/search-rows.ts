import { campAnchor } from '@/lib/topics/camp-labels';
import type { Prisma } from '@/lib/generated/prisma/client';
import { chineseNumeral } from '@/lib/text/chinese-numeral';
import type { Block, TopicDocument } from '@/lib/topics/document';

// The searchable text of one published page: its titles, consensus points, camps, quotes
// (original and translation), paraphrases and passages, each with where it sits on the page.

type Row = Prisma.SearchEntryCreateManyInput;

export const SEARCH_WEIGHT = { TOPIC: 4, QUOTE: 3, POINT: 2, CAMP: 2, PARAPHRASE: 1, TEXT: 1 } as const;

export function searchRows(topicId: string, doc: TopicDocument, publishedAt: Date): Row[] {
  const rows: Row[] = [];
  const add = (kind: keyof typeof SEARCH_WEIGHT, anchor: string, context: string, text: string) => {
    if (text.trim()) rows.push({ topicId, kind, anchor, context, text, weight: SEARCH_WEIGHT[kind], publishedAt });
  };
  const blocks = (list: Block[], anchor: string, context: string) => {
    for (const block of list) {
      if (block.kind === 'quote') {
        const who = block.quote.speakers.map((s) => s.name).join(' / ');
        add('QUOTE', anchor, who ? `${context} · ${who}` : context, [block.quote.original?.text, block.quote.translation?.text].filter(Boolean).join('\n'));
      } else if (block.kind === 'paraphrase') {
        add('PARAPHRASE', anchor, block.speaker ? `${context} · ${block.speaker.name}` : context, block.text);
      } else add('TEXT', anchor, context, block.text);
    }
  };
  add('TOPIC', '', '标题 · Title', `${doc.titleZh}\n${doc.titleEn}`);
  doc.consensus.forEach((point, i) => {
    const anchor = `#point-${point.id}`;
    const context = `共识第${chineseNumeral(i + 1)}点 · Consensus ${i + 1}`;
    add('POINT', anchor, context, point.statement);
    blocks(point.blocks, anchor, context);
  });
  for (const camp of doc.camps) {
    const anchor = `#${campAnchor(camp)}`;
    const context = `阵营 ${camp.label} · Camp ${camp.label}`;
    add('CAMP', anchor, context, [camp.stance, camp.holders].filter(Boolean).join('\n'));
    blocks(camp.blocks, anchor, context);
  }
  for (const item of doc.blindSpots) add('TEXT', '#blind-spots', '都没说透的 · What nobody explained', item.text);
  if (doc.view) add('TEXT', '#view', '我的看法 · Editor’s view', [doc.view.judgment, doc.view.strongestSupport, doc.view.weakestLink].filter(Boolean).join('\n'));
  for (const item of doc.openQuestions) add('TEXT', '#open-questions', '还想知道什么 · Open questions', item.text);
  return rows;
}
