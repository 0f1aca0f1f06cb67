import type { Block, InterviewRef, TopicDocument } from './document';

// The interviews a page draws on (取材): every interview a quote or paraphrase cites, and the
// ones the analyst listed without citing them. The listed order is kept (an imported page's
// 取材 list stays as the original had it); interviews cited but not listed follow, in the order
// the page first cites them. One pure function, so the page, its header count, JSON-LD, the
// feeds and the interview pages' index all agree.

export type PageSource = InterviewRef & {
  /** False for an interview only listed: no quote or paraphrase on the page cites it. */
  cited: boolean;
};

type Sections = Pick<TopicDocument, 'consensus' | 'camps' | 'sources'>;

function citedBy(block: Block): InterviewRef | null {
  if (block.kind === 'quote') return block.quote.interview;
  if (block.kind === 'paraphrase') return block.interview;
  return null;
}

/** Interviews the page's quotes and paraphrases cite, in order of first citation. */
export function citedInterviews(doc: Pick<TopicDocument, 'consensus' | 'camps'>): InterviewRef[] {
  const seen = new Map<string, InterviewRef>();
  for (const section of [...doc.consensus, ...doc.camps]) {
    for (const block of section.blocks) {
      const interview = citedBy(block);
      if (interview && !seen.has(interview.id)) seen.set(interview.id, interview);
    }
  }
  return [...seen.values()];
}

export function pageSources(doc: Sections): PageSource[] {
  const cited = citedInterviews(doc);
  const citedIds = new Set(cited.map((interview) => interview.id));
  const listedIds = new Set(doc.sources.map((interview) => interview.id));
  return [
    ...doc.sources.map((interview) => ({ ...interview, cited: citedIds.has(interview.id) })),
    ...cited.filter((interview) => !listedIds.has(interview.id)).map((interview) => ({ ...interview, cited: true })),
  ];
}
