import type { ParsedBlock, ParsedTopic } from './parsed-topic';

/** Every input line a parsed topic accounts for: furniture, blocks, list items, the view. */
export function coveredLines(topic: ParsedTopic): Set<number> {
  const lines = new Set(topic.structuralLines);
  const blocks: ParsedBlock[] = [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks);
  for (const block of blocks) block.lines.forEach((line) => lines.add(line));
  for (const point of topic.consensus) lines.add(point.line);
  for (const camp of topic.camps) lines.add(camp.line);
  for (const item of [...topic.changelog, ...topic.blindSpots, ...topic.openQuestions, ...topic.sources]) lines.add(item.line);
  topic.view?.lines.forEach((line) => lines.add(line));
  topic.sisterTopics?.forEach((item) => lines.add(item.line));
  return lines;
}

/** The numbers (1-based) of the lines that hold any text. */
export const nonEmptyLines = (text: string) =>
  new Set(text.split(/\r\n|\r|\n/).flatMap((line, index) => (line.trim() ? [index + 1] : [])));
