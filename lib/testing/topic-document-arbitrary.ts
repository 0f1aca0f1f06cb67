// fast-check arbitraries for topic documents as the editor can make them: every block kind,
// quotes bilingual, English-only and translation-only, joint speakers, paraphrases with their
// reasons and sources, notes, multi-line paragraphs, empty and filled optional sections, every
// form of interview, Chinese and Latin text with the punctuation of both, and speakers inferred
// from the paragraph before their quote. What the format cannot say is not generated, and each
// such rule is written next to the arbitrary that keeps it (lib/page-format/README.md lists them).
import fc from 'fast-check';
import type { Block, Camp, ConsensusPoint, InterviewRef, SpeakerRef, TopicDocument, TopicRef } from '@/lib/topics/document';

let serial = 0;
const id = () => `gen-${(serial += 1)}`;

// Words of both languages and the punctuation of both; markup the editor allows (*emphasis*).
const ZH = ['算力', '模型', '数据', '推理', '触顶', '平台期', '收益递减', '部署', '应用价值', '样本效率', '强化学习', '我们', '这', '不是', '一条', '轴', '前提', '判断'];
const EN = ['scaling', 'plateau', 'data', 'RL', 'GPT-5', 'compute', 'the', 'model', 'is', 'not', '*slowing*', '$10B+', '99%', 'IID', 'post-training', 'O3'];
const PUNCT_ZH = [',', '。', '、', ':', ';', '——', '「', '」', '(', ')', '?', '!'];
const PUNCT_EN = [',', '.', ':', ';', '-', '"', "'", '(', ')', '?', '!', '/', '·', '#1', '[en]'];

const token = fc.oneof(fc.constantFrom(...ZH), fc.constantFrom(...EN), fc.constantFrom(...PUNCT_ZH), fc.constantFrom(...PUNCT_EN));

/** A trimmed, non-empty line of mixed text. */
const line = fc
  .array(fc.tuple(token, fc.boolean()), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([word, space], i) => (i > 0 && space ? ` ${word}` : word)).join('').trim())
  .filter((text) => text.length > 0);

/** Text that may run over several lines (a paragraph, a field of 我的看法). */
const lines = (separator: '\n' | '\n\n' | 'both') =>
  fc.array(line, { minLength: 1, maxLength: 3 }).chain((parts) =>
    separator === 'both'
      ? fc.array(fc.constantFrom('\n', '\n\n'), { minLength: parts.length - 1, maxLength: parts.length - 1 }).map((gaps) => parts.map((p, i) => (i ? gaps[i - 1] + p : p)).join(''))
      : fc.constant(parts.join(separator)),
  );

// One line that must not begin like another kind of line where it stands (a note's text, a
// paraphrase's, a changelog line's): these begin with a word.
const wordFirst = fc.tuple(fc.constantFrom(...ZH, 'scaling', 'data', 'compute'), fc.option(line, { nil: null })).map(([first, rest]) => (rest ? `${first} ${rest}` : first));
/** A note's text: no "(…转述…)", which would make it a paraphrase. */
const noteText = wordFirst.filter((text) => !text.includes('转述'));
/** A paraphrase's reason: no parentheses, and not beginning with the 转述: label the format adds. */
const reason = fc.constantFrom('该集英文原音、podwise 仅存中文,故转述。', '同为转述', '此条为其访谈要点转述。', '只有会后笔记', 'notes only, no recording', '音频缺失');

// People have one affiliation each throughout a page (the library gives a person one label).
const PEOPLE: { name: string; affiliation: string | null }[] = [
  { name: 'Ari Morcos', affiliation: 'Datology' },
  { name: 'Joelle Pineau', affiliation: 'Cohere / Meta' },
  { name: 'Bob McGrew', affiliation: 'former OpenAI' },
  { name: 'Brad Lightcap', affiliation: 'OpenAI' },
  { name: 'Jack Morris', affiliation: null },
  { name: 'Eric Zelikman', affiliation: 'humans&' },
  { name: 'Lucía Ortega', affiliation: 'Basalt Ventures' },
  { name: '张伟', affiliation: 'Cobalt Compute' },
  { name: '李娜', affiliation: null },
  { name: 'Vibe Check panel', affiliation: null },
];
const speakerRef = (person: (typeof PEOPLE)[number]): SpeakerRef => ({ id: id(), slug: person.name.toLowerCase().replace(/\s+/g, '-'), ...person });
const person = fc.constantFrom(...PEOPLE);

