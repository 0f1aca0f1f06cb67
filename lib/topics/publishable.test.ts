import { describe, expect, it } from 'vitest';
import { publishBlockers } from '@/lib/drafts/publish-blockers';
import type { Block, TopicDocument } from './document';
import { incompleteItems } from './publishable';

const speaker = { id: 's1', slug: 'brad', name: 'Brad', affiliation: null };
const complete = (): TopicDocument => ({
  schemaVersion: 1,
  id: 't',
  slug: 'plateau',
  titleZh: '标题',
  titleEn: 'Title',
  changelog: [{ id: 'l1', date: '2026-01-02', text: '首次发布' }],
  consensus: [{ id: 'p1', statement: '回报在变缓', blocks: [{ id: 'b0', kind: 'paragraph', text: '段落' }] }],
  camps: [
    {
      id: 'c1',
      label: 'A',
      stance: '平台期是真的',
      holders: '',
      members: [],
      blocks: [{ id: 'bq', kind: 'quote', seeAlso: null, quote: { id: 'q1', original: { text: 'Words.', lang: 'en' }, translation: null, speakers: [speaker], interview: null } }],
    },
  ],
  blindSpots: [{ id: 'bs1', text: '没说透' }],
  view: { judgment: '判断', confidence: 'MEDIUM', strongestSupport: '', weakestLink: '' },
  openQuestions: [{ id: 'o1', text: '问题' }],
  sources: [],
  sisterTopics: [],
});

const bilingual = (message: string) => /[\u4e00-\u9fff]/.test(message) && /[A-Za-z]{3}/.test(message) && message.includes(' · ');

describe('incompleteItems: what a draft lacks before readers may see it (issue 28)', () => {
  it('finds nothing in a complete page', () => {
    expect(incompleteItems(complete())).toEqual([]);
    expect(publishBlockers(complete())).toEqual([]);
  });

  const cases: [string, (d: TopicDocument) => void, string, string][] = [
    ['the Chinese title', (d) => void (d.titleZh = ' '), 'topic.titleZh', 'field-topic.titleZh'],
    ['the English title', (d) => void (d.titleEn = ''), 'topic.titleEn', 'field-topic.titleEn'],
    ['a consensus statement', (d) => void (d.consensus[0]!.statement = ''), 'p1.statement', 'field-p1.statement'],
    ['a camp label', (d) => void (d.camps[0]!.label = ''), 'c1.label', 'field-c1.label'],
    ['a camp stance', (d) => void (d.camps[0]!.stance = '\n'), 'c1.stance', 'field-c1.stance'],
    ['a paragraph', (d) => void (d.consensus[0]!.blocks[0] = { id: 'b0', kind: 'paragraph', text: '' }), 'b0.text', 'field-b0.text'],
    ['a note', (d) => void (d.consensus[0]!.blocks[0] = { id: 'b0', kind: 'note', text: '' }), 'b0.text', 'field-b0.text'],
    ['a paraphrase', (d) => void (d.consensus[0]!.blocks[0] = { id: 'b0', kind: 'paraphrase', text: '', reason: 'why', speaker: null, interview: null }), 'b0.text', 'field-b0.text'],
    ['a quote with no text', (d) => void ((d.camps[0]!.blocks[0] as Extract<Block, { kind: 'quote' }>).quote.original = null), 'bq.quote', 'item-bq'],
    ['a blind spot', (d) => void (d.blindSpots[0]!.text = ''), 'bs1.text', 'field-bs1.text'],
    ['the judgment', (d) => void (d.view!.judgment = ''), 'topic.view.judgment', 'field-topic.view.judgment'],
    ['an open question', (d) => void (d.openQuestions[0]!.text = ''), 'o1.text', 'field-o1.text'],
    ['a changelog line', (d) => void (d.changelog[0]!.text = ''), 'l1.text', 'field-l1.text'],
  ];
  it.each(cases)('names %s, links to it, and says so in both languages', (_, mutate, field, anchor) => {
    const d = complete();
    mutate(d);
    const found = incompleteItems(d);
    expect(found.map((item) => [item.field, item.anchor])).toEqual([[field, anchor]]);
    expect(bilingual(found[0]!.message), found[0]!.message).toBe(true);
    expect(bilingual(found[0]!.fieldMessage), found[0]!.fieldMessage).toBe(true);
    // The publish check refuses it, with the same words and link.
    expect(publishBlockers(d)).toContainEqual({ rule: 'incomplete', blockId: found[0]!.itemId, message: found[0]!.message, anchor: anchor });
  });

  it('says where a block is: its section and place', () => {
    const d = complete();
    d.camps[0]!.blocks.push({ id: 'b9', kind: 'paragraph', text: '' });
    expect(incompleteItems(d)[0]!.message).toBe('阵营 A,第 2 块:段落是空的 · Camp A, block 2: the paragraph is empty');
  });

  it('names a camp without a label by its place', () => {
    const d = complete();
    d.camps[0]!.label = '';
    d.camps[0]!.stance = '';
    expect(incompleteItems(d).map((item) => item.message)).toEqual([
      '第 1 个阵营:阵营标号未填写 · Camp 1: the label is empty',
      '第 1 个阵营:立场未填写 · Camp 1: the stance is empty',
    ]);
  });

  it('lets a page without the optional view, lists or changelog through', () => {
    expect(incompleteItems({ ...complete(), view: null, blindSpots: [], openQuestions: [], changelog: [], consensus: [], camps: [] })).toEqual([]);
  });
});
