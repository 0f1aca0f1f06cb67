// Writes a topic document in the page's plain-text form (txt, as readers copy it) or as
// Markdown (the same lines behind #, > and - markers). Both are read back by the importer:
// import(export(document)) reproduces the document, ids aside. Where plain text would be
// ambiguous the export is explicit: every quote gets its attribution line (未署名 when nobody is
// named), members and sister topics are listed, and a paragraph that would read as something
// else is escaped with a leading backslash.
import { SISTER_TOPIC_PREFIX, UNATTRIBUTED } from '@/lib/import/attribution';
import { ESCAPE, SECTION_TITLES } from '@/lib/import/parse-topic-text';
import { chineseNumeral } from '@/lib/text/chinese-numeral';
import { CONFIDENCE_LABELS } from '@/lib/topics/confidence';
import type { Block, InterviewRef, SpeakerRef, TopicDocument } from '@/lib/topics/document';

export type TextFormat = 'txt' | 'md';

export function episodeText(interview: Pick<InterviewRef, 'show' | 'episodeNumber' | 'episodeTitle'>): string {
  if (interview.episodeNumber) return [`${interview.show} #${interview.episodeNumber}`, interview.episodeTitle].filter(Boolean).join(' ');
  return interview.episodeTitle ? `${interview.show}: ${interview.episodeTitle}` : interview.show;
}

export function speakersText(speakers: SpeakerRef[]): string {
  if (speakers.length === 0) return UNATTRIBUTED;
  const shared = speakers[0]!.affiliation;
  if (speakers.length > 1 && shared && speakers.every((s) => s.affiliation === shared)) {
    return `${speakers.map((s) => s.name).join(' / ')} (${shared})`;
  }
  return speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(' / ');
}

// Lines the importer would read as something other than a plain paragraph.
const SPECIAL = [
  /^\\/, /^["“]/, /^「/, /^注意/, /^—/, /^第[一二三四五六七八九十百\d]+点\s*[:：]/, /^阵营\s*[A-Za-z0-9]/, /^成员\s*·/,
  /^#/, /^>/, /^-\s/, /^主题综述$/, /^主题页/, /[((][^()()]*转述[^()()]*[))]/, /\s·\s/,
];
const sectionTitles = new Set<string>(Object.values(SECTION_TITLES));

function paragraphLine(text: string): string {
  const special = sectionTitles.has(text) || SPECIAL.some((pattern) => pattern.test(text));
  return special ? `${ESCAPE}${text}` : text;
}

const listItem = (text: string) => (sectionTitles.has(text) || text.startsWith(ESCAPE) || /^-\s/.test(text) ? `${ESCAPE}${text}` : text);

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return block.text.split('\n').filter((line) => line.trim()).map(paragraphLine);
    case 'note':
      return [`注意——${block.text}`];
    case 'paraphrase': {
      const reason = /转述/.test(block.reason) ? block.reason : `转述:${block.reason}`;
      const lines = [`${block.text}(${reason})`];
      if (block.speaker || block.interview) {
        lines.push(`— ${block.speaker ? speakersText([block.speaker]) : UNATTRIBUTED}${block.interview ? ` · ${episodeText(block.interview)}` : ''}`);
      }
      return lines;
    }
    case 'quote': {
      const { quote } = block;
      const lines: string[] = [];
      if (quote.original) lines.push(`"${quote.original.text}"${quote.original.lang === 'en' ? '' : ` [${quote.original.lang}]`}`);
      if (quote.translation) lines.push(`「${quote.translation.text}」${quote.translation.lang === 'zh' ? '' : ` [${quote.translation.lang}]`}`);
      const where = [quote.interview ? episodeText(quote.interview) : null, block.seeAlso ? `${SISTER_TOPIC_PREFIX} ${block.seeAlso.slug}` : null];
      lines.push(`— ${[speakersText(quote.speakers), ...where].filter(Boolean).join(' · ')}`);
      return lines;
    }
  }
}

export function exportTopicText(document: TopicDocument, format: TextFormat, meta: { updatedOn?: string | null } = {}): string {
  const md = format === 'md';
  const out: string[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => out.push(md ? `${'#'.repeat(level)} ${text}` : text, '');
  const line = (text: string, marker: '' | '> ' | '- ' = '') => out.push(md ? `${marker}${text}` : text, ...(md && marker === '' ? [''] : []));
  const blocks = (list: Block[]) => {
    for (const block of list) {
      const quoteLike = block.kind === 'quote' || block.kind === 'note';
      for (const text of blockLines(block)) out.push(md && quoteLike ? `> ${text}` : text);
      out.push('');
    }
  };

  if (!md) out.push('主题综述', '');
  heading(1, `${document.titleZh} · ${document.titleEn}`);
  line(`主题页(活文档)${meta.updatedOn ? `· 最近更新 ${meta.updatedOn} ` : ''}· 取材 ${document.sources.length} 篇访谈`);
  if (!md) out.push('');

  heading(2, SECTION_TITLES.changelog);
  for (const entry of document.changelog) out.push(`${md ? '- ' : ''}${entry.date} ${entry.text}`);
  if (document.changelog.length) out.push('');

  heading(2, SECTION_TITLES.consensus);
  document.consensus.forEach((point, index) => {
    heading(3, `第${chineseNumeral(index + 1)}点:${point.statement}`);
    blocks(point.blocks);
  });

  heading(2, SECTION_TITLES.camps);
  for (const camp of document.camps) {
    heading(3, `阵营 ${camp.label} · "${camp.stance}"${camp.holders ? `——${camp.holders}` : ''}`);
    out.push(`成员 · Members: ${camp.members.map((member) => speakersText([member])).join('、')}`, '');
    blocks(camp.blocks);
  }

  heading(2, SECTION_TITLES.blindSpots);
  for (const item of document.blindSpots) out.push(`${md ? '- ' : ''}${listItem(item.text)}`);
  if (document.blindSpots.length) out.push('');

  heading(2, SECTION_TITLES.view);
  if (document.view) {
    const { view } = document;
    out.push(`判断(不是事实):${view.judgment}`, '');
    out.push(`把握程度:${CONFIDENCE_LABELS[view.confidence].zh}。`, '');
    if (view.strongestSupport) out.push(`最强的支撑:${view.strongestSupport}`, '');
    if (view.weakestLink) out.push(`最弱的环节:${view.weakestLink}`, '');
  }

  heading(2, SECTION_TITLES.openQuestions);
  for (const item of document.openQuestions) out.push(`${md ? '- ' : ''}${listItem(item.text)}`);
  if (document.openQuestions.length) out.push('');

  heading(2, SECTION_TITLES.sources);
  for (const interview of document.sources) {
    const number = interview.episodeNumber ? ` #${interview.episodeNumber}` : '';
    const parts = [`${interview.show}${number}`, interview.episodeTitle, interview.publishedOn, interview.url].filter(Boolean);
    out.push(`${md ? '- ' : ''}${parts.join(' · ')}`);
  }
  if (document.sources.length) out.push('');

  heading(2, SECTION_TITLES.sisterTopics);
  for (const sister of document.sisterTopics) out.push(`${md ? '- ' : ''}${sister.slug} ${sister.titleZh} · ${sister.titleEn}`);

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
