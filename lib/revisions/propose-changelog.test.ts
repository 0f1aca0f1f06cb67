import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, TopicDocument } from '@/lib/topics/document';
import { pageLanguage } from '@/lib/topics/page-language';
import { proposeChangelog } from './propose-changelog';

// The changelog line proposed on publish (issue 28, defect 4): in the page's language only,
// naming every kind of change since the last published version.

const speaker = (id: string) => ({ id, slug: id, name: id, affiliation: null });
const interview = (id: string) => ({ id, show: id, episodeTitle: '', episodeNumber: null, publishedOn: null, url: null });
type QuoteBlock = Extract<Block, { kind: 'quote' }>;
const quote = (id: string): QuoteBlock => ({
  id: `b-${id}`,
  kind: 'quote',
  seeAlso: null,
  quote: { id, original: { text: `Said ${id}.`, lang: 'en' }, translation: { text: `说了 ${id}。`, lang: 'zh' }, speakers: [speaker('s1')], interview: interview('i1') },
});

const base = (): TopicDocument => ({
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '模型表现触顶了吗',
  titleEn: 'Performance Plateau',
  changelog: [{ id: 'l1', date: '2026-01-01', text: '首次发布', publishNumber: 1 }],
  consensus: [
    { id: 'p1', statement: 'pre-training 的回报在变缓', blocks: [{ id: 'g1', kind: 'paragraph', text: '回报在变缓。' }] },
    { id: 'p2', statement: '数据是瓶颈', blocks: [{ id: 'n1', kind: 'note', text: '编者注。' }] },
  ],
  camps: [
    { id: 'c1', label: 'A', stance: '平台期是真的', holders: '研究者', members: [speaker('s1')], blocks: [quote('q1'), { id: 'f1', kind: 'paraphrase', text: '她认为数据墙被高估了。', reason: '仅存摘要', speaker: null, interview: null }] },
    { id: 'c2', label: 'B', stance: '规模还会继续', holders: '', members: [], blocks: [quote('q2')] },
  ],
  blindSpots: [{ id: 'bs1', text: '没人谈成本' }],
  view: { judgment: '回报在变缓。', confidence: 'MEDIUM', strongestSupport: '数据', weakestLink: '推理' },
  openQuestions: [{ id: 'o1', text: '合成数据够吗?' }],
  sources: [interview('i1')],
  sisterTopics: [{ id: 't2', slug: 'costs', titleZh: '成本', titleEn: 'Costs' }],
});

const q = (doc: TopicDocument, campIndex: number) => doc.camps[campIndex]!.blocks.find((b): b is QuoteBlock => b.kind === 'quote')!;

