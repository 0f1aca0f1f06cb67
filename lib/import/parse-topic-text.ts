// Reads a topic page in the plain-text form readers copy from the published page
// (lib/import/fixtures/performance-plateau.txt is the reference), and the Markdown that
// export writes. The grammar is lib/page-format (its README lists every line kind); this file
// only walks the lines and builds the topic. Lossless by construction: each non-empty line is
// page furniture or ends up in a block, and a line it does not understand becomes a paragraph
// where it stood, with a warning. Linear in the size of the input: documentLines() checks the
// size, the number of lines and each line's length before any reader looks at a line.
import { readAttribution, startsWithDash, type Attribution } from '@/lib/page-format/attribution';
import { documentLines, type DocumentLine } from '@/lib/page-format/document-lines';
import { ImportFormatError } from '@/lib/page-format/errors';
import {
  isKicker,
  readCampHeading,
  readChangelogLine,
  readHeaderLine,
  readMembersLine,
  readNoteLine,
  readParaphraseMark,
  readPointHeading,
  readQuoteLine,
  readSisterLine,
  readTitleLine,
  readTranslationLine,
  unescapeLine,
} from '@/lib/page-format/line-kinds';
import { readReference } from '@/lib/page-format/references';
import { ESCAPE, sectionOf, type SectionKey } from '@/lib/page-format/sections';
import { readSpeakers } from '@/lib/page-format/speakers';
import { LIMITS } from '@/lib/topics/document';
import type { ParsedBlock, ParsedQuote, ParsedTopic } from './parsed-topic';
import { readViewLine } from './read-view';

export { ImportFormatError } from '@/lib/page-format/errors';

type Section = SectionKey | 'preamble';

