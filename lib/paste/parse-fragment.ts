// A fragment of a topic page pasted into one consensus point or camp: quotes with their
// attribution lines, translations, paraphrases, editor's notes and paragraphs, in the page's own
// format. It is read by the importer's grammar itself (lib/import/parse-topic-text.ts) as the
// blocks of a camp of a page made around it, so a paste and an import can never read the same
// lines differently. Line numbers are the fragment's own, from 1.
import { ImportFormatError, parseTopicText } from '@/lib/import/parse-topic-text';
import type { ParsedBlock, ParsedTopic } from '@/lib/import/parsed-topic';
import { MAX_PASTE_CHARS } from './limits';
import { sectionOf, SECTION_TITLES } from '@/lib/page-format/sections';

// The page the fragment is read inside: a title, the camps' section and one camp heading.
const FRAME = ['片段 · Fragment', '', SECTION_TITLES.camps, '阵营 A · “片段”'];

export type ParsedFragment = {
  /** The page around the fragment, with every block in its one camp (what inferSpeakers reads). */
  topic: ParsedTopic;
  blocks: ParsedBlock[];
  warnings: { line: number; message: string }[];
};

export function parseFragment(text: string): ParsedFragment {
  if (text.length > MAX_PASTE_CHARS) {
    throw new ImportFormatError(`粘贴的文字超过 ${MAX_PASTE_CHARS.toLocaleString('en')} 个字符 · The pasted text is longer than ${MAX_PASTE_CHARS.toLocaleString('en')} characters; import it as a page instead.`);
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const heading = lines.findIndex((line) => sectionOf(line.trim()) !== null);
  if (heading >= 0) {
    throw new ImportFormatError(
      `第 ${heading + 1} 行是章节标题「${lines[heading]!.trim()}」;这里只能粘贴引语、转述、注和段落 · Line ${heading + 1} is a section heading; paste quotes, paraphrases, notes and paragraphs here, or import the whole page.`,
    );
  }
  if (lines.every((line) => line.trim() === '')) throw new ImportFormatError('没有可粘贴的文字 · There is no text to paste.');

  const topic = parseTopicText([...FRAME, ...lines].join('\n'));
  const shift = (line: number) => line - FRAME.length;
  // A camp heading inside the fragment starts a camp of the frame page: its heading line stays
  // as a paragraph where it stood, so nothing typed is lost, and the analyst is told.
  const warnings = topic.warnings.map((warning) => ({ line: shift(warning.line), message: warning.message }));
  const blocks: ParsedBlock[] = [];
  // "成员 · Members: …" first would be read as the frame camp's members: it stays text too.
  if (topic.camps[0]!.members !== null) {
    const first = lines.findIndex((line) => line.trim() !== '');
    blocks.push({ kind: 'paragraph', text: lines[first]!.trim(), lines: [first + 1 + FRAME.length] });
  }
  topic.camps.forEach((camp, index) => {
    if (index > 0) {
      blocks.push({ kind: 'paragraph', text: lines[shift(camp.line) - 1]!.trim(), lines: [camp.line] });
      warnings.push({ line: shift(camp.line), message: '阵营标题按段落粘贴 · A camp heading, pasted as a paragraph (add the camp with “+ 阵营”).' });
    }
    blocks.push(...camp.blocks);
  });
  // Speakers are inferred later, from these blocks: their lines are then the fragment's too.
  for (const block of blocks) block.lines = block.lines.map(shift);
  return { topic: { ...topic, camps: [{ ...topic.camps[0]!, blocks }] }, blocks, warnings };
}