/** One kind of change each: what it does, and how the line names it in Chinese and in English. */
const MUTATIONS: [string, (d: TopicDocument) => void, string, string][] = [
  ['title', (d) => void (d.titleEn = 'Has the plateau arrived?'), '修改标题', 'Changed the title'],
  ['address', (d) => void (d.slug = 'plateau-2'), '更改网址', 'Changed the address'],
  ['consensus point added', (d) => void d.consensus.push({ id: 'p3', statement: '新共识', blocks: [] }), '新增 1 条共识', 'Added 1 consensus point'],
  ['consensus point removed', (d) => void d.consensus.pop(), '删去 1 条共识', 'Removed 1 consensus point'],
  ['consensus point edited', (d) => void (d.consensus[0]!.statement = '回报确实在变缓'), '修改 1 条共识', 'Revised 1 consensus point'],
  ['consensus order', (d) => void d.consensus.reverse(), '调整共识顺序', 'Reordered the consensus points'],
  ['camp added', (d) => void d.camps.push({ id: 'c3', label: 'C', stance: '能力不等于效用', holders: '', members: [], blocks: [] }), '新增阵营 C', 'Added camp C'],
  ['camp removed', (d) => void d.camps.pop(), '删除阵营 B', 'Removed camp B'],
  ['camp renamed', (d) => void (d.camps[1]!.label = 'Z'), '阵营 B 改为 Z', 'Renamed camp B to Z'],
  ['camp stance', (d) => void (d.camps[0]!.stance = '平台期可能是真的'), '修改阵营 A 的立场', 'Revised the stance of camp A'],
  ['camp holders', (d) => void (d.camps[0]!.holders = '部分研究者'), '修改阵营 A 的持方', 'Revised who holds camp A'],
  ['camp members', (d) => void d.camps[1]!.members.push(speaker('s2')), '调整阵营 B 的成员', 'Changed the members of camp B'],
  ['camp order', (d) => void d.camps.reverse(), '调整阵营顺序', 'Reordered the camps'],
  ['quote added', (d) => void d.camps[1]!.blocks.push(quote('q3')), '补充 1 条引语', 'Added 1 quote'],
  ['quote removed', (d) => void (d.camps[1]!.blocks = []), '删去 1 条引语', 'Removed 1 quote'],
  ['quote original edited', (d) => void (q(d, 0).quote.original = { text: 'Said it again.', lang: 'en' }), '修改 1 条引语的原文', 'Edited the original of 1 quote'],
  ['translation changed', (d) => void (q(d, 0).quote.translation = { text: '又说了一遍。', lang: 'zh' }), '修改 1 条引语的译文', 'Revised the translation of 1 quote'],
  ['quote attribution', (d) => void (q(d, 0).quote.speakers = [speaker('s2')]), '更正 1 条引语的出处', 'Corrected the attribution of 1 quote'],
  ['paraphrase added', (d) => void d.camps[1]!.blocks.push({ id: 'f2', kind: 'paraphrase', text: '他说会继续。', reason: '无文字稿', speaker: null, interview: null }), '补充 1 条转述', 'Added 1 paraphrase'],
  ['paraphrase removed', (d) => void d.camps[0]!.blocks.pop(), '删去 1 条转述', 'Removed 1 paraphrase'],
  ['paraphrase edited', (d) => void ((d.camps[0]!.blocks[1] as Extract<Block, { kind: 'paraphrase' }>).reason = '只有中文摘要'), '修改 1 条转述', 'Revised 1 paraphrase'],
  ['paragraph added', (d) => void d.consensus[0]!.blocks.push({ id: 'g2', kind: 'paragraph', text: '新段落。' }), '新增 1 段文字', 'Added 1 paragraph'],
  ['paragraph removed', (d) => void (d.consensus[0]!.blocks = []), '删去 1 段文字', 'Removed 1 paragraph'],
  ['paragraph edited', (d) => void (d.consensus[0]!.blocks[0] = { id: 'g1', kind: 'paragraph', text: '回报确实在变缓。' }), '修改 1 段文字', 'Revised 1 paragraph'],
  ['note added', (d) => void d.consensus[0]!.blocks.push({ id: 'n2', kind: 'note', text: '又一条。' }), '新增 1 条编者注', "Added 1 editor's note"],
  ['note removed', (d) => void (d.consensus[1]!.blocks = []), '删去 1 条编者注', "Removed 1 editor's note"],
  ['note edited', (d) => void (d.consensus[1]!.blocks[0] = { id: 'n1', kind: 'note', text: '改过的编者注。' }), '修改 1 条编者注', "Revised 1 editor's note"],
  ['blocks moved', (d) => void d.camps[0]!.blocks.reverse(), '调整内容顺序', 'Moved passages'],
  ['blind spot added', (d) => void d.blindSpots.push({ id: 'bs2', text: '能源' }), '新增 1 处没说透的', 'Added 1 blind spot'],
  ['blind spot removed', (d) => void (d.blindSpots = []), '删去 1 处没说透的', 'Removed 1 blind spot'],
  ['blind spot edited', (d) => void (d.blindSpots[0]!.text = '没人谈能源成本'), '修改 1 处没说透的', 'Revised 1 blind spot'],
  ['confidence lowered', (d) => void (d.view!.confidence = 'MEDIUM_LOW'), '把握程度从中等下调为中等偏低', 'Lowered confidence from medium to medium-low'],
  ['confidence raised', (d) => void (d.view!.confidence = 'HIGH'), '把握程度从中等上调为高', 'Raised confidence from medium to high'],
  ['judgment', (d) => void (d.view!.judgment = '回报确实在变缓。'), '修订判断', 'Revised the judgment'],
  ['support and weakest link', (d) => void (d.view!.weakestLink = '推理成本'), '修订最强支撑与最弱一环', 'Revised the strongest support and weakest link'],
  ['view withdrawn', (d) => void (d.view = null), '撤回判断', 'Withdrew the view'],
  ['open question added', (d) => void d.openQuestions.push({ id: 'o2', text: '能源够吗?' }), '新增 1 个待解问题', 'Added 1 open question'],
  ['open question removed', (d) => void (d.openQuestions = []), '删去 1 个待解问题', 'Removed 1 open question'],
  ['open question edited', (d) => void (d.openQuestions[0]!.text = '合成数据真的够吗?'), '修改 1 个待解问题', 'Revised 1 open question'],
  ['source added', (d) => void d.sources.push(interview('i2')), '新增取材 1 篇', 'Added 1 source'],
  ['source removed', (d) => void (d.sources = []), '移除取材 1 篇', 'Removed 1 source'],
  ['sister topic added', (d) => void d.sisterTopics.push({ id: 't3', slug: 'energy', titleZh: '能源', titleEn: 'Energy' }), '新增 1 个姊妹主题', 'Linked 1 sister topic'],
  ['sister topic removed', (d) => void (d.sisterTopics = []), '移除 1 个姊妹主题', 'Unlinked 1 sister topic'],
];

