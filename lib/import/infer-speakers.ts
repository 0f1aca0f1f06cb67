import type { ParsedBlock, ParsedSpeaker, ParsedTopic } from './parsed-topic';

export const foldName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A quote with no attribution line gets the speaker named in the paragraph just before it,
 * when exactly one known speaker (already in the library, or attributed elsewhere in this
 * document) is named there. Otherwise it stays unattributed: a speaker is never invented.
 * Returns the quotes left unattributed.
 */
export function inferSpeakers(topic: ParsedTopic, libraryNames: Iterable<string>) {
  const known = new Map<string, ParsedSpeaker>();
  for (const name of libraryNames) known.set(foldName(name), { name, affiliation: null });
  const sections = [...topic.consensus, ...topic.camps];
  for (const block of sections.flatMap((section) => section.blocks)) {
    if (block.kind === 'quote') for (const speaker of block.speakers) known.set(foldName(speaker.name), speaker);
  }

  const unattributed: { line: number; text: string }[] = [];
  for (const { blocks } of sections) {
    let context: ParsedBlock | undefined;
    for (const block of blocks) {
      if (block.kind !== 'quote') {
        context = block;
        continue;
      }
      if (block.speakers.length > 0) continue;
      const named = context?.kind === 'paragraph' ? namedSpeakers(context.text, known) : [];
      if (named.length === 1) block.speakers = [named[0]!];
      else unattributed.push({ line: block.lines[0]!, text: (block.original ?? block.translation ?? '').slice(0, 80) });
    }
  }
  return unattributed;
}

function namedSpeakers(text: string, known: Map<string, ParsedSpeaker>): ParsedSpeaker[] {
  const folded = foldName(text);
  const found = [...known.entries()].filter(([name]) => name.length >= 3 && containsName(folded, name));
  // "Brad Lightcap" also contains "Brad": keep only names not inside a longer match.
  return found
    .filter(([name]) => !found.some(([other]) => other !== name && other.includes(name)))
    .map(([, speaker]) => speaker);
}

function containsName(text: string, name: string): boolean {
  const index = text.indexOf(name);
  if (index === -1) return false;
  const before = text[index - 1];
  const after = text[index + name.length];
  const isWordChar = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);
  return !isWordChar(before) && !isWordChar(after);
}
