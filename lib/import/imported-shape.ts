// What a parsed document becomes once its speakers are inferred and its interviews merged,
// before the library gives anybody an id: the rules the writer follows (who a camp's members
// are, which interviews are the sources, which topics are sisters) in one pure function, so a
// test can compare a document with what importing its export would make of it.
import { inferSpeakers, type LibrarySpeaker } from './infer-speakers';
import { pageInterviews, type PageInterview } from './page-interviews';
import type { ParsedBlock, ParsedSpeaker, ParsedTopic } from './parsed-topic';

/** Members as listed, or else everyone quoted in the camp, in order of appearance. */
export function campMembers(camp: ParsedTopic['camps'][number]): ParsedSpeaker[] {
  const speakers = camp.members ?? camp.blocks.flatMap((block) => (block.kind === 'quote' ? block.speakers : []));
  const seen = new Set<string>();
  return speakers.filter((speaker) => !seen.has(speaker.name) && seen.add(speaker.name));
}

/** The 取材 list when the document has one; otherwise every interview a quote cites. */
export function topicSources(topic: ParsedTopic, interviews: ReturnType<typeof pageInterviews>): PageInterview[] {
  const list =
    topic.sources.length > 0
      ? topic.sources.map((source) => interviews.interviewOf(source.episode))
      : [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'quote' && block.episode ? [interviews.interviewOf(block.episode)] : []));
  return [...new Set(list)];
}

/** The 姊妹主题 list when the document has one; otherwise the topics quotes point to. */
export function sisterSlugs(topic: ParsedTopic): string[] {
  const slugs =
    topic.sisterTopics?.map((sister) => sister.slug) ??
    [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'quote' && block.seeAlsoSlug ? [block.seeAlsoSlug] : []));
  return [...new Set(slugs)];
}

/** The header's "取材 N 篇访谈" is computed from the sources, never typed: a different N is reported. */
export function headerCountWarning(topic: ParsedTopic, sources: number): string | null {
  const stated = topic.header?.interviewCount;
  return stated && stated !== sources ? `The header says 取材 ${stated} 篇访谈; the page cites ${sources} interviews (the count is computed from the sources).` : null;
}

type ShapeInterview = Omit<PageInterview, 'forms'>;
const interviewShape = ({ show, episodeNumber, episodeTitle, publishedOn, url }: PageInterview): ShapeInterview => ({ show, episodeNumber, episodeTitle, publishedOn, url });

function blockShape(block: ParsedBlock, interviews: ReturnType<typeof pageInterviews>) {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return { kind: block.kind, text: block.text };
    case 'paraphrase':
      return { kind: 'paraphrase', text: block.text || block.reason, reason: block.reason, speaker: block.speaker, interview: block.episode ? interviewShape(interviews.interviewOf(block.episode)) : null };
    case 'quote':
      return {
        kind: 'quote',
        original: block.original ? { text: block.original, lang: block.originalLang } : null,
        translation: block.translation ? { text: block.translation, lang: block.translationLang } : null,
        speakers: block.speakers,
        interview: block.episode ? interviewShape(interviews.interviewOf(block.episode)) : null,
        seeAlso: block.seeAlsoSlug,
        inferred: block.inferred !== null,
      };
  }
}

/** The document an import of `topic` writes, with names where the database would put ids. */
export function importedShape(topic: ParsedTopic, library: LibrarySpeaker[] = []) {
  inferSpeakers(topic, library);
  const interviews = pageInterviews(topic);
  return {
    titleZh: topic.titleZh,
    titleEn: topic.titleEn,
    changelog: topic.changelog.map(({ date, text }) => ({ date, text })),
    consensus: topic.consensus.map((point) => ({ statement: point.statement, blocks: point.blocks.map((block) => blockShape(block, interviews)) })),
    camps: topic.camps.map((camp) => ({
      label: camp.label,
      stance: camp.stance,
      holders: camp.holders,
      members: campMembers(camp),
      blocks: camp.blocks.map((block) => blockShape(block, interviews)),
    })),
    blindSpots: topic.blindSpots.map((item) => item.text),
    view: topic.view && { judgment: topic.view.judgment, confidence: topic.view.confidence, strongestSupport: topic.view.strongestSupport, weakestLink: topic.view.weakestLink },
    openQuestions: topic.openQuestions.map((item) => item.text),
    sources: topicSources(topic, interviews).map(interviewShape),
    sisterTopics: sisterSlugs(topic),
  };
}
