// Reads a topic page in the plain-text form readers copy from the published page
// (lib/import/fixtures/performance-plateau.txt is the reference), and the Markdown that
// export writes (the same lines behind #, > and - markers). Lossless by construction: each
// non-empty line is either page furniture (title, header, a section heading) or ends up in a
// block, and a line it does not understand becomes a paragraph where it stood, with a warning.
import { LIMITS, type ConfidenceLevel } from '@/lib/topics/document';
import { parseAttribution, parseSpeakers } from './attribution';
import { parseEpisode } from './episode';
import type { ParsedAttribution } from './attribution';
import type { ParsedBlock, ParsedQuote, ParsedTopic } from './parsed-topic';

export class ImportFormatError extends Error {
  name = 'ImportFormatError';
}

export const SECTION_TITLES = {
  changelog: '更新日志',
  consensus: '主流共识',
  camps: '分歧在哪',
  blindSpots: '都没说透的',
  view: '我的看法',
  openQuestions: '还想知道什么',
  sources: '取材',
  sisterTopics: '姊妹主题',
} as const;
type Section = keyof typeof SECTION_TITLES | 'preamble';
const SECTION_BY_TITLE = new Map<string, Section>(Object.entries(SECTION_TITLES).map(([key, title]) => [title, key as Section]));

const CHROME = /^主题综述$/;
const HEADER = /^主题页\s*[((]活文档[))]/;
const TITLE = /^(.+?)\s+·\s+(.+)$/;
const POINT = /^第([一二三四五六七八九十百\d]+)点\s*[:：]\s*(.*)$/;
const CAMP = /^阵营\s*([A-Za-z0-9]{1,4})\s*[·・]\s*["“](.+?)["”]\s*(?:——|—)?\s*(.*)$/;
const MEMBERS = /^成员\s*·\s*Members\s*[:：]\s*(.*)$/;
const LANG = '(?:\\s*\\[([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\\])?';
const QUOTE = new RegExp(`^["“]([\\s\\S]+)["”]${LANG}$`);
const TRANSLATION = new RegExp(`^「([\\s\\S]+)」${LANG}$`);
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
/** Written by export before a paragraph that would otherwise read as something else. */
export const ESCAPE = '\\';

type Line = { number: number; text: string };

