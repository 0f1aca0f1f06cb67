// Writes a topic document in the page's plain-text form (txt, as readers copy it) or as
// Markdown (the same lines behind #, > and - markers), in the grammar of lib/page-format, which
// the importer reads back: import(export(document)) reproduces the document, ids aside, and
// export(import(export(document))) is the same text. Where plain text would be ambiguous the
// export is explicit: every quote gets its attribution line (未署名 when nobody is named) unless
// its speakers were inferred and not yet confirmed, members and sister topics are listed, and a
// paragraph line that would read as something else is escaped with a leading backslash.
import { chineseNumeral } from '@/lib/text/chinese-numeral';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { exportsAttributionLine } from './inferred-attribution';
import { readsAsPlainText, readViewLine } from './line-kinds';
import { formatAttributionReference, formatSourceLine, PART_SEPARATOR } from './references';
import { ESCAPE, MEMBERS_PREFIX, NOTE_PREFIX, SECTION_TITLES, sectionOf, SISTER_TOPIC_PREFIX, VIEW_LABELS } from './sections';
import { formatSpeakers, UNATTRIBUTED } from './speakers';

export type TextFormat = 'txt' | 'md';

/** Quotes, notes, paraphrases and list items are one line each in the format. */
const oneLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');

const paragraphLine = (text: string) => (readsAsPlainText(text) ? text : `${ESCAPE}${text}`);

/** A list item, a continuation line of 我的看法: escaped when it would read as a heading, a label or a Markdown marker. */
function freeLine(text: string): string {
  const special = text.startsWith(ESCAPE) || sectionOf(text) !== null || readViewLine(text) !== null || /^(?:#|>|- )/.test(text.slice(0, 2));
  return special ? `${ESCAPE}${text}` : text;
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return block.text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map(paragraphLine);
    case 'note':
      return [`${NOTE_PREFIX}——${oneLine(block.text)}`];
    case 'paraphrase': {
      const reason = oneLine(block.reason);
      const lines = [`${oneLine(block.text)}(${reason.includes('转述') ? reason : `转述:${reason}`})`];
      if (block.speaker || block.interview) {
        const where = block.interview ? `${PART_SEPARATOR}${formatAttributionReference(block.interview)}` : '';
        lines.push(`— ${block.speaker ? formatSpeakers([block.speaker]) : UNATTRIBUTED}${where}`);
      }
      return lines;
    }
    case 'quote': {
      const { quote } = block;
      const lines: string[] = [];
      if (quote.original) lines.push(`"${oneLine(quote.original.text)}"${quote.original.lang === 'en' ? '' : ` [${quote.original.lang}]`}`);
      if (quote.translation) lines.push(`「${oneLine(quote.translation.text)}」${quote.translation.lang === 'zh' ? '' : ` [${quote.translation.lang}]`}`);
      if (!exportsAttributionLine(block)) return lines;
      const where = [quote.interview ? formatAttributionReference(quote.interview) : null, block.seeAlso ? `${SISTER_TOPIC_PREFIX} ${block.seeAlso.slug}` : null];
      lines.push(`— ${[formatSpeakers(quote.speakers), ...where].filter(Boolean).join(PART_SEPARATOR)}`);
      return lines;
    }
  }
}

/** A field of 我的看法 after its label; its further lines (a blank line kept between paragraphs) follow. */
function viewField(label: string, text: string): string[] {
  const [first = '', ...rest] = text.split('\n').map((line) => line.trim());
  return [`${label}${first}`, ...rest.map((line) => (line ? freeLine(line) : ''))];
}

export function exportTopicText(document: TopicDocument, format: TextFormat, meta: { updatedOn?: string | null } = {}): string {
  const md = format === 'md';
  const out: string[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => out.push(md ? `${'#'.repeat(level)} ${text}` : text, '');
  const item = (text: string) => out.push(`${md ? '- ' : ''}${text}`);
  const blocks = (list: Block[]) => {
    for (const block of list) {
      const quoteLike = block.kind === 'quote' || block.kind === 'note';
      for (const text of blockLines(block)) out.push(md && quoteLike ? `> ${text}` : text);
      out.push('');
    }
  };

  if (!md) out.push('主题综述', '');
  heading(1, `${document.titleZh}${PART_SEPARATOR}${document.titleEn}`);
  out.push(`主题页(活文档)${meta.updatedOn ? `· 最近更新 ${meta.updatedOn} ` : ''}· 取材 ${document.sources.length} 篇访谈`, '');

  heading(2, SECTION_TITLES.changelog);
  for (const entry of document.changelog) item(`${entry.date} ${oneLine(entry.text)}`);
  if (document.changelog.length) out.push('');

  heading(2, SECTION_TITLES.consensus);
  document.consensus.forEach((point, index) => {
    heading(3, `第${chineseNumeral(index + 1)}点:${oneLine(point.statement)}`);
    blocks(point.blocks);
  });

  heading(2, SECTION_TITLES.camps);
  for (const camp of document.camps) {
    heading(3, `阵营 ${camp.label}${PART_SEPARATOR}"${camp.stance}"${camp.holders ? `——${camp.holders}` : ''}`);
    out.push(`${MEMBERS_PREFIX} ${camp.members.map((member) => formatSpeakers([member])).join('、')}`, '');
    blocks(camp.blocks);
  }

  heading(2, SECTION_TITLES.blindSpots);
  for (const entry of document.blindSpots) item(freeLine(oneLine(entry.text)));
  if (document.blindSpots.length) out.push('');

  heading(2, SECTION_TITLES.view);
  if (document.view) {
    const { view } = document;
    out.push(...viewField(VIEW_LABELS.judgment, view.judgment), '');
    out.push(`${VIEW_LABELS.confidence}${CONFIDENCE_LABELS[view.confidence].zh}。`, '');
    if (view.strongestSupport) out.push(...viewField(VIEW_LABELS.strongestSupport, view.strongestSupport), '');
    if (view.weakestLink) out.push(...viewField(VIEW_LABELS.weakestLink, view.weakestLink), '');
  }

  heading(2, SECTION_TITLES.openQuestions);
  for (const entry of document.openQuestions) item(freeLine(oneLine(entry.text)));
  if (document.openQuestions.length) out.push('');

  heading(2, SECTION_TITLES.sources);
  for (const interview of document.sources) item(formatSourceLine(interview));
  if (document.sources.length) out.push('');

  heading(2, SECTION_TITLES.sisterTopics);
  for (const sister of document.sisterTopics) item(`${sister.slug} ${sister.titleZh}${PART_SEPARATOR}${sister.titleEn}`);

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
