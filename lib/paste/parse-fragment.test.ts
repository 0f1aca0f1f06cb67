import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ImportFormatError, parseTopicText } from '@/lib/import/parse-topic-text';
import { parseFragment } from './parse-fragment';
import { MAX_PASTE_CHARS } from './limits';

// A paste is read by the importer's own grammar; these check the frame around it keeps every
// line and reports lines as the analyst numbers them (from 1, in what they pasted).

describe('parseFragment', () => {
  it('reads a quote, its translation and attribution, a paraphrase and a note, with the fragment’s line numbers', () => {
    const text = [
      '"We are not seeing diminishing returns."',
      '「我们没有看到收益递减。」',
      '— Jane Roe (Example Lab) · Example Podcast #12 · 2026-03-01',
      '',
      '她认为扩展仍然有效(转述:原话较长)',
      '— Jane Roe · Example Podcast #12',
      '',
      '注意——这是她在发布会前的说法',
    ].join('\n');
    const { blocks, warnings } = parseFragment(text);
    expect(warnings).toEqual([]);
    expect(blocks.map((block) => [block.kind, block.lines])).toEqual([
      ['quote', [1, 2, 3]],
      ['paraphrase', [5, 6]],
      ['note', [8]],
    ]);
    const [quote, paraphrase] = blocks;
    expect(quote).toMatchObject({ original: 'We are not seeing diminishing returns.', translation: '我们没有看到收益递减。', speakers: [{ name: 'Jane Roe', affiliation: 'Example Lab' }] });
    expect(quote!.kind === 'quote' && quote!.episode?.episodeNumber).toBe('12');
    expect(paraphrase).toMatchObject({ speaker: { name: 'Jane Roe' } });
  });

  it('reads the seed page’s first camp as the importer does, block for block', () => {
    const source = readFileSync('lib/import/fixtures/performance-plateau.txt', 'utf8');
    const page = source.split('\n');
    const start = page.findIndex((line) => line.startsWith('阵营 A'));
    const end = page.findIndex((line, index) => index > start && line.startsWith('阵营 B'));
    const { blocks } = parseFragment(page.slice(start + 1, end).join('\n'));
    const imported = parseTopicText(source).camps[0]!.blocks;
    const withoutLines = (list: typeof blocks) => list.map((block) => ({ ...block, lines: [] }));
    expect(blocks.length).toBeGreaterThan(3);
    expect(withoutLines(blocks)).toEqual(withoutLines(imported));
    // Line numbers count from the fragment's first line.
    expect(blocks.map((block) => block.lines[0]! + start + 1)).toEqual(imported.map((block) => block.lines[0]!));
  });

  it('keeps a camp heading or a members line pasted with the blocks as a paragraph, and says so', () => {
    const { blocks, warnings } = parseFragment('成员 · Members: A, B\n\nfirst\n\n阵营 B · “another”——someone\n\nsecond');
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual(['成员 · Members: A, B', 'first', '阵营 B · “another”——someone', 'second']);
    expect(warnings).toEqual([{ line: 5, message: expect.stringContaining('camp heading') }]);
  });

  it('refuses a section heading, empty text and text over the limit with a message naming the problem', () => {
    expect(() => parseFragment('one\n我的看法\ntwo')).toThrow(/Line 2 is a section heading/);
    expect(() => parseFragment(' \n\n ')).toThrow(ImportFormatError);
    expect(() => parseFragment('x'.repeat(MAX_PASTE_CHARS + 1))).toThrow(/longer than/);
  });
});
