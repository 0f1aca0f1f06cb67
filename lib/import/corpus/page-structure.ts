// What the importer makes of a page before it touches the database, in the words of the import
// report: the page's parts, every speaker, interview (with episode and date) and quote, each
// inferred speaker with the line that named them, and every warning. The corpus test compares
// it with the expected-structure file written by hand beside each page.
import { campMembers, headerCountWarning, topicSources } from '../imported-shape';
import { inferSpeakers } from '../infer-speakers';
import { pageInterviews } from '../page-interviews';
import { parseTopicText } from '../parse-topic-text';

export function pageStructure(text: string) {
  const topic = parseTopicText(text);
  const { inferences, unattributed } = inferSpeakers(topic);
  const interviews = pageInterviews(topic);
  const blocks = [...topic.consensus, ...topic.camps].flatMap((section) => section.blocks);
  const speakers = new Map<string, string | null>();
  const addSpeaker = (speaker: { name: string; affiliation: string | null }) => {
    if (!speakers.has(speaker.name) || (speaker.affiliation && !speakers.get(speaker.name))) speakers.set(speaker.name, speaker.affiliation);
  };
  for (const block of blocks) {
    if (block.kind === 'quote') block.speakers.forEach(addSpeaker);
    if (block.kind === 'paraphrase' && block.speaker) addSpeaker(block.speaker);
  }
  topic.camps.forEach((camp) => campMembers(camp).forEach(addSpeaker));
  const count = (kind: string) => blocks.filter((block) => block.kind === kind).length;
  return {
    title: `${topic.titleZh} · ${topic.titleEn}`,
    updatedOn: topic.header?.updatedOn ?? null,
    counts: {
      consensusPoints: topic.consensus.length,
      camps: topic.camps.length,
      quotes: count('quote'),
      paraphrases: count('paraphrase'),
      notes: count('note'),
      paragraphs: count('paragraph'),
      changelog: topic.changelog.length,
      blindSpots: topic.blindSpots.length,
      openQuestions: topic.openQuestions.length,
      sources: topicSources(topic, interviews).length,
      sisterTopics: topic.sisterTopics?.length ?? null,
    },
    view: topic.view && { confidence: topic.view.confidence, judgmentParagraphs: topic.view.judgment.split('\n\n').length, strongestSupport: Boolean(topic.view.strongestSupport), weakestLink: Boolean(topic.view.weakestLink) },
    speakers: [...speakers].map(([name, affiliation]) => (affiliation ? `${name} (${affiliation})` : name)),
    interviews: interviews.entries.map((i) => ({ show: i.show, episodeNumber: i.episodeNumber, episodeTitle: i.episodeTitle, publishedOn: i.publishedOn, forms: i.forms })),
    camps: topic.camps.map((camp) => ({ label: camp.label, members: campMembers(camp).map((member) => member.name) })),
    quotes: blocks.flatMap((block) =>
      block.kind === 'quote'
        ? [`line ${block.lines[0]}: ${block.speakers.map((s) => s.name).join(' / ') || '—'}${block.inferred ? ` (inferred from line ${block.inferred.line})` : ''}${block.episode ? ` · ${interviews.interviewOf(block.episode).show}` : ''}`]
        : [],
    ),
    unattributed: unattributed.map((quote) => `line ${quote.line}: ${quote.reason}`),
    warnings: [...topic.warnings.map((w) => `line ${w.line}: ${w.message}`), ...interviews.warnings, headerCountWarning(topic, topicSources(topic, interviews).length)].filter(Boolean),
    inferred: inferences.length,
  };
}
