import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedDocument } from '@/lib/testing/seed-document';
import { topicDocumentArbitrary } from '@/lib/testing/topic-document-arbitrary';
import type { Block, Camp, Quote, TopicDocument } from '@/lib/topics/document';
import { evidenceCoverage, type PageCoverage, type SectionCoverage } from './coverage';

const counts = (s: SectionCoverage) => [s.name, s.quotes, s.paraphrases, s.notes, s.speakers, s.interviews, s.shows, s.verifiedQuotes];
const rules = (coverage: PageCoverage) => coverage.warnings.map((w) => `${w.sectionId} ${w.rule}`).sort();

describe('evidence coverage of the reference page', () => {
  const doc = seedDocument();
  const coverage = evidenceCoverage(doc, { asOf: '2026-06-01' });

  it('counts quotes, paraphrases, notes, speakers, interviews and shows per point and camp', () => {
    // [name, quotes, paraphrases, notes, speakers, interviews, shows, verified]
    expect(coverage.points.map(counts)).toEqual([
      ['共识 1 · Point 1', 1, 1, 0, 1, 0, 0, 0], // Bob McGrew, given only in translation, and an unattributed paraphrase
      ['共识 2 · Point 2', 2, 0, 0, 2, 2, 2, 0], // Brad Lightcap (Uncapped), Winston Weinberg (20VC)
      ['共识 3 · Point 3', 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(coverage.camps.map(counts)).toEqual([
      ['阵营 A · Camp A', 3, 1, 1, 3, 1, 1, 0],
      ['阵营 B · Camp B', 3, 0, 1, 3, 1, 1, 0], // Joelle Pineau twice, Martin Casado / Sarah Wang jointly
      ['阵营 C · Camp C', 2, 0, 0, 2, 0, 0, 0],
      ['阵营 D · Camp D', 3, 0, 0, 1, 0, 0, 0], // Ari Morcos three times
      ['阵营 E · Camp E', 3, 1, 0, 2, 1, 1, 0],
    ]);
    expect(coverage.total).toEqual({
      quotes: 17,
      paraphrases: 3,
      notes: 2,
      speakers: 12,
      interviews: 4,
      shows: 4,
      // The page cites no dated interview (it has no 取材 list), and nothing is anchored yet.
      newestSource: null,
      oldestSource: null,
      verifiedQuotes: 0,
      verifiedShare: 0,
      sharedQuotes: null,
    });
    expect(coverage.points[2]!.verifiedShare).toBeNull(); // no quotes: no share, not 0 %
  });

  it('warns about the thin parts, and only those', () => {
    const [p1, p2, p3] = doc.consensus.map((p) => p.id);
    const [a, b, c, d, e] = doc.camps.map((camp) => camp.id);
    expect(p1 && p2).toBeTruthy();
    expect(rules(coverage)).toEqual(
      [
        `${p3} no-quote`,
        `${a} single-interview`,
        `${b} single-interview`,
        `${c} single-interview`, // no quote names its interview
        `${d} single-interview`,
        `${d} single-speaker`,
        `${e} single-interview`,
      ].sort(),
    );
    expect(coverage.warnings.find((w) => w.rule === 'single-speaker')!.message).toBe('阵营 D · Camp D:只靠一位讲者(Ari Morcos)· rests on one speaker');
  });
});

// Small documents built by hand, for the rules the reference page does not trigger.
const speaker = (name: string) => ({ id: `s-${name}`, slug: name, name, affiliation: null });
const interview = (n: number, publishedOn: string | null, show = `Show ${n}`) => ({ id: `i-${n}`, show, episodeTitle: `Episode ${n}`, episodeNumber: String(n), publishedOn, url: null });
let serial = 0;
const quoteBlock = (who: string, source: ReturnType<typeof interview> | null, extra: Partial<Quote> = {}): Block => ({
  id: `b-${(serial += 1)}`,
  kind: 'quote',
  quote: { id: `q-${serial}`, original: { text: `words ${serial}`, lang: 'en' }, translation: null, speakers: [speaker(who)], interview: source, ...extra },
  seeAlso: null,
});
const paraphrase = (who: string, source: ReturnType<typeof interview> | null): Block => ({ id: `b-${(serial += 1)}`, kind: 'paraphrase', text: 'said so', reason: 'notes only', speaker: speaker(who), interview: source });
const note = (text: string): Block => ({ id: `b-${(serial += 1)}`, kind: 'note', text });
const camp = (label: string, blocks: Block[]): Camp => ({ id: `camp-${label}`, label, stance: `stance ${label}`, holders: '', members: [], blocks });
const doc = (camps: Camp[], consensus: TopicDocument['consensus'] = []): TopicDocument => ({
  schemaVersion: 1,
  id: 't',
  slug: 't',
  titleZh: '题',
  titleEn: 'T',
  changelog: [],
  consensus,
  camps,
  blindSpots: [],
  view: null,
  openQuestions: [],
  sources: [],
  sisterTopics: [],
});

describe('evidence coverage rules', () => {
  it('gives the span of source dates and warns when the newest is older than the threshold', () => {
    const page = doc([camp('A', [quoteBlock('Ann', interview(1, '2025-01-10')), quoteBlock('Bo', interview(2, '2025-09-01'))])]);
    const [a] = evidenceCoverage(page, { asOf: '2026-02-27' }).camps;
    expect([a!.oldestSource, a!.newestSource]).toEqual(['2025-01-10', '2025-09-01']);
    // 2025-09-01 + 180 days = 2026-02-28: on that day it is 180 days old, not more.
    expect(rules(evidenceCoverage(page, { asOf: '2026-02-28' }))).toEqual([]);
    expect(rules(evidenceCoverage(page, { asOf: '2026-03-01' }))).toEqual(['camp-A stale-sources']);
    expect(rules(evidenceCoverage(page, { asOf: '2026-03-01', staleAfterDays: 365 }))).toEqual([]);
  });

  it('warns about a camp of paraphrases only and a consensus point without a quote', () => {
    const page = doc([camp('A', [paraphrase('Ann', interview(1, null)), paraphrase('Bo', interview(2, null))])], [{ id: 'p1', statement: 's', blocks: [paraphrase('Ann', interview(1, null))] }]);
    expect(rules(evidenceCoverage(page))).toEqual(['camp-A paraphrases-only', 'p1 no-quote']);
  });

  it('warns about one speaker in two camps unless a note in either names them', () => {
    const shared = interview(1, null);
    const camps = (noteText: string | null) => [
      camp('A', [quoteBlock('Ann', shared), quoteBlock('Bo', interview(2, null))]),
      camp('B', [quoteBlock('Ann', interview(3, null)), quoteBlock('Cy', interview(4, null)), ...(noteText ? [note(noteText)] : [])]),
    ];
    const unexplained = evidenceCoverage(doc(camps(null)));
    expect(rules(unexplained)).toEqual(['camp-A speaker-in-opposing-camps', 'camp-B speaker-in-opposing-camps']);
    expect(unexplained.warnings[0]!.message).toBe('阵营 A · Camp A:Ann 也出现在 阵营 B · Camp B,没有编者按说明 · Ann is also quoted in 阵营 B · Camp B, with no editor\'s note explaining it');
    expect(rules(evidenceCoverage(doc(camps('注意——Ann 在两次访谈里说法不同。'))))).toEqual([]);
    expect(rules(evidenceCoverage(doc(camps('注意——说法不同。'))))).toHaveLength(2);
  });

  it('counts a quote as verified only when its anchor matches the transcript', () => {
    const anchor = (exact: string, lost = false) => ({ transcriptId: 'tr', target: 'original' as const, lang: 'en', exact, prefix: '', suffix: '', startMs: 0, endMs: 1, lost, differenceNote: null, passage: null });
    const page = doc([
      camp('A', [
        quoteBlock('Ann', interview(1, null), { original: { text: 'It is slowing.', lang: 'en' }, anchor: anchor('it is slowing') }),
        quoteBlock('Bo', interview(2, null), { original: { text: 'It is slowing.', lang: 'en' }, anchor: anchor('it is not slowing') }),
        quoteBlock('Cy', interview(3, null), { original: { text: 'It is slowing.', lang: 'en' }, anchor: anchor('it is slowing', true) }),
        quoteBlock('Di', interview(4, null)),
      ]),
    ]);
    const [a] = evidenceCoverage(page).camps;
    expect([a!.verifiedQuotes, a!.verifiedShare]).toEqual([1, 0.25]);
  });

  it('counts quotes other topics cite, when told which', () => {
    const page = doc([camp('A', [quoteBlock('Ann', interview(1, null)), quoteBlock('Bo', interview(2, null))])]);
    const quoteId = (page.camps[0]!.blocks[1] as Extract<Block, { kind: 'quote' }>).quote.id;
    expect(evidenceCoverage(page).camps[0]!.sharedQuotes).toBeNull();
    expect(evidenceCoverage(page, { sharedQuotes: { [quoteId]: [{ topicId: 'other' }] } }).camps[0]!.sharedQuotes).toBe(1);
  });
});

describe('evidence coverage properties', () => {
  const withoutName = (section: SectionCoverage) => ({ ...section, name: undefined });
  const byId = (coverage: PageCoverage) => new Map([...coverage.points, ...coverage.camps].map((s) => [s.id, withoutName(s)]));

  it('does not depend on the order of sections or of blocks within them', () => {
    fc.assert(
      fc.property(topicDocumentArbitrary, fc.infiniteStream(fc.nat()), (page, seeds) => {
        const shuffle = <T,>(items: T[]) => {
          const copy = [...items];
          for (let i = copy.length - 1; i > 0; i -= 1) {
            const j = seeds.next().value % (i + 1);
            [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          }
          return copy;
        };
        const reordered: TopicDocument = {
          ...page,
          consensus: shuffle(page.consensus).map((p) => ({ ...p, blocks: shuffle(p.blocks) })),
          camps: shuffle(page.camps).map((c) => ({ ...c, blocks: shuffle(c.blocks) })),
        };
        const before = evidenceCoverage(page, { asOf: '2026-06-01' });
        const after = evidenceCoverage(reordered, { asOf: '2026-06-01' });
        expect(byId(after)).toEqual(byId(before));
        expect(after.total).toEqual(before.total);
        expect(rules(after)).toEqual(rules(before));
      }),
      { numRuns: 300 },
    );
  });

  it('adding a quote by a new speaker from a new interview changes exactly the counts it should', () => {
    fc.assert(
      fc.property(
        topicDocumentArbitrary.filter((page) => page.camps.length + page.consensus.length > 0),
        fc.nat(),
        fc.nat(),
        (page, sectionSeed, positionSeed) => {
          const sections = [...page.consensus, ...page.camps];
          const target = sections[sectionSeed % sections.length]!;
          const added = quoteBlock('Newcomer', interview(999, '2027-12-31', 'A show nobody else cites'));
          const position = positionSeed % (target.blocks.length + 1);
          const withQuote = (blocks: Block[]) => [...blocks.slice(0, position), added, ...blocks.slice(position)];
          const grown: TopicDocument = {
            ...page,
            consensus: page.consensus.map((p) => (p.id === target.id ? { ...p, blocks: withQuote(p.blocks) } : p)),
            camps: page.camps.map((c) => (c.id === target.id ? { ...c, blocks: withQuote(c.blocks) } : c)),
          };
          const before = evidenceCoverage(page, { asOf: '2026-06-01' });
          const after = evidenceCoverage(grown, { asOf: '2026-06-01' });
          const expectGrown = (was: Omit<SectionCoverage, 'kind' | 'id' | 'name'>, now: Omit<SectionCoverage, 'kind' | 'id' | 'name'>) => {
            expect(now.quotes).toBe(was.quotes + 1);
            expect(now.speakers).toBe(was.speakers + 1);
            expect(now.interviews).toBe(was.interviews + 1);
            expect(now.shows).toBe(was.shows + 1);
            expect(now.newestSource).toBe('2027-12-31');
            expect(now.oldestSource).toBe(was.oldestSource ?? '2027-12-31');
            expect([now.paraphrases, now.notes, now.verifiedQuotes]).toEqual([was.paraphrases, was.notes, was.verifiedQuotes]);
          };
          const beforeById = byId(before);
          for (const [sectionId, now] of byId(after)) {
            if (sectionId === target.id) expectGrown(beforeById.get(sectionId)!, now);
            else expect(now).toEqual(beforeById.get(sectionId));
          }
          expectGrown(before.total, after.total);
        },
      ),
      { numRuns: 300 },
    );
  });
});