/** The part of the page a mutation touches. */
function subjectOf(name: string) {
  if (/^(consensus|paragraph|note)/.test(name)) return 'consensus';
  if (/^(camp|quote|translation|paraphrase|blocks)/.test(name)) return 'camps';
  if (/^(confidence|judgment|support|view)/.test(name)) return 'view';
  return name.split(' ').slice(0, -1).join(' ') || name;
}

const mutated = (mutate: (d: TopicDocument) => void) => {
  const d = base();
  mutate(d);
  return d;
};

describe('proposeChangelog', () => {
  it('proposes the first publish in the page language only', () => {
    expect(proposeChangelog(null, base(), 'zh')).toBe('首次发布');
    expect(proposeChangelog(null, base(), 'en')).toBe('First published');
  });

  it.each(MUTATIONS)('names a change of kind: %s', (_, mutate, zh, en) => {
    expect(proposeChangelog(base(), mutated(mutate), 'zh')).toBe(zh);
    expect(proposeChangelog(base(), mutated(mutate), 'en')).toBe(en);
  });

  it('names several changes at once, in page order, joined as each language joins them', () => {
    const after = mutated((d) => {
      d.camps.reverse();
      q(d, 1).quote.translation = { text: '改过的译文。', lang: 'zh' };
      d.view!.confidence = 'MEDIUM_LOW';
    });
    expect(proposeChangelog(base(), after, 'zh')).toBe('调整阵营顺序、修改 1 条引语的译文、把握程度从中等下调为中等偏低');
    expect(proposeChangelog(base(), after, 'en')).toBe('Reordered the camps; revised the translation of 1 quote; lowered confidence from medium to medium-low');
  });

  it('counts quotes by the quote, so a quote moved to another camp is not added and removed', () => {
    const after = mutated((d) => void d.camps[1]!.blocks.push(d.camps[0]!.blocks.shift()!));
    expect(proposeChangelog(base(), after, 'en')).toBe('Moved passages');
  });

  it('says there is nothing to announce when only the changelog differs, and "minor edits" for changes readers do not see', () => {
    expect(proposeChangelog(base(), mutated((d) => void (d.changelog = [])), 'zh')).toBe('内容无变化');
    expect(proposeChangelog(base(), mutated((d) => void ((d.camps[0]!.blocks[0] as QuoteBlock).speakersInferredFrom = 'x')), 'en')).toBe('Minor edits');
  });
});

describe('proposeChangelog, as properties', () => {
  const kinds = fc.constantFrom(...MUTATIONS);
  const language = fc.constantFrom('zh' as const, 'en' as const);

  it('proposes no change for identical documents', () => {
    fc.assert(
      fc.property(fc.uniqueArray(kinds, { maxLength: 8, selector: ([name]) => subjectOf(name) }), language, (picked, lang) => {
        const doc = () => {
          const d = base();
          for (const [, mutate] of picked) mutate(d);
          return d;
        };
        expect(proposeChangelog(doc(), doc(), lang)).toBe(lang === 'zh' ? '内容无变化' : 'No changes');
      }),
    );
  });

  it('names every single-kind mutation, in that language only', () => {
    fc.assert(
      fc.property(kinds, language, ([, mutate, zh, en], lang) => {
        const line = proposeChangelog(base(), mutated(mutate), lang);
        expect(line).toBe(lang === 'zh' ? zh : en);
        if (lang === 'en') expect(line).not.toMatch(/\p{Script=Han}/u);
      }),
    );
  });

  it('names each kind of a combination of mutations', () => {
    fc.assert(
      // One change per part of the page, so that none undoes or hides another.
      fc.property(fc.uniqueArray(kinds, { minLength: 2, maxLength: 5, selector: ([name]) => subjectOf(name) }), (picked) => {
        const after = base();
        for (const [, mutate] of picked) mutate(after);
        const line = proposeChangelog(base(), after, 'zh');
        for (const [, , zh] of picked) expect(line).toContain(zh);
      }),
    );
  });
});

describe('pageLanguage', () => {
  it('reads a Chinese page with English terms as Chinese, an English page as English, an empty page as Chinese', () => {
    expect(pageLanguage(base())).toBe('zh');
    const english = mutated((d) => {
      d.consensus = [{ id: 'p1', statement: 'Returns to pre-training are diminishing', blocks: [{ id: 'g1', kind: 'paragraph', text: 'Everyone agrees on this much.' }] }];
      d.camps = [{ id: 'c1', label: 'A', stance: 'The plateau is real', holders: 'Researchers', members: [], blocks: [quote('q1')] }];
      d.view = { judgment: 'Slowing, not stopping.', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' };
      d.blindSpots = [];
      d.openQuestions = [];
    });
    expect(pageLanguage(english)).toBe('en');
    expect(pageLanguage({ ...base(), consensus: [], camps: [], view: null, blindSpots: [], openQuestions: [] })).toBe('zh');
  });
});
