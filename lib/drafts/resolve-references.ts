import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Block, InterviewRef, Quote, SpeakerRef, TopicDocument, TopicRef } from '@/lib/topics/document';
import { interviewSelect, quoteSelect, speakerSelect, topicRefSelect, toInterviewRef, toQuote, toSpeakerRef } from '@/lib/topics/draft-document';
import type { Change } from './changeset';

// After a save, the revision snapshot is the saved document itself rather than a second full
// load of the draft. What the browser sent about the library (a speaker's name, a quote's
// words when it was picked from the library, a topic's title) is not trusted: every speaker,
// interview, topic and quote a changed item refers to is read back from the database and put
// in place wherever it appears in the document.

type Tx = Prisma.TransactionClient;
type Refs = { speakers: Set<string>; interviews: Set<string>; topics: Set<string>; quotes: Set<string> };

function collect(changes: readonly Change[]): Refs {
  const refs: Refs = { speakers: new Set(), interviews: new Set(), topics: new Set(), quotes: new Set() };
  for (const change of changes) {
    if (change.op !== 'item' || !change.next) continue;
    const item = change.next as Record<string, unknown>;
    if (change.type === 'source') refs.interviews.add(change.id);
    if (change.type === 'sisterTopic') refs.topics.add(change.id);
    if (change.type === 'camp') for (const member of item.members as SpeakerRef[]) refs.speakers.add(member.id);
    if (change.type !== 'block') continue;
    const block = item as Block;
    if (block.kind === 'paraphrase') {
      if (block.speaker) refs.speakers.add(block.speaker.id);
      if (block.interview) refs.interviews.add(block.interview.id);
    }
    if (block.kind === 'quote') {
      refs.quotes.add(block.quote.id);
      if (block.seeAlso) refs.topics.add(block.seeAlso.id);
    }
  }
  return refs;
}

async function load(tx: Tx, refs: Refs) {
  const [speakers, interviews, topics, quotes] = await Promise.all([
    refs.speakers.size ? tx.speaker.findMany({ where: { id: { in: [...refs.speakers] } }, select: speakerSelect }) : [],
    refs.interviews.size ? tx.interview.findMany({ where: { id: { in: [...refs.interviews] } }, select: interviewSelect }) : [],
    refs.topics.size ? tx.topic.findMany({ where: { id: { in: [...refs.topics] } }, select: topicRefSelect }) : [],
    refs.quotes.size ? tx.quote.findMany({ where: { id: { in: [...refs.quotes] } }, select: quoteSelect }) : [],
  ]);
  return {
    speakers: new Map<string, SpeakerRef>(speakers.map((s) => [s.id, toSpeakerRef(s)])),
    interviews: new Map<string, InterviewRef>(interviews.map((i) => [i.id, toInterviewRef(i)])),
    topics: new Map<string, TopicRef>(topics.map((t) => [t.id, t])),
    quotes: new Map<string, Quote>(quotes.map((q) => [q.id, toQuote(q)])),
  };
}

/** The saved document with every reference a changed item makes read back from the database. */
export async function resolveReferences(tx: Tx, doc: TopicDocument, changes: readonly Change[]): Promise<TopicDocument> {
  const refs = collect(changes);
  if (!refs.speakers.size && !refs.interviews.size && !refs.topics.size && !refs.quotes.size) return doc;
  const found = await load(tx, refs);
  const speaker = (s: SpeakerRef) => found.speakers.get(s.id) ?? s;
  const interview = (i: InterviewRef | null) => (i ? (found.interviews.get(i.id) ?? i) : null);
  const topic = (t: TopicRef | null) => (t ? (found.topics.get(t.id) ?? t) : null);
  const block = (b: Block): Block => {
    if (b.kind === 'paraphrase') return { ...b, speaker: b.speaker ? speaker(b.speaker) : null, interview: interview(b.interview) };
    if (b.kind === 'quote') return { ...b, seeAlso: topic(b.seeAlso), quote: found.quotes.get(b.quote.id) ?? b.quote };
    return b;
  };
  return {
    ...doc,
    consensus: doc.consensus.map((point) => ({ ...point, blocks: point.blocks.map(block) })),
    camps: doc.camps.map((camp) => ({ ...camp, members: camp.members.map(speaker), blocks: camp.blocks.map(block) })),
    sources: doc.sources.map((s) => interview(s)!),
    sisterTopics: doc.sisterTopics.map((t) => topic(t)!),
  };
}
