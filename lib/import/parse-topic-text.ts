// Reads a topic page in the plain-text form readers copy from the published page
// (../shared/seeds/performance-plateau.txt is the reference). Lossless by construction: each
// non-empty line is either page furniture (title, header, a section heading) or ends up in a
// block, and a line it does not understand becomes a paragraph where it stood, with a warning.
import { LIMITS, type ConfidenceLevel } from '@/lib/topics/document';
import { parseAttribution, type ParsedAttribution } from './attribution';
import { parseEpisode } from './episode';
import type { ParsedBlock, ParsedTopic } from './parsed-topic';

export class ImportFormatError extends Error {
  name = 'ImportFormatError';
}

const SECTIONS = {
  更新日志: 'changelog',
  主流共识: 'consensus',
  分歧在哪: 'camps',
  都没说透的: 'blindSpots',
  我的看法: 'view',
  还想知道什么: 'openQuestions',
  取材: 'sources',
} as const;
type Section = (typeof SECTIONS)[keyof typeof SECTIONS] | 'preamble';

const CHROME = /^主题综述$/;
const HEADER = /^主题页\s*[((]活文档[))]/;
const TITLE = /^(.+?)\s+·\s+(.+)$/;
const POINT = /^第([一二三四五六七八九十百\d]+)点\s*[:：]\s*(.*)$/;
const CAMP = /^阵营\s*([A-Za-z0-9]{1,4})\s*[·・]\s*["“](.+?)["”]\s*(?:——|—)?\s*(.*)$/;
const QUOTE = /^["“]([\s\S]+)["”]$/;
const TRANSLATION = /^「([\s\S]+)」$/;
const NOTE = /^注意/;
const PARAPHRASE_MARK = /[((]([^()()]*转述[^()()]*)[))]/;
const DATE = /(\d{4}-\d{2}-\d{2})/;
const CONFIDENCE: [string, ConfidenceLevel][] = [
  ['中等偏高', 'MEDIUM_HIGH'],
  ['中等偏低', 'MEDIUM_LOW'],
  ['中等', 'MEDIUM'],
  ['低', 'LOW'],
  ['高', 'HIGH'],
];

type Line = { number: number; text: string };

