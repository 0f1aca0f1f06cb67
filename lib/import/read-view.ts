// 我的看法: labelled lines (判断(不是事实):, 把握程度:, 最强的支撑:, 最弱的环节:), each field running
// on over the unlabelled lines after it (a blank line between them is kept as a paragraph break).
import type { DocumentLine } from '@/lib/page-format/document-lines';
import { readViewLine as readLabelledLine, unescapeLine } from '@/lib/page-format/line-kinds';
import type { ConfidenceLevel } from '@/lib/topics/document';
import type { ParsedTopic } from './parsed-topic';

type Field = 'judgment' | 'strongestSupport' | 'weakestLink';

export const CONFIDENCE_WORDS: [string, ConfidenceLevel][] = [
  ['中等偏高', 'MEDIUM_HIGH'],
  ['中等偏低', 'MEDIUM_LOW'],
  ['中等', 'MEDIUM'],
  ['低', 'LOW'],
  ['高', 'HIGH'],
];

const LEADING = '\u3002.,\uff0c;\uff1b \t';
const trimStart = (text: string) => {
  let i = 0;
  while (i < text.length && LEADING.includes(text[i]!)) i += 1;
  return text.slice(i);
};
const trimEnd = (text: string) => {
  let i = text.length;
  while (i > 0 && ';\uff1b,\uff0c \t'.includes(text[i - 1]!)) i -= 1;
  return text.slice(0, i);
};

export function readViewLine(
  topic: ParsedTopic,
  line: DocumentLine,
  state: { field: Field | null },
  warn: (line: number, message: string) => void,
) {
  const view = (topic.view ??= { judgment: '', confidence: null, strongestSupport: '', weakestLink: '', lines: [] });
  view.lines.push(line.number);
  const labelled = readLabelledLine(line.text);
  if (!labelled) {
    const text = unescapeLine(line.text);
    if (!state.field) {
      warn(line.number, 'A line in 我的看法 before 判断 or 把握程度; added to the judgment.');
      state.field = 'judgment';
    }
    const current = view[state.field];
    view[state.field] = current ? `${current}${line.afterBlank ? '\n\n' : '\n'}${text}` : text;
    return;
  }
  if (labelled.field !== 'confidence') {
    state.field = labelled.field;
    // A second 判断 line adds a paragraph, as the reference page's export did.
    view[labelled.field] = labelled.field === 'judgment' && view.judgment ? `${view.judgment}\n\n${labelled.rest}` : labelled.rest;
    return;
  }
  const rest = labelled.rest;
  const level = CONFIDENCE_WORDS.find(([word]) => rest.startsWith(word));
  if (!level) warn(line.number, `Unknown confidence level in "${rest.slice(0, 20)}…"; expected 低 / 中等偏低 / 中等 / 中等偏高 / 高.`);
  view.confidence = level?.[1] ?? null;
  // The reference page continues the line: 最强的支撑是…;最弱的环节是…
  const reasons = trimStart(level ? rest.slice(level[0].length) : rest);
  if (!reasons) return;
  const weakestAt = [reasons.indexOf('最弱的环节'), reasons.indexOf('最弱环节')].filter((at) => at >= 0).sort((a, b) => a - b)[0] ?? -1;
  if (weakestAt >= 0) {
    view.strongestSupport = trimEnd(reasons.slice(0, weakestAt));
    view.weakestLink = reasons.slice(weakestAt);
    state.field = 'weakestLink';
  } else {
    view.strongestSupport = reasons;
    state.field = 'strongestSupport';
  }
}