/**
 * One or several speakers. Not written: earlier names without an organisation before a last
 * one with it ("A / B (Org)" says both are at Org).
 */
const speakers = fc
  .uniqueArray(person, { minLength: 1, maxLength: 3, selector: (p) => p.name })
  .filter((list) => !(list.length > 1 && list.at(-1)!.affiliation && list.slice(0, -1).some((p) => !p.affiliation) && !list.every((p) => p.affiliation === list[0]!.affiliation)));

// Interviews in every form: numbered with a title, numbered alone, titled, a show alone; one
// show per interview, except two numbered, titled episodes of one show (a show named alone
// joins the one episode of its show on a page, so it is not generated beside another).
type InterviewFields = Omit<InterviewRef, 'id'>;
const INTERVIEWS: InterviewFields[] = [
  { show: 'Uncapped', episodeNumber: '46', episodeTitle: 'Brad Lightcap from OpenAI', publishedOn: '2026-01-10', url: null },
  { show: 'Uncapped', episodeNumber: '47', episodeTitle: 'The #1 mistake', publishedOn: null, url: 'https://example.com/uncapped/47' },
  { show: '20VC', episodeNumber: null, episodeTitle: 'How Model Performance is Plateauing?', publishedOn: '2026-02-11', url: null },
  { show: 'AI Vibe Check', episodeNumber: null, episodeTitle: '', publishedOn: null, url: null },
  { show: 'Silicon Weekly', episodeNumber: '204', episodeTitle: '', publishedOn: '2026-04-09', url: null },
  { show: '硅谷101', episodeNumber: null, episodeTitle: '推理的价格', publishedOn: '2026-06-18', url: null },
  { show: 'Lex Fridman Podcast', episodeNumber: '412', episodeTitle: 'Scaling: what comes next', publishedOn: null, url: null },
  { show: "Inside AI's $10B+ Capital Flywheel", episodeNumber: null, episodeTitle: '', publishedOn: null, url: null },
];
const SISTERS: TopicRef[] = [
  { id: 'sister-1', slug: 'inference-economics', titleZh: '推理经济学', titleEn: 'Inference Economics' },
  { id: 'sister-2', slug: 'open-weights-catch-up', titleZh: '开源模型追上来了吗', titleEn: 'Open-Weights Catch-Up' },
];

type Pools = { interviews: InterviewFields[] };

const quoteText = fc.record({ text: line, lang: fc.constantFrom('en', 'en', 'ja', 'pt-BR') });
const translationText = fc.record({ text: line, lang: fc.constantFrom('zh', 'zh', 'zh-Hant') });

function quoteBlock(pools: Pools): fc.Arbitrary<Block> {
  const sides = fc.oneof(
    fc.record({ original: quoteText, translation: translationText }),
    fc.record({ original: quoteText, translation: fc.constant(null) }),
    fc.record({ original: fc.constant(null), translation: translationText }),
  );
  return fc
    .record({
      sides,
      speakers: fc.oneof(speakers, fc.constant([] as (typeof PEOPLE)[number][])),
      interview: fc.option(fc.constantFrom(...pools.interviews), { nil: null }),
      seeAlso: fc.option(fc.constantFrom(...SISTERS), { nil: null }),
    })
    .map(({ sides, speakers: people, interview, seeAlso }) => ({
      id: id(),
      kind: 'quote' as const,
      quote: { id: id(), ...sides, speakers: people.map(speakerRef), interview: interview && { id: id(), ...interview } },
      seeAlso,
    }));
}

/**
 * A paragraph naming someone as "Name (Org) 说:" and the quotes after it that have no
 * attribution line: their speaker is inferred from it (and awaits confirmation).
 */
const inferredRun = fc
  .record({ who: person.filter((p) => p.affiliation !== null), count: fc.integer({ min: 1, max: 3 }), sides: fc.array(fc.record({ original: quoteText, translation: fc.option(translationText, { nil: null }) }), { minLength: 3, maxLength: 3 }) })
  .map(({ who, count, sides }): Block[] => {
    const naming = /^[\u4e00-\u9fff]/.test(who.name) ? `${who.name}(${who.affiliation})认为:` : `${who.name} (${who.affiliation}) 说:`;
    return [
      { id: id(), kind: 'paragraph', text: naming },
      ...sides.slice(0, count).map((side) => ({
        id: id(),
        kind: 'quote' as const,
        quote: { id: id(), original: side.original, translation: side.translation, speakers: [speakerRef(who)], interview: null },
        seeAlso: null,
        speakersInferredFrom: naming,
      })),
    ];
  });

