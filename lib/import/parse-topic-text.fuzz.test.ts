import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ImportFormatError, parseTopicText } from './parse-topic-text';
import { coveredLines, nonEmptyLines } from './line-coverage';

// Thousands of mutated copies of the reference page — lines dropped, shuffled, duplicated,
// random unicode spliced in — must each parse to a report or a clear refusal: never a crash,
// never a lost line. A fixed seed keeps a failure reproducible.
const seed = readFileSync(new URL('./fixtures/performance-plateau.txt', import.meta.url), 'utf8');
const ITERATIONS = 3_000;

function random(seedValue: number) {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['"', '「', '」', '—', '——', '·', ' · ', '(', ')', '转述', '注意', '阵营 Z · "x"', '第三点:', '把握程度:', '\u200b', '\ud83d\ude00', 'é', '\u0301', '*', '\\', '\t', 'ｆｕｌｌ', '算力'];

function mutate(text: string, rand: () => number): string {
  let lines = text.split('\n');
  const operations = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < operations; i += 1) {
    const at = Math.floor(rand() * lines.length);
    switch (Math.floor(rand() * 5)) {
      case 0:
        lines.splice(at, 1);
        break;
      case 1:
        lines.splice(Math.floor(rand() * lines.length), 0, lines[at] ?? '');
        break;
      case 2: {
        const other = Math.floor(rand() * lines.length);
        [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
        break;
      }
      case 3: {
        const line = lines[at] ?? '';
        const cut = Math.floor(rand() * (line.length + 1));
        lines[at] = line.slice(0, cut) + ALPHABET[Math.floor(rand() * ALPHABET.length)] + line.slice(cut);
        break;
      }
      default:
        lines = lines.concat(String.fromCodePoint(...Array.from({ length: 1 + Math.floor(rand() * 12) }, () => 0x20 + Math.floor(rand() * 0x3000))));
    }
  }
  return lines.join('\n');
}

it(`parses ${ITERATIONS} mutated documents without a crash or a lost line`, () => {
  const rand = random(20261129);
  let parsed = 0;
  let refused = 0;
  for (let i = 0; i < ITERATIONS; i += 1) {
    const text = mutate(seed, rand);
    try {
      const topic = parseTopicText(text);
      expect(coveredLines(topic), `iteration ${i}`).toEqual(nonEmptyLines(text));
      parsed += 1;
    } catch (error) {
      if (!(error instanceof ImportFormatError)) throw new Error(`iteration ${i} crashed: ${(error as Error).stack}`);
      expect((error as Error).message.length).toBeGreaterThan(10);
      refused += 1;
    }
  }
  expect(parsed + refused).toBe(ITERATIONS);
  expect(parsed).toBeGreaterThan(ITERATIONS * 0.8);
}, 30_000);
