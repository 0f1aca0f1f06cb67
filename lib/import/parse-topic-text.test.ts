import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedBlock, ParsedTopic } from './parsed-topic';
import { coveredLines, nonEmptyLines } from './line-coverage';
import { ImportFormatError, parseTopicText } from './parse-topic-text';

const seed = readFileSync(new URL('./fixtures/performance-plateau.txt', import.meta.url), 'utf8');

const quotes = (topic: ParsedTopic) =>
  [...topic.consensus, ...topic.camps].flatMap((s) => s.blocks).filter((b): b is Extract<ParsedBlock, { kind: 'quote' }> => b.kind === 'quote');

describe('parseTopicText on the reference page', () => {
  const topic = parseTopicText(seed);

  it('reads the title, the header and every section', () => {
    expect([topic.titleZh, topic.titleEn]).toEqual(['模型表现触顶了吗', 'Performance Plateau']);
    expect(topic.header).toEqual({ updatedOn: '2026-05-20', interviewCount: 9 });
    expect(topic.consensus.map((p) => p.statement.slice(0, 12))).toEqual(['pre-training', 'capability 的', '新增量正在出现在 rea']);
    expect(topic.camps.map((c) => [c.label, c.stance])).toEqual([
      ['A', 'pre-training 平台期是真的'],
      ['B', 'Scaling laws will continue'],
      ['C', 'pre-training 慢下来,但新的增量在 reasoning / post-training'],
      ['D', 'Data 才是被严重低估的轴'],
      ['E', 'Capability ≠ Utility'],
    ]);
    expect(topic.camps[0]!.holders).toBe('Harvey / Vibe Check panel 立场');
    expect([topic.changelog, topic.blindSpots, topic.openQuestions, topic.sources]).toEqual([[], [], [], []]);
    expect(topic.warnings).toEqual([]);
  });

  it('pairs originals with translations and attributions, including a shared attribution line', () => {
    const all = quotes(topic);
    expect(all).toHaveLength(17);
    expect(all.filter((q) => q.original && q.translation)).toHaveLength(16);
    const lightcap = all.filter((q) => q.speakers[0]?.name === 'Brad Lightcap');
    expect(lightcap).toHaveLength(3); // one in the consensus, two sharing one line in camp E
    expect(lightcap[1]!.episode?.raw).toBe('Uncapped #46');
    const casado = all.find((q) => q.speakers.length === 2)!;
    expect(casado.speakers.map((s) => s.name)).toEqual(['Martin Casado', 'Sarah Wang']);
    expect(casado.translation).toContain('*前提是 scaling laws 仍然成立、能力仍然在前进*');
  });

  it('reads a statement given only in translation, with its sister topic', () => {
    const mcgrew = quotes(topic).find((q) => q.speakers[0]?.name === 'Bob McGrew')!;
    expect(mcgrew).toMatchObject({ original: null, seeAlsoSlug: 'inference-economics', episode: null });
    expect(mcgrew.speakers[0]!.affiliation).toBe('former OpenAI');
    expect(mcgrew.translation).toMatch(/^收益递减是固有的/);
  });

  it('reads paraphrases with their reasons and the editor\'s notes', () => {
    const blocks = [...topic.consensus, ...topic.camps].flatMap((s) => s.blocks);
    const paraphrases = blocks.filter((b) => b.kind === 'paraphrase');
    expect(paraphrases.map((p) => p.kind === 'paraphrase' && p.reason)).toEqual([
      '该集英文原音、podwise 仅存中文,故转述。',
      '同为转述',
      '此条为其访谈要点转述。',
    ]);
    const notes = blocks.filter((b) => b.kind === 'note');
    expect(notes).toHaveLength(2);
    expect(notes[0]!.kind === 'note' && notes[0]!.text).toMatch(/^这个 panel/);
  });

  it('reads the editor\'s view on the five-step scale', () => {
    expect(topic.view?.judgment).toMatch(/^pre-training scaling 的边际回报在变缓/);
    expect(topic.view?.confidence).toBe('MEDIUM_HIGH');
    expect(topic.view?.strongestSupport).toMatch(/^最强的支撑是/);
    expect(topic.view?.weakestLink).toMatch(/^最弱的环节是"新轴上的回报曲线"/);
  });

  it('accounts for every non-empty line', () => {
    expect(coveredLines(topic)).toEqual(nonEmptyLines(seed));
  });
});

describe('parseTopicText refusals', () => {
  it('refuses an empty document and one without a title line', () => {
    expect(() => parseTopicText('\n \n')).toThrow(ImportFormatError);
    expect(() => parseTopicText('主流共识\n第一点:x')).toThrow(/No title line/);
  });

  it('refuses text over the editor\'s limits, naming the line', () => {
    const long = `标题 · Title\n主流共识\n第一点:x\n${'长'.repeat(20_001)}`;
    expect(() => parseTopicText(long)).toThrow(/Line 4: longer than 20,000 characters/);
  });

  it('keeps lines it does not understand, with a warning naming them', () => {
    const topic = parseTopicText('前言\n标题 · Title\n中间的话\n主流共识\n没有编号的话\n第一点:x\n都没说透的\n一条');
    expect(topic.warnings.map((w) => w.line)).toEqual([1, 3, 5]);
    expect(coveredLines(topic)).toEqual(nonEmptyLines('前言\n标题 · Title\n中间的话\n主流共识\n没有编号的话\n第一点:x\n都没说透的\n一条'));
  });
});

describe('parseTopicText on the two further reference documents', () => {
  it.each([
    ['inference-cost-decline', { quotes: 6, paraphrases: 1, notes: 1, changelog: 2, blindSpots: 2, openQuestions: 2, sources: 4, confidence: 'MEDIUM' }],
    ['agents-in-production', { quotes: 4, paraphrases: 1, notes: 1, changelog: 2, blindSpots: 1, openQuestions: 1, sources: 3, confidence: 'MEDIUM_LOW' }],
  ])('reads %s completely, with no warning', (name, expected) => {
    const text = readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');
    const topic = parseTopicText(text);
    const blocks = [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks);
    expect({
      quotes: blocks.filter((b) => b.kind === 'quote').length,
      paraphrases: blocks.filter((b) => b.kind === 'paraphrase').length,
      notes: blocks.filter((b) => b.kind === 'note').length,
      changelog: topic.changelog.length,
      blindSpots: topic.blindSpots.length,
      openQuestions: topic.openQuestions.length,
      sources: topic.sources.length,
      confidence: topic.view?.confidence,
    }).toEqual(expected);
    expect(quotes(topic).every((quote) => quote.attributed)).toBe(true);
    expect(topic.warnings).toEqual([]);
    expect(coveredLines(topic)).toEqual(nonEmptyLines(text));
  });
});