export function parseTopicText(input: string): ParsedTopic {
  const lines: Line[] = input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({ number: index + 1, text: text.trim() }))
    .filter((line) => line.text.length > 0);
  if (lines.length === 0) throw new ImportFormatError('The document is empty.');

  const topic: ParsedTopic = {
    titleZh: '',
    titleEn: '',
    header: null,
    changelog: [],
    consensus: [],
    camps: [],
    blindSpots: [],
    view: null,
    openQuestions: [],
    sources: [],
    structuralLines: [],
    warnings: [],
  };
  const warn = (line: number, message: string) => topic.warnings.push({ line, message });

  let section: Section = 'preamble';
  let titled = false;
  // Blocks go to the newest consensus point or camp; lines with nowhere to go are kept for the end.
  let blocks: ParsedBlock[] | null = null;
  const unplaced: ParsedBlock[] = [];
  // Quotes since the last attribution line, waiting to learn who said them.
  let pendingQuotes: Extract<ParsedBlock, { kind: 'quote' }>[] = [];

  const target = () => blocks ?? unplaced;
  const last = () => target().at(-1);
  const attribute = (attribution: ParsedAttribution, line: number) => {
    for (const quote of pendingQuotes) {
      quote.speakers = attribution.speakers;
      quote.episode = attribution.episode;
      quote.seeAlsoSlug = attribution.seeAlsoSlug;
      quote.attributed = true;
      quote.lines.push(line);
    }
    pendingQuotes = [];
  };

  const addParagraph = (line: Line) => {
    pendingQuotes = [];
    const mark = line.text.match(PARAPHRASE_MARK);
    if (mark) {
      target().push({ kind: 'paraphrase', text: line.text.replace(mark[0], '').trim(), reason: mark[1]!.trim(), lines: [line.number] });
    } else if (NOTE.test(line.text)) {
      target().push({ kind: 'note', text: line.text.replace(/^注意\s*——\s*/, '').trim() || line.text, lines: [line.number] });
    } else {
      target().push({ kind: 'paragraph', text: line.text, lines: [line.number] });
    }
  };

  const addContent = (line: Line) => {
    const quote = line.text.match(QUOTE);
    if (quote && quote[1]!.trim()) {
      const block: ParsedBlock = {
        kind: 'quote', original: quote[1]!.trim(), translation: null, speakers: [], episode: null,
        seeAlsoSlug: null, attributed: false, lines: [line.number],
      };
      target().push(block);
      pendingQuotes.push(block);
      return;
    }
    const translation = line.text.match(TRANSLATION);
    if (translation && translation[1]!.trim()) {
      const previous = last();
      if (previous?.kind === 'quote' && previous.translation === null && pendingQuotes.includes(previous)) {
        previous.translation = translation[1]!.trim();
        previous.lines.push(line.number);
      } else {
        const block: ParsedBlock = {
          kind: 'quote', original: null, translation: translation[1]!.trim(), speakers: [], episode: null,
          seeAlsoSlug: null, attributed: false, lines: [line.number],
        };
        target().push(block);
        pendingQuotes.push(block);
      }
      return;
    }
    const attribution = parseAttribution(line.text, { afterQuote: pendingQuotes.length > 0 });
    if (attribution) {
      const previous = last();
      if (pendingQuotes.length > 0) {
        attribute(attribution, line.number);
        return;
      }
      // "— Name · …" after a statement given only in translation turns that statement into a quote.
      if (previous?.kind === 'paragraph') {
        target().pop();
        const block: ParsedBlock = {
          kind: 'quote', original: null, translation: previous.text, speakers: [], episode: null,
          seeAlsoSlug: null, attributed: false, lines: [...previous.lines],
        };
        target().push(block);
        pendingQuotes = [block];
        attribute(attribution, line.number);
        return;
      }
    }
    addParagraph(line);
  };

  for (const line of lines) {
    const { text, number } = line;
    if (!titled) {
      if (CHROME.test(text)) {
        topic.structuralLines.push(number);
        continue;
      }
      const title = text.match(TITLE);
      if (title && !(text in SECTIONS)) {
        topic.titleZh = title[1]!.trim();
        topic.titleEn = title[2]!.trim();
        topic.structuralLines.push(number);
        titled = true;
        continue;
      }
      if (text in SECTIONS) throw new ImportFormatError(`No title line before the first section (line ${number}). Expected "中文标题 · English title".`);
      warn(number, 'Text before the title line; kept at the end of the page.');
      unplaced.push({ kind: 'paragraph', text, lines: [number] });
      continue;
    }

    if (text in SECTIONS) {
      section = SECTIONS[text as keyof typeof SECTIONS];
      topic.structuralLines.push(number);
      blocks = null;
      pendingQuotes = [];
      continue;
    }
    if (section === 'preamble' && (CHROME.test(text) || HEADER.test(text))) {
      topic.structuralLines.push(number);
      if (HEADER.test(text)) {
        topic.header = {
          updatedOn: text.match(DATE)?.[1] ?? null,
          interviewCount: Number(text.match(/取材\s*(\d+)\s*篇/)?.[1] ?? NaN) || null,
        };
      }
      continue;
    }

    switch (section) {
      case 'changelog': {
        const dated = text.match(/^(\d{4}-\d{2}-\d{2})\s*[·::\s]\s*(.+)$/);
        if (dated) topic.changelog.push({ date: dated[1]!, text: dated[2]!.trim(), line: number });
        else {
          warn(number, 'A changelog line without a leading date (YYYY-MM-DD); dated with the header date.');
          topic.changelog.push({ date: topic.header?.updatedOn ?? '1970-01-01', text, line: number });
        }
        break;
      }
      case 'consensus': {
        const point = text.match(POINT);
        if (point) {
          topic.consensus.push({ statement: point[2]!.trim() || text, line: number, blocks: [] });
          blocks = topic.consensus.at(-1)!.blocks;
          pendingQuotes = [];
        } else {
          if (!blocks) warn(number, 'Text in 主流共识 before the first 第N点; kept at the end of the page.');
          addContent(line);
        }
        break;
      }
      case 'camps': {
        const camp = text.match(CAMP);
        if (camp) {
          topic.camps.push({ label: camp[1]!.toUpperCase(), stance: camp[2]!.trim(), holders: camp[3]!.trim(), line: number, blocks: [] });
          blocks = topic.camps.at(-1)!.blocks;
          pendingQuotes = [];
        } else {
          if (!blocks) warn(number, 'Text in 分歧在哪 before the first 阵营 heading; kept at the end of the page.');
          addContent(line);
        }
        break;
      }
      case 'blindSpots':
        topic.blindSpots.push({ text, line: number });
        break;
      case 'openQuestions':
        topic.openQuestions.push({ text, line: number });
        break;
      case 'view':
        readViewLine(topic, line, warn);
        break;
      case 'sources': {
        const date = text.match(DATE)?.[1] ?? null;
        const withoutDate = date ? text.replace(new RegExp(`\\s*·?\\s*${date}\\s*$`), '').trim() : text;
        topic.sources.push({ episode: parseEpisode(withoutDate.replace(/\s+·\s+/, ': ')), publishedOn: date, line: number });
        break;
      }
      case 'preamble':
        warn(number, 'Text between the title and the first section; kept at the end of the page.');
        unplaced.push({ kind: 'paragraph', text, lines: [number] });
        break;
    }
  }

  if (!titled) throw new ImportFormatError('No title line. The first line should read "中文标题 · English title".');
  checkLimits(topic);
  if (unplaced.length > 0) {
    topic.consensus.push({ statement: '导入时未能归位的内容 · Unplaced text from the import', line: unplaced[0]!.lines[0]!, blocks: unplaced });
  }
  return topic;
}

