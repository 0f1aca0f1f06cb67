// What a draft still lacks before readers may see it. The draft schema (document.ts) keeps
// structure and limits only, so an analyst can add a camp or a quote and fill it in later while
// everything autosaves; this is the other half: every item a published page needs filled. The
// publish rules refuse a document with any of these, and the editor marks them beside the
// item, counts them, and lists them (with a link to each) when publishing is attempted.
// Pure and without server-only: the editor computes it on every edit.
import type { Block, TopicDocument } from './document';

export type IncompleteItem = {
  /** The item that is incomplete: a block, point, camp, list item, changelog line, or `topic`. */
  itemId: string;
  /** `<item id>.<field>`, as the editor files field messages (lib/drafts/document-issues.ts). */
  field: string;
  /** The element the editor links to: `field-<field>` for the field, `item-<id>` for a quote block. */
  anchor: string;
  /** Beside the field: what is missing. */
  fieldMessage: string;
  /** In the publish list: where, and what is missing. */
  message: string;
};

const REQUIRED = '发布前必填 · Required before publishing';
export const QUOTE_NEEDS_TEXT = '引语需要原文或译文,或两者都有 · A quote needs its original text, a translation, or both.';

const blank = (value: string | null | undefined) => !value || value.trim() === '';

type Place = { zh: string; en: string };
const at = (place: Place, zh: string, en: string) => `${place.zh}:${zh} · ${place.en}: ${en}`;

function blockGaps(block: Block): { field: string; zh: string; en: string; fieldMessage: string } | null {
  switch (block.kind) {
    case 'quote':
      return blank(block.quote.original?.text) && blank(block.quote.translation?.text)
        ? { field: `${block.id}.quote`, zh: '引语没有原文也没有译文', en: 'the quote has neither original text nor translation', fieldMessage: QUOTE_NEEDS_TEXT }
        : null;
    case 'paragraph':
      return blank(block.text) ? { field: `${block.id}.text`, zh: '段落是空的', en: 'the paragraph is empty', fieldMessage: REQUIRED } : null;
    case 'note':
      return blank(block.text) ? { field: `${block.id}.text`, zh: '编者注是空的', en: 'the note is empty', fieldMessage: REQUIRED } : null;
    case 'paraphrase':
      return blank(block.text) ? { field: `${block.id}.text`, zh: '转述内容是空的', en: 'the paraphrase says nothing', fieldMessage: REQUIRED } : null;
  }
}

/** Every incomplete item of the document, in the order the page shows them. */
export function incompleteItems(doc: TopicDocument): IncompleteItem[] {
  const out: IncompleteItem[] = [];
  const pageField = (field: 'titleZh' | 'titleEn' | 'view.judgment', zh: string, en: string) =>
    out.push({ itemId: 'topic', field: `topic.${field}`, anchor: `field-topic.${field}`, fieldMessage: REQUIRED, message: `${zh} · ${en}` });
  const itemField = (itemId: string, field: string, place: Place, zh: string, en: string) =>
    out.push({ itemId, field: `${itemId}.${field}`, anchor: `field-${itemId}.${field}`, fieldMessage: REQUIRED, message: at(place, zh, en) });
  const blocks = (section: Place, list: Block[]) =>
    list.forEach((block, i) => {
      const gap = blockGaps(block);
      if (!gap) return;
      const place = { zh: `${section.zh},第 ${i + 1} 块`, en: `${section.en}, block ${i + 1}` };
      // A quote has two text fields: the link goes to the block, whose first field is the original.
      out.push({ itemId: block.id, field: gap.field, anchor: block.kind === 'quote' ? `item-${block.id}` : `field-${gap.field}`, fieldMessage: gap.fieldMessage, message: at(place, gap.zh, gap.en) });
    });

  if (blank(doc.titleZh)) pageField('titleZh', '中文标题未填写', 'The Chinese title is empty');
  if (blank(doc.titleEn)) pageField('titleEn', '英文标题未填写', 'The English title is empty');
  doc.consensus.forEach((point, i) => {
    const place = { zh: `共识 ${i + 1}`, en: `Point ${i + 1}` };
    if (blank(point.statement)) itemField(point.id, 'statement', place, '共识陈述未填写', 'the statement is empty');
    blocks(place, point.blocks);
  });
  doc.camps.forEach((camp, i) => {
    const place = blank(camp.label) ? { zh: `第 ${i + 1} 个阵营`, en: `Camp ${i + 1}` } : { zh: `阵营 ${camp.label}`, en: `Camp ${camp.label}` };
    if (blank(camp.label)) itemField(camp.id, 'label', place, '阵营标号未填写', 'the label is empty');
    if (blank(camp.stance)) itemField(camp.id, 'stance', place, '立场未填写', 'the stance is empty');
    blocks(place, camp.blocks);
  });
  doc.blindSpots.forEach((item, i) => {
    if (blank(item.text)) itemField(item.id, 'text', { zh: `没说透的第 ${i + 1} 条`, en: `Blind spot ${i + 1}` }, '是空的', 'it is empty');
  });
  if (doc.view && blank(doc.view.judgment)) pageField('view.judgment', '我的看法:判断未填写', 'My view: the judgment is empty');
  doc.openQuestions.forEach((item, i) => {
    if (blank(item.text)) itemField(item.id, 'text', { zh: `待解问题第 ${i + 1} 条`, en: `Open question ${i + 1}` }, '是空的', 'it is empty');
  });
  doc.changelog.forEach((entry, i) => {
    if (blank(entry.text)) itemField(entry.id, 'text', { zh: `更新日志第 ${i + 1} 条`, en: `Changelog line ${i + 1}` }, '是空的', 'it is empty');
  });
  return out;
}
