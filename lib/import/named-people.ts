// Who a paragraph names, for quotes whose speaker is named in the text before them rather than
// under them. A person is named as
//   Name (Org)                 Joelle Pineau (Cohere Chief Scientist) 是…   张伟(前 Cobalt)认为…
//   Org 的 Name                OpenAI 的 Isa Fulford / Christina Kim 把…
//   Name at the start          Jack Morris 在…   Jack Morris argues…   (two words or more, then Chinese or a reporting verb)
//   a known name or alias      the library's speakers, and everyone an attribution line names on the page
// and several people named together (joined by / 、 & 和 and) are one group. Any other run of
// two to five capitalised words counts as a person named (so it makes a text ambiguous) without
// being taken for the speaker. A name that is one of the page's organisations is not a person. One linear scan of words plus lookups of
// at most five words (or six Chinese characters) at each position: bounded by the text's length.
import { isAsciiDigit, isCloseParen, isHan, isLatinLetter, isOpenParen, isSpace } from '@/lib/page-format/characters';
import type { ParsedSpeaker } from './parsed-topic';
import { fold } from './page-interviews';

export type NameContext = {
  /** Folded names and aliases → the speaker they name. */
  known: Map<string, ParsedSpeaker>;
  /** Folded organisations seen on the page: such a name is not a person. */
  organisations: Set<string>;
  /** Whether any known name is written in Chinese characters (only then is Chinese text looked up). */
  hanNames: boolean;
  /** The folded first word of every known name, and its first letter: a lookup starts only at such a word. */
  firstWords: Set<string>;
  firstLetters: Set<string>;
  /** The most words a known name has (at most five are looked up). */
  maxWords: number;
};

/**
 * A person named in a text. `weak`: a bare name ("… 反驳了 Hana Sato 的说法") — a person named, so
 * another name in the text no longer decides alone, but not in a form that makes them the speaker.
 */
export type Mention = { start: number; end: number; speakers: ParsedSpeaker[]; weak?: boolean };

/** The words of a text as offsets, in two flat arrays (no object per word: texts may hold a million). */
type Words = { starts: number[]; ends: number[]; count: number };
type Run = { start: number; end: number; words: number };

const MAX_KNOWN_WORDS = 5;
const MAX_HAN_NAME = 6;
const WORD_INNER = "-'\u2019.&";
const JOINERS = [' / ', '/', '\u3001', ' & ', '&', ' 和 ', '和', ' and ', ' 与 ', '与', ', '];
const SENTENCE_STARTERS = new Set(
  'the this that these those even but and as in on for when while like per according so then also both here there meanwhile however only yet still if though although with without after before since because our their his her its my we they he she it i a an what why how who where which'.split(' '),
);
const REPORTING_VERBS = new Set(
  'says said argues argued adds added notes noted puts put thinks thought believes believed explains explained writes wrote warns warned points pointed claims claimed suggests suggested insists insisted counters countered tells told observes observed recalls recalled admits admitted agrees agreed disagrees disagreed goes went gives gave offers offered makes made is was has had frames framed sees saw calls called describes described predicts predicted expects expected doubts doubted answers answered replies replied sums summed on takes took'.split(' '),
);

// Character classes by code, for the hot loop over every character of a paragraph.
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || (c >= 48 && c <= 57);
const INNER_CODES = new Set([...WORD_INNER].map((c) => c.charCodeAt(0)));
const AMPERSAND = 38;
const DOT = 46;

function words(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  let count = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i < length && (isLetterCode(c) || (INNER_CODES.has(c) && (c === AMPERSAND || c === DOT || isLetterCode(text.charCodeAt(i + 1)))))) i += 1;
      else break;
    }
    starts.push(start);
    ends.push(i);
    count += 1;
  }
  return { starts, ends, count };
}

const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLowerCode = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/** "Lightcap", "McGrew", "O'Brien", "J.": a word a name is made of (capital first, not all capitals). */
function isNameWord(text: string, start: number, end: number): boolean {
  if (!isUpperCode(text.charCodeAt(start))) return false;
  if (end - start === 2 && text.charCodeAt(start + 1) === DOT) return true;
  for (let i = start + 1; i < end; i += 1) if (isLowerCode(text.charCodeAt(i))) return !isAsciiDigit(text[end - 1]);
  return false;
}

