// A quote with no attribution line is given the speaker(s) the text before it names, in the
// same consensus point or camp: the paragraph, note or paraphrase just above, or — through a
// chain of quotes and of paragraphs that only say 他/她/他们 (he/she/they) — the one that named
// them earlier. Such attributions are marked as inferred, with the line that named the speaker,
// until an analyst confirms them. Where two different people are named and nothing decides
// between them, or nobody is named, the quote stays without a speaker: nobody is invented.
import { isHan } from '@/lib/page-format/characters';
import { readAffiliation } from '@/lib/page-format/speakers';
import { fold } from './page-interviews';
import { hasPersonalPronoun, namedPeople, type Mention, type NameContext } from './named-people';
import type { ParsedBlock, ParsedQuote, ParsedSpeaker, ParsedTopic } from './parsed-topic';

export type Inference = { quoteLine: number; speakers: string[]; fromLine: number; fromText: string };
export type UnattributedQuote = { line: number; text: string; reason: string };
export type LibrarySpeaker = { name: string; aliases: string[] };

const MAX_FROM_TEXT = 500;

/** The speakers a text names, as one person or one group; 'ambiguous' when it names several apart. */
function whoIsNamed(mentions: Mention[]): ParsedSpeaker[] | 'ambiguous' | 'mentioned' | null {
  if (mentions.length === 0) return null;
  const people = new Map<string, ParsedSpeaker>();
  for (const mention of mentions) for (const speaker of mention.speakers) if (!people.has(fold(speaker.name))) people.set(fold(speaker.name), speaker);
  // One mention holds everyone named (a group, or one person named again): that mention decides.
  // A bare name alone decides nothing (nobody is made a speaker for being mentioned).
  const whole = mentions.find((mention) => !mention.weak && mention.speakers.length === people.size && mention.speakers.every((s) => people.has(fold(s.name))));
  if (!whole) return mentions.every((mention) => mention.weak) && people.size === 1 ? 'mentioned' : 'ambiguous';
  // The fullest form of each person: an organisation given anywhere in the text is kept.
  return whole.speakers.map((speaker) => ({ ...speaker, affiliation: speaker.affiliation ?? mentions.flatMap((m) => m.speakers).find((s) => fold(s.name) === fold(speaker.name) && s.affiliation)?.affiliation ?? null }));
}

/** Names the page's attribution and members lines give, and the library's names and aliases. */
function nameContext(topic: ParsedTopic, library: LibrarySpeaker[]): NameContext {
  const known = new Map<string, ParsedSpeaker>();
  const organisations = new Set<string>();
  const addSpeaker = (speaker: ParsedSpeaker) => {
    if (speaker.affiliation) organisations.add(fold(readAffiliation(speaker.affiliation).organisation));
    const key = fold(speaker.name);
    const current = known.get(key);
    if (!current || (!current.affiliation && speaker.affiliation)) known.set(key, speaker);
  };
  for (const speaker of library) for (const name of [speaker.name, ...speaker.aliases]) if (name.trim()) known.set(fold(name), { name: speaker.name, affiliation: null });
  for (const camp of topic.camps) camp.members?.forEach(addSpeaker);
  for (const block of [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks)) {
    if (block.kind === 'quote' && block.attributed) block.speakers.forEach(addSpeaker);
    if (block.kind === 'paraphrase' && block.speaker) addSpeaker(block.speaker);
  }
  // A person is not an organisation, even when someone works at a namesake.
  for (const key of known.keys()) organisations.delete(key);
  const keys = [...known.keys()];
  const firstWords = new Set(keys.map((key) => key.split(' ')[0]!));
  return {
    known,
    organisations,
    hanNames: keys.some((key) => [...key].some(isHan)),
    firstWords,
    firstLetters: new Set([...firstWords].map((word) => word[0]!)),
    maxWords: Math.min(5, Math.max(0, ...keys.map((key) => key.split(' ').length))),
  };
}

/** The line of a (possibly multi-line) block in which `offset` falls. */
function lineAt(block: Exclude<ParsedBlock, ParsedQuote>, offset: number): { line: number; text: string } {
  const before = block.text.slice(0, offset).split('\n').length - 1;
  const text = block.text.split('\n')[before] ?? block.text;
  return { line: block.lines[Math.min(before, block.lines.length - 1)]!, text: text.slice(0, MAX_FROM_TEXT) };
}

const excerpt = (quote: ParsedQuote) => (quote.original ?? quote.translation ?? '').slice(0, 80);

export function inferSpeakers(topic: ParsedTopic, library: LibrarySpeaker[] = []) {
  const context = nameContext(topic, library);
  const inferences: Inference[] = [];
  const unattributed: UnattributedQuote[] = [];

  for (const { blocks } of [...topic.consensus, ...topic.camps]) {
    // Text after the last quote that needs a speaker is never read: the work stays in proportion
    // to what has to be decided.
    let lastNeeding = -1;
    blocks.forEach((block, index) => {
      if (block.kind === 'quote' && !block.attributed) lastNeeding = index;
    });
    // Who the text so far names: speakers and the line that named them, or why nobody.
    let current: { speakers: ParsedSpeaker[]; line: number; text: string } | { none: string } = { none: 'nobody is named before it' };
    for (const block of blocks.slice(0, lastNeeding + 1)) {
      if (block.kind !== 'quote') {
        const mentions = namedPeople(block.text, context);
        const named = whoIsNamed(mentions);
        if (named === 'ambiguous') {
          const names = [...new Set(mentions.flatMap((m) => m.speakers.map((s) => s.name)))];
          current = { none: `${names.join(', ')} are named before it and nothing says which` };
        } else if (named === 'mentioned') {
          current = { none: `${mentions[0]!.speakers[0]!.name} is mentioned before it, but not as the one speaking` };
        } else if (named) {
          current = { speakers: named, ...lineAt(block, mentions[0]!.start) };
        } else if (!hasPersonalPronoun(block.text)) {
          current = { none: 'the text before it names nobody' };
        }
        continue;
      }
      if (block.attributed) {
        current = { none: 'the quote before it has an attribution line of its own' };
        continue;
      }
      if (block.inferred) {
        // Inferred earlier and kept as such (a JSON export): still to confirm.
        inferences.push({ quoteLine: block.lines[0] ?? 0, speakers: block.speakers.map((s) => s.name), fromLine: block.inferred.line, fromText: block.inferred.text });
        current = { speakers: block.speakers, ...block.inferred };
      } else if ('speakers' in current) {
        block.speakers = current.speakers.map((speaker) => ({ ...speaker }));
        block.inferred = { line: current.line, text: current.text };
        inferences.push({ quoteLine: block.lines[0]!, speakers: block.speakers.map((s) => s.name), fromLine: current.line, fromText: current.text });
      } else {
        unattributed.push({ line: block.lines[0]!, text: excerpt(block), reason: current.none });
      }
    }
  }
  return { inferences, unattributed };
}
