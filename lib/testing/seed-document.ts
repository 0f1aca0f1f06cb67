// The reference page (lib/import/fixtures/performance-plateau.txt) as a topic document, without a
// database: what the importer writes (importedShape), with ids where the library would put its
// own — one id per speaker name and per interview, so "distinct speakers" and "distinct
// interviews" mean what they mean after a real import.
import { readFileSync } from 'node:fs';
import { importedShape } from '@/lib/import/imported-shape';
import { episodeKey } from '@/lib/import/page-interviews';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { topicDocumentSchema, type Block, type TopicDocument } from '@/lib/topics/document';

type Shape = ReturnType<typeof importedShape>;
type ShapeBlock = Shape['consensus'][number]['blocks'][number];
type ShapeInterview = Shape['sources'][number];

export function documentFromText(text: string, slug = 'performance-plateau'): TopicDocument {
  const shape = importedShape(parseTopicText(text));
  let n = 0;
  const id = (prefix: string) => `${prefix}-${(n += 1)}`;
  const speaker = (s: { name: string; affiliation: string | null }) => ({ id: `speaker:${s.name}`, slug: s.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: s.name, affiliation: s.affiliation });
  const interview = (i: ShapeInterview | null | undefined) => i && { id: `interview:${episodeKey(i)}`, ...i };
  const block = (b: ShapeBlock): Block => {
    if (b.kind === 'paragraph' || b.kind === 'note') return { id: id('block'), kind: b.kind, text: b.text! };
    if (b.kind === 'paraphrase') return { id: id('block'), kind: 'paraphrase', text: b.text!, reason: b.reason!, speaker: b.speaker ? speaker(b.speaker) : null, interview: interview(b.interview) ?? null };
    return {
      id: id('block'),
      kind: 'quote',
      quote: { id: id('quote'), original: b.original!, translation: b.translation!, speakers: b.speakers!.map(speaker), interview: interview(b.interview) ?? null },
      seeAlso: b.seeAlso ? { id: `topic:${b.seeAlso}`, slug: b.seeAlso, titleZh: b.seeAlso, titleEn: b.seeAlso } : null,
      ...(b.inferred ? { speakersInferredFrom: 'inferred' } : {}),
    };
  };
  return topicDocumentSchema.parse({
    schemaVersion: 1,
    id: 'topic-1',
    slug,
    titleZh: shape.titleZh,
    titleEn: shape.titleEn,
    changelog: shape.changelog.map((entry) => ({ id: id('log'), ...entry })),
    consensus: shape.consensus.map((point) => ({ id: id('point'), statement: point.statement, blocks: point.blocks.map(block) })),
    camps: shape.camps.map((camp) => ({ id: id('camp'), label: camp.label, stance: camp.stance, holders: camp.holders, members: camp.members.map(speaker), blocks: camp.blocks.map(block) })),
    blindSpots: shape.blindSpots.map((text) => ({ id: id('item'), text })),
    view: shape.view,
    openQuestions: shape.openQuestions.map((text) => ({ id: id('item'), text })),
    sources: shape.sources.map((source) => interview(source)),
    sisterTopics: shape.sisterTopics.map((slug) => ({ id: `topic:${slug}`, slug, titleZh: slug, titleEn: slug })),
  });
}

export const seedDocument = () => documentFromText(readFileSync(new URL('../import/fixtures/performance-plateau.txt', import.meta.url), 'utf8'));