/** The editor's limits, checked before anything is written, naming the line at fault. */
function checkLimits(topic: ParsedTopic) {
  const tooLong = (text: string | null, max: number) => (text?.length ?? 0) > max;
  if (tooLong(topic.titleZh, LIMITS.title) || tooLong(topic.titleEn, LIMITS.title)) {
    throw new ImportFormatError(`The title is longer than ${LIMITS.title} characters.`);
  }
  for (const camp of topic.camps) {
    if (tooLong(camp.stance, LIMITS.title) || tooLong(camp.holders, LIMITS.title)) {
      throw new ImportFormatError(`Line ${camp.line}: a camp heading's stance and holders may be ${LIMITS.title} characters each.`);
    }
  }
  const items = [...topic.consensus.map((p) => ({ text: p.statement, line: p.line })), ...topic.blindSpots, ...topic.openQuestions, ...topic.changelog];
  const longItem = items.find((item) => tooLong(item.text, LIMITS.paragraph));
  if (longItem) throw new ImportFormatError(`Line ${longItem.line}: longer than ${LIMITS.paragraph.toLocaleString('en')} characters.`);
  if (topic.camps.length > LIMITS.camps) throw new ImportFormatError(`The page has ${topic.camps.length} camps; at most ${LIMITS.camps} are allowed.`);
  const blocks = [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks);
  if (blocks.length > LIMITS.blocks) throw new ImportFormatError(`The page has ${blocks.length} blocks; at most ${LIMITS.blocks} are allowed.`);
  for (const block of blocks) {
    const [max, texts] =
      block.kind === 'quote' ? [LIMITS.quote, [block.original, block.translation]] : [LIMITS.paragraph, [block.text]];
    if (texts.some((text) => tooLong(text, max))) {
      throw new ImportFormatError(`Line ${block.lines[0]}: longer than ${max.toLocaleString('en')} characters, the most a ${block.kind === 'quote' ? 'quote' : 'paragraph'} may hold.`);
    }
  }
}

function readViewLine(topic: ParsedTopic, line: Line, warn: (line: number, message: string) => void) {
  const view = (topic.view ??= { judgment: '', confidence: null, strongestSupport: '', weakestLink: '', lines: [] });
  view.lines.push(line.number);
  const judgment = line.text.match(/^判断\s*[((]不是事实[))]\s*[:：]\s*([\s\S]*)$/);
  if (judgment) {
    view.judgment = [view.judgment, judgment[1]!.trim()].filter(Boolean).join('\n\n');
    return;
  }
  const confidence = line.text.match(/^把握程度\s*[:：]\s*([\s\S]*)$/);
  if (confidence) {
    const rest = confidence[1]!.trim();
    const level = CONFIDENCE.find(([label]) => rest.startsWith(label));
    if (!level) warn(line.number, `Unknown confidence level in "${rest.slice(0, 20)}…"; expected 低 / 中等偏低 / 中等 / 中等偏高 / 高.`);
    view.confidence = level?.[1] ?? null;
    const reasons = (level ? rest.slice(level[0].length) : rest).replace(/^[。.,,;;\s]+/, '');
    const weakestAt = reasons.search(/最弱的?环节/);
    if (weakestAt >= 0) {
      view.strongestSupport = reasons.slice(0, weakestAt).replace(/[;;,,\s]+$/, '');
      view.weakestLink = reasons.slice(weakestAt);
    } else {
      view.strongestSupport = reasons;
    }
    return;
  }
  warn(line.number, 'A line in 我的看法 that is neither 判断 nor 把握程度; added to the judgment.');
  view.judgment = [view.judgment, line.text].filter(Boolean).join('\n\n');
}