/** Markdown as export writes it is the plain-text form behind line markers. */
function stripMarkdown(text: string): string {
  return text.replace(/^#{1,3}\s+/, '').replace(/^>\s?/, '').replace(/^-\s+/, '');
}

export function parseTopicText(input: string): ParsedTopic {
  const raw = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const markdown = raw.find((line) => line.trim())?.trim().startsWith('# ') ?? false;
  const lines: Line[] = raw
    .map((text, index) => ({ number: index + 1, text: markdown ? stripMarkdown(text.trim()).trim() : text.trim() }))
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
    sisterTopics: null,
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
  let pendingQuotes: ParsedQuote[] = [];

  const target = () => blocks ?? unplaced;
  const last = () => target().at(-1);
  const newQuote = (line: number, fields: Partial<ParsedQuote>): ParsedQuote => ({
    kind: 'quote', original: null, originalLang: 'en', translation: null, translationLang: 'zh', speakers: [],
    episode: null, seeAlsoSlug: null, attributed: false, lines: [line], ...fields,
  });
  const attribute = (attribution: ParsedAttribution, line: number) => {
    for (const quote of pendingQuotes) {
      Object.assign(quote, { speakers: attribution.speakers, episode: attribution.episode, seeAlsoSlug: attribution.seeAlsoSlug, attributed: true });
      quote.lines.push(line);
    }
    pendingQuotes = [];
  };

  const addParagraph = (line: Line) => {
    pendingQuotes = [];
    if (line.text.startsWith(ESCAPE)) {
      target().push({ kind: 'paragraph', text: line.text.slice(ESCAPE.length), lines: [line.number] });
      return;
    }
    const mark = line.text.match(PARAPHRASE_MARK);
    if (mark) {
      const reason = mark[1]!.trim().replace(/^转述\s*[:：]\s*/, '');
      const text = line.text.replace(mark[0], '').trim();
      target().push({ kind: 'paraphrase', text, reason, speaker: null, episode: null, lines: [line.number] });
    } else if (NOTE.test(line.text)) {
      target().push({ kind: 'note', text: line.text.replace(/^注意\s*——\s*/, '').trim() || line.text, lines: [line.number] });
    } else {
      target().push({ kind: 'paragraph', text: line.text, lines: [line.number] });
    }
  };

  const addContent = (line: Line) => {
    if (line.text.startsWith(ESCAPE)) return addParagraph(line);
    const quote = line.text.match(QUOTE);
    if (quote && quote[1]!.trim()) {
      const block = newQuote(line.number, { original: quote[1]!.trim(), originalLang: quote[2] ?? 'en' });
      target().push(block);
      pendingQuotes.push(block);
      return;
    }
    const translation = line.text.match(TRANSLATION);
    if (translation && translation[1]!.trim()) {
      const previous = last();
      if (previous?.kind === 'quote' && previous.translation === null && pendingQuotes.includes(previous)) {
        previous.translation = translation[1]!.trim();
        previous.translationLang = translation[2] ?? 'zh';
        previous.lines.push(line.number);
      } else {
        const block = newQuote(line.number, { translation: translation[1]!.trim(), translationLang: translation[2] ?? 'zh' });
        target().push(block);
        pendingQuotes.push(block);
      }
      return;
    }
    const attribution = parseAttribution(line.text, { afterQuote: pendingQuotes.length > 0 });
    if (attribution) {
      const previous = last();
      if (pendingQuotes.length > 0) return attribute(attribution, line.number);
      // "— Name · …" under a paraphrase says whom it paraphrases and where.
      if (previous?.kind === 'paraphrase' && !previous.speaker && !previous.episode && attribution.speakers.length <= 1 && !attribution.seeAlsoSlug) {
        previous.speaker = attribution.speakers[0] ?? null;
        previous.episode = attribution.episode;
        previous.lines.push(line.number);
        return;
      }
      // Under a plain statement it turns the statement into a quote given only in translation.
      if (previous?.kind === 'paragraph') {
        target().pop();
        const block = newQuote(previous.lines[0]!, { translation: previous.text, lines: [...previous.lines] });
        target().push(block);
        pendingQuotes = [block];
        return attribute(attribution, line.number);
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
      if (title && !SECTION_BY_TITLE.has(text)) {
        topic.titleZh = title[1]!.trim();
        topic.titleEn = title[2]!.trim();
        topic.structuralLines.push(number);
        titled = true;
        continue;
      }
      if (SECTION_BY_TITLE.has(text)) throw new ImportFormatError(`No title line before the first section (line ${number}). Expected "中文标题 · English title".`);
      warn(number, 'Text before the title line; kept at the end of the page.');
      unplaced.push({ kind: 'paragraph', text, lines: [number] });
      continue;
    }

    const heading = SECTION_BY_TITLE.get(text);
    if (heading) {
      section = heading;
      topic.structuralLines.push(number);
      blocks = null;
      pendingQuotes = [];
      if (heading === 'sisterTopics') topic.sisterTopics ??= [];
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
        const members = text.match(MEMBERS);
        const current = topic.camps.at(-1);
        if (camp) {
          topic.camps.push({ label: camp[1]!.toUpperCase(), stance: camp[2]!.trim(), holders: camp[3]!.trim(), members: null, line: number, blocks: [] });
          blocks = topic.camps.at(-1)!.blocks;
          pendingQuotes = [];
        } else if (members && current && current.members === null && current.blocks.length === 0) {
          current.members = members[1]!.trim() ? members[1]!.split('、').flatMap((part) => parseSpeakers(part)) : [];
          topic.structuralLines.push(number);
        } else {
          if (!blocks) warn(number, 'Text in 分歧在哪 before the first 阵营 heading; kept at the end of the page.');
          addContent(line);
        }
        break;
      }
      case 'blindSpots':
        topic.blindSpots.push({ text: unescape(text), line: number });
        break;
      case 'openQuestions':
        topic.openQuestions.push({ text: unescape(text), line: number });
        break;
      case 'view':
        readViewLine(topic, line, warn);
        break;
      case 'sources':
        topic.sources.push({ ...parseSourceLine(text), line: number });
        break;
      case 'sisterTopics': {
        const slug = text.match(/^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s|$)/)?.[1];
        if (slug) topic.sisterTopics!.push({ slug, line: number });
        else {
          warn(number, 'Not a topic slug in 姊妹主题; kept at the end of the page.');
          unplaced.push({ kind: 'paragraph', text, lines: [number] });
        }
        break;
      }
      case 'preamble':
        warn(number, 'Text between the title and the first section; kept at the end of the page.');
        unplaced.push({ kind: 'paragraph', text, lines: [number] });
        break;
    }
  }

  if (!titled) throw new ImportFormatError('No title line. The first line should read "中文标题 · English title".');
  if (unplaced.length > 0) {
    topic.consensus.push({ statement: '导入时未能归位的内容 · Unplaced text from the import', line: unplaced[0]!.lines[0]!, blocks: unplaced });
  }
  checkLimits(topic);
  return topic;
}

const unescape = (text: string) => (text.startsWith(ESCAPE) ? text.slice(ESCAPE.length) : text);

/** "Show #12 · Episode title · 2026-03-04 · https://…": everything but the show is optional. */
function parseSourceLine(text: string) {
  const parts = text.split(/\s+·\s+/);
  const url = parts.at(-1)?.match(/^https?:\/\/\S+$/) ? parts.pop()! : null;
  const publishedOn = parts.length > 1 && /^\d{4}-\d{2}-\d{2}$/.test(parts.at(-1)!) ? parts.pop()! : null;
  const [first = text, ...title] = parts;
  const numbered = first.match(/^(.+?)\s*#(\d+)$/);
  const episode = numbered
    ? { raw: text, show: numbered[1]!.trim(), episodeNumber: numbered[2]!, episodeTitle: title.join(' · ') }
    : title.length
      ? { raw: text, show: first, episodeNumber: null, episodeTitle: title.join(' · ') }
      : { ...parseEpisode(first), raw: text };
  return { episode, publishedOn, url };
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
  // Export writes these on lines of their own.
  const strongest = line.text.match(/^最强的支撑\s*[:：]\s*([\s\S]*)$/);
  if (strongest) {
    view.strongestSupport = strongest[1]!.trim();
    return;
  }
  const weakest = line.text.match(/^最弱的环节\s*[:：]\s*([\s\S]*)$/);
  if (weakest) {
    view.weakestLink = weakest[1]!.trim();
    return;
  }
  const confidence = line.text.match(/^把握程度\s*[:：]\s*([\s\S]*)$/);
  if (confidence) {
    const rest = confidence[1]!.trim();
    const level = CONFIDENCE.find(([label]) => rest.startsWith(label));
    if (!level) warn(line.number, `Unknown confidence level in "${rest.slice(0, 20)}…"; expected 低 / 中等偏低 / 中等 / 中等偏高 / 高.`);
    view.confidence = level?.[1] ?? null;
    // The reference page continues the line: 最强的支撑是…;最弱的环节是…
    const reasons = (level ? rest.slice(level[0].length) : rest).replace(/^[。.,,;;\s]+/, '');
    if (!reasons) return;
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
