// The importer's front door: a JSON export (it starts with "{") or a page in the text format.
import { FORMAT_LIMITS } from '@/lib/page-format/document-lines';
import { ImportFormatError } from '@/lib/page-format/errors';
import { formatAttributionReference } from '@/lib/page-format/references';
import { topicDocumentSchema, type Block, type InterviewRef, type TopicDocument } from '@/lib/topics/document';
import { parseTopicText } from './parse-topic-text';
import type { ParsedBlock, ParsedEpisode, ParsedTopic } from './parsed-topic';

export function readTopicDocument(text: string): ParsedTopic {
  let first = 0;
  while (first < text.length && first < 64 && /\s|\uFEFF/.test(text[first]!)) first += 1;
  return text[first] === '{' ? readTopicJson(text) : parseTopicText(text);
}

const episodeOf = (interview: InterviewRef | null): ParsedEpisode | null =>
  interview && {
    raw: formatAttributionReference(interview),
    show: interview.show,
    episodeNumber: interview.episodeNumber,
    episodeTitle: interview.episodeTitle,
    publishedOn: interview.publishedOn ? { iso: interview.publishedOn, precision: 'day' } : null,
    url: interview.url,
  };

const speakerOf = (speaker: { name: string; affiliation: string | null }) => ({ name: speaker.name, affiliation: speaker.affiliation });

function blockOf(block: Block): ParsedBlock {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return { kind: block.kind, text: block.text, lines: [] };
    case 'paraphrase':
      return { kind: 'paraphrase', text: block.text, reason: block.reason, speaker: block.speaker && speakerOf(block.speaker), episode: episodeOf(block.interview), lines: [] };
    case 'quote': {
      const { quote } = block;
      return {
        kind: 'quote',
        original: quote.original?.text ?? null,
        originalLang: quote.original?.lang ?? 'en',
        translation: quote.translation?.text ?? null,
        translationLang: quote.translation?.lang ?? 'zh',
        speakers: quote.speakers.map(speakerOf),
        episode: episodeOf(quote.interview),
        seeAlsoSlug: block.seeAlso?.slug ?? null,
        // The file says who said it, or that the speakers were inferred and await confirmation.
        attributed: !block.speakersInferredFrom,
        inferred: block.speakersInferredFrom ? { line: 0, text: block.speakersInferredFrom } : null,
        lines: [],
      };
    }
  }
}

/** `npm run export -- SLUG --format json` read back: the document it holds, as the importer's structure. */
export function readTopicJson(text: string): ParsedTopic {
  if (text.length > FORMAT_LIMITS.documentChars) throw new ImportFormatError('The JSON file is larger than 5 MB.');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw new ImportFormatError(`The file starts like JSON but is not valid JSON (${(error as Error).message}).`);
  }
  const envelope = file as { format?: unknown; slug?: unknown; publishedOn?: unknown; document?: unknown };
  if (envelope?.format !== 'topic-desk.topic') throw new ImportFormatError('This JSON file is not a Topic Desk topic export (its "format" is not "topic-desk.topic").');
  const checked = topicDocumentSchema.safeParse(envelope.document);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ImportFormatError(`The topic in this JSON file is not valid at ${issue.path.join('.') || 'its root'}: ${issue.message}`);
  }
  const doc: TopicDocument = checked.data;
  return {
    slug: typeof envelope.slug === 'string' ? envelope.slug : undefined,
    titleZh: doc.titleZh,
    titleEn: doc.titleEn,
    header: { updatedOn: typeof envelope.publishedOn === 'string' ? envelope.publishedOn : null, interviewCount: null },
    changelog: doc.changelog.map((entry) => ({ date: entry.date, text: entry.text, line: 0 })),
    consensus: doc.consensus.map((point) => ({ statement: point.statement, line: 0, blocks: point.blocks.map(blockOf) })),
    camps: doc.camps.map((camp) => ({ label: camp.label, stance: camp.stance, holders: camp.holders, members: camp.members.map(speakerOf), line: 0, blocks: camp.blocks.map(blockOf) })),
    blindSpots: doc.blindSpots.map((item) => ({ text: item.text, line: 0 })),
    view: doc.view && { ...doc.view, lines: [0] },
    openQuestions: doc.openQuestions.map((item) => ({ text: item.text, line: 0 })),
    sources: doc.sources.map((interview) => ({ episode: episodeOf(interview)!, line: 0 })),
    sisterTopics: doc.sisterTopics.map((topic) => ({ slug: topic.slug, line: 0 })),
    structuralLines: [],
    warnings: [],
  };
}