function blocks(pools: Pools): fc.Arbitrary<Block[]> {
  const single: fc.Arbitrary<Block[]> = fc.oneof(
    lines('\n').map((text) => [{ id: id(), kind: 'paragraph' as const, text }]),
    noteText.map((text) => [{ id: id(), kind: 'note' as const, text }]),
    fc
      .record({
        text: wordFirst,
        reason,
        speaker: fc.option(person, { nil: null }),
        interview: fc.option(fc.constantFrom(...pools.interviews), { nil: null }),
      })
      .map(({ text, reason: why, speaker, interview }) => [
        { id: id(), kind: 'paraphrase' as const, text, reason: why, speaker: speaker && speakerRef(speaker), interview: interview && { id: id(), ...interview } },
      ]),
    quoteBlock(pools).map((block) => [block]),
    inferredRun,
  );
  return fc.array(single, { maxLength: 6 }).map((groups) => groups.flat());
}

const date = fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A document of the generated kinds, with ids the importer does not reproduce. */
export const topicDocumentArbitrary: fc.Arbitrary<TopicDocument> = fc
  .subarray(INTERVIEWS, { minLength: 0 })
  .chain((interviews) => {
    const pools: Pools = { interviews: interviews.length ? interviews : [INTERVIEWS[3]!] };
    return fc.record({
      titleZh: fc.constantFrom('模型表现触顶了吗', '推理成本会继续下降吗', '智能体上线了吗'),
      titleEn: fc.constantFrom('Performance Plateau', 'Inference Cost: Decline?', 'Agents in Production — 2026'),
      changelog: fc.array(fc.record({ date, text: wordFirst }), { maxLength: 3 }),
      consensus: fc.array(fc.record({ statement: line, blocks: blocks(pools) }), { maxLength: 3 }),
      camps: fc.array(
        fc.record({
          stance: line.filter((text) => !text.includes('"——') && !text.includes('\u201d——')),
          holders: fc.oneof(fc.constant(''), line.filter((text) => !text.startsWith('—'))),
          members: fc.uniqueArray(person, { maxLength: 3, selector: (p) => p.name }),
          blocks: blocks(pools),
        }),
        { maxLength: 3 },
      ),
      blindSpots: fc.array(line, { maxLength: 2 }),
      view: fc.option(
        fc.record({
          judgment: lines('both'),
          confidence: fc.constantFrom('LOW', 'MEDIUM_LOW', 'MEDIUM', 'MEDIUM_HIGH', 'HIGH' as const),
          strongestSupport: fc.oneof(fc.constant(''), lines('\n')),
          weakestLink: fc.oneof(fc.constant(''), line),
        }),
        { nil: null },
      ),
      openQuestions: fc.array(line, { maxLength: 2 }),
      extraSources: fc.boolean(),
      sisterTopics: fc.subarray(SISTERS),
    });
  })
  .map((fields) => {
    const consensus: ConsensusPoint[] = fields.consensus.map((point) => ({ id: id(), ...point }));
    const camps: Camp[] = fields.camps.map((camp, i) => ({ id: id(), label: String.fromCharCode(65 + i), ...camp, members: camp.members.map(speakerRef) }));
    // Every interview the page cites is in 取材 (its date and address are written only there).
    const cited = [...consensus, ...camps]
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'quote' ? [block.quote.interview] : block.kind === 'paraphrase' ? [block.interview] : []))
      .filter((interview): interview is InterviewRef => interview !== null);
    const sources = [...new Map(cited.map((interview) => [`${interview.show}#${interview.episodeNumber}:${interview.episodeTitle}`, interview])).values()];
    if (fields.extraSources && sources.length === 0) sources.push({ id: id(), ...INTERVIEWS[5]! });
    return {
      schemaVersion: 1 as const,
      id: id(),
      slug: 'generated',
      titleZh: fields.titleZh,
      titleEn: fields.titleEn,
      // Newest first, as the page lists them.
      changelog: fields.changelog.map((entry) => ({ id: id(), ...entry, publishNumber: null })).sort((a, b) => (a.date < b.date ? 1 : -1)),
      consensus,
      camps,
      blindSpots: fields.blindSpots.map((text) => ({ id: id(), text })),
      view: fields.view,
      openQuestions: fields.openQuestions.map((text) => ({ id: id(), text })),
      sources,
      sisterTopics: fields.sisterTopics,
    };
  });
