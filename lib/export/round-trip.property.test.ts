import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importedShape } from '@/lib/import/imported-shape';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { topicDocumentArbitrary } from '@/lib/testing/topic-document-arbitrary';
import { topicDocumentSchema, type Block, type InterviewRef, type TopicDocument } from '@/lib/topics/document';
import { ROUND_TRIP_REGRESSIONS } from './round-trip-regressions';
import { exportTopicText, type TextFormat } from '@/lib/page-format/write-topic-text';

// For documents the editor can make (lib/testing/topic-document-arbitrary.ts), importing the
// export gives the same document, ids aside, and exporting that again gives the same bytes.
// Runs without a database: importedShape() is what the importer writes, with names for ids.

const interviewShape = (i: InterviewRef | null) => i && { show: i.show, episodeNumber: i.episodeNumber, episodeTitle: i.episodeTitle, publishedOn: i.publishedOn, url: i.url };
const speakerShape = (s: { name: string; affiliation: string | null }) => ({ name: s.name, affiliation: s.affiliation });

function blockShape(block: Block) {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return { kind: block.kind, text: block.text };
    case 'paraphrase':
      return { kind: 'paraphrase', text: block.text, reason: block.reason, speaker: block.speaker && speakerShape(block.speaker), interview: interviewShape(block.interview) };
    case 'quote':
      return {
        kind: 'quote',
        original: block.quote.original,
        translation: block.quote.translation,
        speakers: block.quote.speakers.map(speakerShape),
        interview: interviewShape(block.quote.interview),
        seeAlso: block.seeAlso?.slug ?? null,
        inferred: Boolean(block.speakersInferredFrom),
      };
  }
}

/** What a text export carries of a document: everything but ids (and links to this site's versions). */
function documentShape(doc: TopicDocument) {
  return {
    titleZh: doc.titleZh,
    titleEn: doc.titleEn,
    changelog: doc.changelog.map(({ date, text }) => ({ date, text })),
    consensus: doc.consensus.map((point) => ({ statement: point.statement, blocks: point.blocks.map(blockShape) })),
    camps: doc.camps.map((camp) => ({ label: camp.label, stance: camp.stance, holders: camp.holders, members: camp.members.map(speakerShape), blocks: camp.blocks.map(blockShape) })),
    blindSpots: doc.blindSpots.map((item) => item.text),
    view: doc.view && { ...doc.view },
    openQuestions: doc.openQuestions.map((item) => item.text),
    sources: doc.sources.map(interviewShape),
    sisterTopics: doc.sisterTopics.map((topic) => topic.slug),
  };
}

type Shape = ReturnType<typeof importedShape>;

/** The imported shape as a document again (new ids; sister topics' titles from the original's library). */
function documentFrom(shape: Shape, original: TopicDocument): TopicDocument {
  let n = 0;
  const id = () => `re-${(n += 1)}`;
  const topics = new Map([...original.sisterTopics, ...[...original.consensus, ...original.camps].flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'quote' && b.seeAlso ? [b.seeAlso] : []))].map((t) => [t.slug, t]));
  const speaker = (s: { name: string; affiliation: string | null }) => ({ id: id(), slug: 's', ...s });
  const interview = (i: ReturnType<typeof interviewShape>) => i && { id: id(), ...i };
  const block = (b: Shape['consensus'][number]['blocks'][number]): Block => {
    if (b.kind === 'paragraph' || b.kind === 'note') return { id: id(), kind: b.kind, text: b.text! };
    if (b.kind === 'paraphrase') return { id: id(), kind: 'paraphrase', text: b.text!, reason: b.reason!, speaker: b.speaker ? speaker(b.speaker) : null, interview: interview(b.interview ?? null) };
    return {
      id: id(),
      kind: 'quote',
      quote: { id: id(), original: b.original!, translation: b.translation!, speakers: b.speakers!.map(speaker), interview: interview(b.interview ?? null) },
      seeAlso: b.seeAlso ? topics.get(b.seeAlso)! : null,
      ...(b.inferred ? { speakersInferredFrom: 'inferred' } : {}),
    };
  };
  return topicDocumentSchema.parse({
    schemaVersion: 1,
    id: id(),
    slug: 'copy',
    titleZh: shape.titleZh,
    titleEn: shape.titleEn,
    changelog: shape.changelog.map((entry) => ({ id: id(), ...entry })),
    consensus: shape.consensus.map((point) => ({ id: id(), statement: point.statement, blocks: point.blocks.map(block) })),
    camps: shape.camps.map((camp) => ({ id: id(), ...camp, members: camp.members.map(speaker), blocks: camp.blocks.map(block) })),
    blindSpots: shape.blindSpots.map((text) => ({ id: id(), text })),
    view: shape.view,
    openQuestions: shape.openQuestions.map((text) => ({ id: id(), text })),
    sources: shape.sources.map(interview),
    sisterTopics: shape.sisterTopics.map((slug) => topics.get(slug)!),
  });
}