/** Runs of name words separated by single spaces, without a sentence's first word ("Even Ari Morcos" → "Ari Morcos"). */
function nameRuns(text: string, all: Words): Run[] {
  const runs: Run[] = [];
  let first = -1;
  let last = -1;
  const close = () => {
    while (first >= 0 && first <= last && SENTENCE_STARTERS.has(text.slice(all.starts[first]!, all.ends[first]!).toLowerCase())) first += 1;
    if (first >= 0 && first <= last) runs.push({ start: all.starts[first]!, end: all.ends[last]!, words: last - first + 1 });
    first = -1;
    last = -1;
  };
  for (let w = 0; w < all.count; w += 1) {
    const start = all.starts[w]!;
    const joined = last >= 0 && start === all.ends[last]! + 1 && text.charCodeAt(all.ends[last]!) === 32;
    const nameWord = isNameWord(text, start, all.ends[w]!);
    if (!nameWord || (last >= 0 && !joined)) close();
    if (nameWord) {
      if (first < 0) first = w;
      last = w;
    }
  }
  close();
  return runs;
}

const runText = (text: string, run: Run) => text.slice(run.start, run.end);

/** Where the text opens a parenthesis, ASCII or full-width, in order. */
function parenthesisPositions(text: string): number[] {
  const positions: number[] = [];
  for (const open of ['(', '\uff08']) for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) positions.push(at);
  return positions.sort((a, b) => a - b);
}

function parenthesisAfter(text: string, at: number): { org: string; end: number } | null {
  let i = at;
  while (isSpace(text[i])) i += 1;
  if (!isOpenParen(text[i])) return null;
  for (let j = i + 1; j < text.length && j - i < 200; j += 1) {
    if (isOpenParen(text[j])) return null;
    if (isCloseParen(text[j])) {
      const org = text.slice(i + 1, j).trim();
      return org ? { org, end: j + 1 } : null;
    }
  }
  return null;
}

/** "OpenAI 的 Isa Fulford": the organisation before 的, ending where `at` starts. */
function organisationBefore(text: string, at: number): string | null {
  let i = at - 1;
  while (isSpace(text[i])) i -= 1;
  if (text[i] !== '的') return null;
  i -= 1;
  while (isSpace(text[i])) i -= 1;
  const end = i + 1;
  while (i >= 0 && end - i < 40 && !isSpace(text[i]) && (isLatinLetter(text[i]) || isAsciiDigit(text[i]) || isHan(text[i]) || '&-.'.includes(text[i]!))) i -= 1;
  const org = text.slice(i + 1, end);
  return org ? org : null;
}

/** Where the text's first sentence starts: after leading spaces, dashes or quotation marks. */
function firstContent(text: string): number {
  let i = 0;
  while (i < text.length && (isSpace(text[i]) || '\u2014-"\u201c*'.includes(text[i]!))) i += 1;
  return i;
}

/** What follows a subject: Chinese, a reporting verb, or a colon. */
function subjectFollows(text: string, at: number): boolean {
  let i = at;
  while (isSpace(text[i])) i += 1;
  if (isHan(text[i]) || text[i] === ':' || text[i] === '\uff1a' || text[i] === ',') return true;
  let end = i;
  while (end < text.length && end - i < 12 && isLowerCode(text.charCodeAt(end))) end += 1;
  return REPORTING_VERBS.has(text.slice(i, end));
}

function joinerBetween(text: string, from: number, to: number): boolean {
  return to - from <= 5 && to > from && JOINERS.includes(text.slice(from, to));
}