export function parseTopicText(input: string): ParsedTopic {
  const lines = documentLines(input);
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
  let blockCount = 0;
  // The quotes on the lines just above, waiting for an attribution line to say who said them.
  let pendingQuotes: ParsedQuote[] = [];
  // A paragraph whose next line, with no blank line between, continues it.
  let openParagraph: Extract<ParsedBlock, { kind: 'paragraph' }> | null = null;
  const view = { field: null as 'judgment' | 'strongestSupport' | 'weakestLink' | null };

  const target = () => blocks ?? unplaced;
  const last = () => target().at(-1);
  const push = (block: ParsedBlock) => {
    blockCount += 1;
    if (blockCount > LIMITS.blocks) throw new ImportFormatError(`The page has more than ${LIMITS.blocks.toLocaleString('en')} blocks; at most ${LIMITS.blocks.toLocaleString('en')} are allowed.`);
    target().push(block);
  };
  const newQuote = (line: number, fields: Partial<ParsedQuote>): ParsedQuote => ({
    kind: 'quote', original: null, originalLang: 'en', translation: null, translationLang: 'zh', speakers: [],
    episode: null, seeAlsoSlug: null, attributed: false, inferred: null, lines: [line], ...fields,
  });
  const attribute = (attribution: Attribution, line: number) => {
    for (const quote of pendingQuotes) {
      Object.assign(quote, { speakers: attribution.speakers, episode: attribution.episode, seeAlsoSlug: attribution.seeAlsoSlug, attributed: true });
      quote.lines.push(line);
    }
    pendingQuotes = [];
  };

  const addParagraph = (line: DocumentLine) => {
    pendingQuotes = [];
    const text = unescapeLine(line.text);
    if (openParagraph && !line.afterBlank && openParagraph === last()) {
      openParagraph.text = `${openParagraph.text}\n${text}`;
      openParagraph.lines.push(line.number);
      return;
    }
    openParagraph = { kind: 'paragraph', text, lines: [line.number] };
    push(openParagraph);
  };

  const addContent = (line: DocumentLine) => {
    const { text, number } = line;
    if (text.startsWith(ESCAPE)) return addParagraph(line);
    const wasOpen = openParagraph;
    openParagraph = null;
    const quote = readQuoteLine(text);
    if (quote) {
      if (line.afterBlank) pendingQuotes = [];
      const block = newQuote(number, { original: quote.text, originalLang: quote.lang ?? 'en' });
      push(block);
      pendingQuotes.push(block);
      return;
    }
    const translation = readTranslationLine(text);
    if (translation) {
      const previous = last();
      if (!line.afterBlank && previous?.kind === 'quote' && previous.translation === null && previous.original !== null && pendingQuotes.includes(previous)) {
        previous.translation = translation.text;
        previous.translationLang = translation.lang ?? 'zh';
        previous.lines.push(number);
      } else {
        if (line.afterBlank) pendingQuotes = [];
        const block = newQuote(number, { translation: translation.text, translationLang: translation.lang ?? 'zh' });
        push(block);
        pendingQuotes.push(block);
      }
      return;
    }
    // Without its dash, an attribution stands on the line right after its quotes; with it, a
    // blank line may come between.
    const attribution = readAttribution(text, { afterQuote: pendingQuotes.length > 0 && !line.afterBlank });
    if (attribution) {
      const previous = last();
      if (pendingQuotes.length > 0) return attribute(attribution, number);
      // "— Name · …" under a paraphrase says whom it paraphrases and where.
      if (previous?.kind === 'paraphrase' && !previous.speaker && !previous.episode && attribution.speakers.length <= 1 && !attribution.seeAlsoSlug) {
        previous.speaker = attribution.speakers[0] ?? null;
        previous.episode = attribution.episode;
        previous.lines.push(number);
        return;
      }
      // Under a plain statement it turns the statement into a quote given only in translation.
      if (previous?.kind === 'paragraph' && previous === wasOpen && startsWithDash(text)) {
        target().pop();
        blockCount -= 1;
        const block = newQuote(previous.lines[0]!, { translation: previous.text, lines: [...previous.lines] });
        push(block);
        pendingQuotes = [block];
        return attribute(attribution, number);
      }
    }
    pendingQuotes = [];
    const paraphrase = readParaphraseMark(text);
    if (paraphrase) {
      push({ kind: 'paraphrase', text: paraphrase.text, reason: paraphrase.reason, speaker: null, episode: null, lines: [number] });
      return;
    }
    const note = readNoteLine(text);
    if (note !== null) {
      push({ kind: 'note', text: note, lines: [number] });
      return;
    }
    openParagraph = wasOpen;
    addParagraph(line);
  };

  const keepForEnd = (line: DocumentLine, message: string) => {
    warn(line.number, message);
    unplaced.push({ kind: 'paragraph', text: line.text, lines: [line.number] });
  };

  for (const line of lines) {
    const { text, number } = line;
    if (!titled) {
      if (isKicker(text)) {
        topic.structuralLines.push(number);
        continue;
      }
      const title = sectionOf(text) ? null : readTitleLine(text);
      if (title) {
        topic.titleZh = title.zh;
        topic.titleEn = title.en;
        topic.structuralLines.push(number);
        titled = true;
        continue;
      }
      if (sectionOf(text)) throw new ImportFormatError(`No title line before the first section (line ${number}). Expected "中文标题 · English title".`);
      keepForEnd(line, 'Text before the title line; kept at the end of the page.');
      continue;
    }

    const heading = sectionOf(text);
    if (heading) {
      section = heading;
      topic.structuralLines.push(number);
      blocks = null;
      pendingQuotes = [];
      openParagraph = null;
      if (heading === 'sisterTopics') topic.sisterTopics ??= [];
      continue;
    }
    if (section === 'preamble') {
      const header = isKicker(text) ? null : readHeaderLine(text);
      if (isKicker(text) || header) {
        topic.structuralLines.push(number);
        if (header) topic.header = { updatedOn: header.updatedOn?.iso ?? null, interviewCount: header.interviewCount };
        continue;
      }
      keepForEnd(line, 'Text between the title and the first section; kept at the end of the page.');
      continue;
    }

    switch (section) {
      case 'changelog': {
        const dated = readChangelogLine(text);
        if (dated?.rest && dated.date.precision === 'day') topic.changelog.push({ date: dated.date.iso, text: dated.rest, line: number });
        else {
          warn(number, 'A changelog line without a leading date (YYYY-MM-DD); dated with the header date.');
          topic.changelog.push({ date: topic.header?.updatedOn ?? '1970-01-01', text, line: number });
        }
        break;
      }
      case 'consensus': {
        const statement = readPointHeading(text);
        if (statement !== null) {
          topic.consensus.push({ statement: statement || text, line: number, blocks: [] });
          blocks = topic.consensus.at(-1)!.blocks;
          pendingQuotes = [];
          openParagraph = null;
        } else {
          if (!blocks) warn(number, 'Text in 主流共识 before the first 第N点; kept at the end of the page.');
          addContent(line);
        }
        break;
      }
      case 'camps': {
        const camp = readCampHeading(text);
        const current = topic.camps.at(-1);
        const members = camp ? null : readMembersLine(text);
        if (camp) {
          if (topic.camps.length >= LIMITS.camps) throw new ImportFormatError(`Line ${number}: the page has more than ${LIMITS.camps} camps; at most ${LIMITS.camps} are allowed.`);
          topic.camps.push({ ...camp, members: null, line: number, blocks: [] });
          blocks = topic.camps.at(-1)!.blocks;
          pendingQuotes = [];
          openParagraph = null;
        } else if (members !== null && current && current.members === null && current.blocks.length === 0) {
          current.members = members.split('\u3001').flatMap((part) => readSpeakers(part).slice(0, 1));
          topic.structuralLines.push(number);
        } else {
          if (!blocks) warn(number, 'Text in 分歧在哪 before the first 阵营 heading; kept at the end of the page.');
          addContent(line);
        }
        break;
      }
      case 'blindSpots':
        topic.blindSpots.push({ text: unescapeLine(text), line: number });
        break;
      case 'openQuestions':
        topic.openQuestions.push({ text: unescapeLine(text), line: number });
        break;
      case 'view':
        readViewLine(topic, line, view, warn);
        break;
      case 'sources': {
        const episode = readReference(text);
        if (episode.publishedOn?.precision === 'month') warn(number, `Only a month is given for this interview (${episode.publishedOn.iso.slice(0, 7)}); stored as its first day.`);
        topic.sources.push({ episode, line: number });
        break;
      }
      case 'sisterTopics': {
        const slug = readSisterLine(text);
        if (slug) topic.sisterTopics!.push({ slug, line: number });
        else keepForEnd(line, 'Not a topic slug in 姊妹主题; kept at the end of the page.');
        break;
      }
    }
  }

  if (!titled) throw new ImportFormatError('No title line. The first line should read "中文标题 · English title".');
  if (unplaced.length > 0) {
    topic.consensus.push({ statement: '导入时未能归位的内容 · Unplaced text from the import', line: unplaced[0]!.lines[0]!, blocks: unplaced });
  }
  checkLimits(topic);
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
  for (const block of [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks)) {
    const [max, texts] =
      block.kind === 'quote' ? [LIMITS.quote, [block.original, block.translation]] : [LIMITS.paragraph, [block.text]];
    if (texts.some((text) => tooLong(text, max))) {
      throw new ImportFormatError(`Line ${block.lines[0]}: longer than ${max.toLocaleString('en')} characters, the most a ${block.kind === 'quote' ? 'quote' : 'paragraph'} may hold.`);
    }
  }
  const view = topic.view;
  if (view && [view.judgment, view.strongestSupport, view.weakestLink].some((text) => tooLong(text, LIMITS.paragraph))) {
    throw new ImportFormatError(`Line ${view.lines[0]}: 我的看法 holds a field longer than ${LIMITS.paragraph.toLocaleString('en')} characters.`);
  }
}