function checkRoundTrip(doc: TopicDocument, format: TextFormat) {
  const text = exportTopicText(doc, format, { updatedOn: '2026-05-20' });
  const shape = importedShape(parseTopicText(text));
  expect(shape).toEqual(documentShape(doc));
  expect(exportTopicText(documentFrom(shape, doc), format, { updatedOn: '2026-05-20' })).toBe(text);
}

describe.each(['txt', 'md'] as const)('import(export(document)) in %s', (format) => {
  it('reproduces 1,000 generated documents, ids aside, and exports them again byte for byte', () => {
    fc.assert(
      fc.property(topicDocumentArbitrary, (doc) => {
        topicDocumentSchema.parse(doc);
        checkRoundTrip(doc, format);
      }),
      { numRuns: 1_000, seed: Number(process.env.ROUND_TRIP_SEED ?? 20261204) },
    );
  }, 120_000);

  // Counterexamples fast-check once shrank to, kept so they are checked on every run.
  it.each(ROUND_TRIP_REGRESSIONS)('regression: $name', ({ document }) => {
    checkRoundTrip(topicDocumentSchema.parse(document), format);
  });
});

it('generates every block kind, quote shape and section state', () => {
  const docs = fc.sample(topicDocumentArbitrary, { numRuns: 1_000, seed: 20261204 });
  const blocks = docs.flatMap((doc) => [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks));
  const quotes = blocks.flatMap((block) => (block.kind === 'quote' ? [block] : []));
  expect(new Set(blocks.map((block) => block.kind))).toEqual(new Set(['paragraph', 'note', 'paraphrase', 'quote']));
  expect(quotes.some((q) => q.quote.original && q.quote.translation)).toBe(true);
  expect(quotes.some((q) => q.quote.original && !q.quote.translation)).toBe(true);
  expect(quotes.some((q) => !q.quote.original && q.quote.translation)).toBe(true);
  expect(quotes.some((q) => q.quote.speakers.length > 1)).toBe(true);
  expect(quotes.some((q) => q.speakersInferredFrom)).toBe(true);
  expect(blocks.some((b) => b.kind === 'paragraph' && b.text.includes('\n'))).toBe(true);
  expect(docs.some((d) => d.view === null) && docs.some((d) => d.view?.judgment.includes('\n\n'))).toBe(true);
  expect(docs.some((d) => d.blindSpots.length === 0) && docs.some((d) => d.blindSpots.length > 0)).toBe(true);
  const interviews = docs.flatMap((d) => d.sources);
  expect(interviews.some((i) => i.episodeNumber && i.episodeTitle) && interviews.some((i) => i.episodeNumber && !i.episodeTitle)).toBe(true);
  expect(interviews.some((i) => !i.episodeNumber && i.episodeTitle) && interviews.some((i) => !i.episodeNumber && !i.episodeTitle)).toBe(true);
  const text = docs.map((d) => exportTopicText(d, 'txt')).join('\n');
  expect(/[\u4e00-\u9fff]/.test(text) && /[a-z]/.test(text) && text.includes(',') && text.includes(',')).toBe(true);
});