export function namedPeople(text: string, context: NameContext): Mention[] {
  const all = words(text);
  const subjectStart = firstContent(text);
  // The same people named again add nothing: only the first mention of each is kept, so a text
  // repeating one name thousands of times costs no more than the scan.
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const mention = (found: Mention) => {
    const signature = found.speakers.map((speaker) => `${speaker.name}\u0000${speaker.affiliation ?? ''}`).join('\u0001');
    if (seen.has(signature)) return;
    seen.add(signature);
    mentions.push(found);
  };
  // Words are Latin letters and digits, which Unicode normalisation leaves alone, and runs of
  // them are single-spaced: folding a word or a run is then lower-casing it, done once for the
  // whole text (when lower-casing keeps every character's length, as it does for these letters).
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const folded = (start: number, end: number) => (sameLength ? lower.slice(start, end) : fold(text.slice(start, end)));
  const keys = new Map<Run, string>();
  const keyOf = (run: Run) => keys.get(run) ?? keys.set(run, folded(run.start, run.end)).get(run)!;
  const isPerson = (run: Run) => {
    if (run.words > MAX_KNOWN_WORDS) return false;
    const key = keyOf(run);
    if (context.known.has(key)) return true;
    return run.words >= 2 && !context.organisations.has(key);
  };
  const speakerOf = (run: Run, affiliation: string | null): ParsedSpeaker => {
    const known = context.known.get(keyOf(run));
    return known ? { name: known.name, affiliation: affiliation ?? known.affiliation } : { name: runText(text, run), affiliation };
  };

  // Chains of runs joined as a group, then what stands around each chain.
  const runs = nameRuns(text, all);
  const seenChains = new Set<string>();
  for (let i = 0; i < runs.length; ) {
    let j = i;
    while (j + 1 < runs.length && joinerBetween(text, runs[j]!.end, runs[j + 1]!.start)) j += 1;
    const chain = runs.slice(i, j + 1);
    i = j + 1;
    if (!chain.every(isPerson)) continue;
    const paren = parenthesisAfter(text, chain.at(-1)!.end);
    const ofOrg = organisationBefore(text, chain[0]!.start);
    const subject = chain[0]!.start === subjectStart && subjectFollows(text, chain.at(-1)!.end);
    if (!paren && !ofOrg && !subject) continue;
    const affiliation = paren?.org ?? ofOrg;
    const signature = `${chain.map(keyOf).join('\u0001')}\u0000${affiliation ?? ''}`;
    if (seenChains.has(signature)) continue;
    seenChains.add(signature);
    mention({ start: chain[0]!.start, end: paren?.end ?? chain.at(-1)!.end, speakers: chain.map((run) => speakerOf(run, affiliation)) });
  }

  // Chinese names before an organisation in parentheses, at the start of a clause: 张伟(Cobalt)认为.
  for (const i of parenthesisPositions(text)) {
    let start = i;
    while (start > 0 && isHan(text[start - 1]) && i - start < 4) start -= 1;
    if (i - start < 2 || isHan(text[start - 1])) continue;
    const paren = parenthesisAfter(text, i);
    const name = text.slice(start, i);
    if (paren && !context.organisations.has(fold(name))) mention({ start, end: paren.end, speakers: [{ name, affiliation: paren.org }] });
  }

  // Known names and aliases: up to five words from each word that could start one, up to six
  // characters from each Chinese character when the page knows a Chinese name at all.
  const { starts, ends } = all;
  for (let w = 0; w < all.count; w += 1) {
    const start = starts[w]!;
    if (!context.firstLetters.has(lower[start]!) || !context.firstWords.has(folded(start, ends[w]!))) continue;
    for (let n = 0; n < context.maxWords && w + n < all.count; n += 1) {
      if (n > 0 && (starts[w + n] !== ends[w + n - 1]! + 1 || text.charCodeAt(ends[w + n - 1]!) !== 32)) break;
      const known = context.known.get(folded(start, ends[w + n]!));
      if (known) mention({ start, end: ends[w + n]!, speakers: [known] });
    }
  }
  if (context.hanNames) {
    for (let i = 0; i < text.length; i += 1) {
      if (!isHan(text[i])) continue;
      for (let length = 2; length <= MAX_HAN_NAME && i + length <= text.length; length += 1) {
        const known = context.known.get(text.slice(i, i + length));
        if (known) mention({ start: i, end: i + length, speakers: [known] });
      }
    }
  }

  // A mention inside a longer one ("Brad" in "Brad Lightcap", a name inside its group) is part of it.
  // Sorted by start, longest first, one sweep drops what an earlier mention already covers.
  mentions.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  let coveredTo = -1;
  for (const mention of mentions) {
    if (mention.end <= coveredTo) continue;
    kept.push(mention);
    coveredTo = mention.end;
  }
  // Bare names of two to five words outside every mention: people named all the same.
  let next = 0;
  for (const run of runs) {
    while (next < kept.length && kept[next]!.end <= run.start) next += 1;
    const overlaps = next < kept.length && kept[next]!.start < run.end;
    if (overlaps || run.words < 2 || !isPerson(run)) continue;
    const signature = `weak\u0000${keyOf(run)}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    kept.push({ start: run.start, end: run.end, speakers: [speakerOf(run, null)], weak: true });
  }
  return kept.sort((a, b) => a.start - b.start);
}

const HAN_PRONOUNS = ['他们', '她们', '他', '她'];
const LATIN_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their']);

/** A pronoun for a person (他/她/他们, he/she/they …), not the 他 of 其他 ("other"). */
export function hasPersonalPronoun(text: string): boolean {
  for (const pronoun of HAN_PRONOUNS) {
    for (let at = text.indexOf(pronoun); at >= 0; at = text.indexOf(pronoun, at + 1)) {
      if (text[at - 1] !== '其' && text[at - 1] !== '吉') return true;
    }
  }
  const all = words(text);
  for (let w = 0; w < all.count; w += 1) {
    if (all.ends[w]! - all.starts[w]! <= 5 && LATIN_PRONOUNS.has(text.slice(all.starts[w]!, all.ends[w]!).toLowerCase())) return true;
  }
  return false;
}
