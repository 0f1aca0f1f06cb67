import 'server-only';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { startReport } from '@/lib/import/import-report';
import { inferSpeakers } from '@/lib/import/infer-speakers';
import { libraryMatcher } from '@/lib/import/library-matching';
import { pageInterviews } from '@/lib/import/page-interviews';
import { ImportFormatError } from '@/lib/import/parse-topic-text';
import type { ParsedBlock } from '@/lib/import/parsed-topic';
import type { Block, InterviewRef, SpeakerRef, TopicRef } from '@/lib/topics/document';
import { interviewSelect, speakerSelect, toInterviewRef, toSpeakerRef, topicRefSelect } from '@/lib/topics/draft-document';
import { parseFragment } from './parse-fragment';

/** What a paste gives the editor: the blocks to insert and what was found or created for them. */
export type PasteResult = {
  blocks: Block[];
  speakers: { created: string[]; matched: string[] };
  interviews: { created: string[]; matched: string[] };
  inferred: { line: number; speakers: string[]; fromText: string }[];
  unattributed: { line: number; text: string }[];
  warnings: { line: number; message: string }[];
};

/**
 * Reads a pasted fragment and returns it as draft blocks. Speakers and interviews it names are
 * matched in the library or created there, as an import does (same grammar, same matching, one
 * transaction: all or nothing); the quotes themselves are new, written by the next draft save
 * like a quote typed in. Nothing is added to the topic here: the editor inserts the blocks
 * where the analyst pasted them, and can undo that like any other edit.
 */
export async function pasteFragment(text: string): Promise<PasteResult> {
  await requireRole('ANALYST');
  let fragment;
  try {
    fragment = parseFragment(text);
  } catch (error) {
    if (error instanceof ImportFormatError) throw new UserFacingError(error.message, 'INVALID');
    throw error;
  }
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const library = await tx.speaker.findMany({ where: { deletedAt: null }, select: { id: true, name: true, aliases: true } });
    const { inferences, unattributed } = inferSpeakers(fragment.topic, library);
    const interviews = pageInterviews(fragment.topic);
    const report = startReport(fragment.topic, '', false, { inferences, unattributed, interviewWarnings: interviews.warnings });
    const { speakerId, interviewId } = libraryMatcher(tx, library, report, now);

    // First the ids of everything the blocks name, then each row once, as the draft shows it.
    type Named = { speakerIds: string[]; interviewId: string | null; seeAlsoSlug: string | null };
    const named: Named[] = [];
    for (const block of fragment.blocks) {
      const speakers = block.kind === 'quote' ? block.speakers : block.kind === 'paraphrase' && block.speaker ? [block.speaker] : [];
      const episode = block.kind === 'quote' || block.kind === 'paraphrase' ? block.episode : null;
      const interview = episode ? interviews.interviewOf(episode) : null;
      const speakerIds: string[] = [];
      for (const speaker of speakers) {
        const id = await speakerId(speaker);
        if (!speakerIds.includes(id)) speakerIds.push(id);
      }
      named.push({ speakerIds, interviewId: interview ? await interviewId(interview) : null, seeAlsoSlug: block.kind === 'quote' ? block.seeAlsoSlug : null });
    }
    const [speakerRows, interviewRows, topicRows] = await Promise.all([
      tx.speaker.findMany({ where: { id: { in: named.flatMap((n) => n.speakerIds) } }, select: speakerSelect }),
      tx.interview.findMany({ where: { id: { in: named.flatMap((n) => (n.interviewId ? [n.interviewId] : [])) } }, select: interviewSelect }),
      tx.topic.findMany({ where: { deletedAt: null, slug: { in: named.flatMap((n) => (n.seeAlsoSlug ? [n.seeAlsoSlug] : [])) } }, select: topicRefSelect }),
    ]);
    const speakerRefs = new Map(speakerRows.map((row) => [row.id, toSpeakerRef(row)]));
    const interviewRefs = new Map(interviewRows.map((row) => [row.id, toInterviewRef(row)]));
    const topicRefs = new Map(topicRows.map((row) => [row.slug, row as TopicRef]));

    const warnings = [...fragment.warnings, ...interviews.warnings.map((message) => ({ line: 0, message }))];
    const blocks = fragment.blocks.map((block, index) => {
      const refs = named[index]!;
      if (refs.seeAlsoSlug && !topicRefs.has(refs.seeAlsoSlug)) {
        warnings.push({ line: block.lines[0] ?? 0, message: `没有 slug 为 ${refs.seeAlsoSlug} 的主题,未加链接 · No topic has the slug ${refs.seeAlsoSlug}; the “see also” link was left out.` });
      }
      return toDraftBlock(block, {
        speakers: refs.speakerIds.map((id) => speakerRefs.get(id)!),
        interview: refs.interviewId ? interviewRefs.get(refs.interviewId)! : null,
        seeAlso: refs.seeAlsoSlug ? (topicRefs.get(refs.seeAlsoSlug) ?? null) : null,
      });
    });
    return {
      blocks,
      speakers: report.speakers,
      interviews: report.interviews,
      inferred: inferences.map((inference) => ({ line: inference.quoteLine, speakers: inference.speakers, fromText: inference.fromText })),
      unattributed: unattributed.map(({ line, text }) => ({ line, text })),
      warnings,
    };
  });
}

function toDraftBlock(block: ParsedBlock, refs: { speakers: SpeakerRef[]; interview: InterviewRef | null; seeAlso: TopicRef | null }): Block {
  const id = randomUUID();
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return { id, kind: block.kind, text: block.text };
    case 'paraphrase':
      return { id, kind: 'paraphrase', text: block.text || block.reason, reason: block.reason, speaker: refs.speakers[0] ?? null, interview: refs.interview };
    case 'quote':
      return {
        id,
        kind: 'quote',
        seeAlso: refs.seeAlso,
        speakersInferredFrom: block.inferred?.text ?? null,
        quote: {
          id: randomUUID(),
          original: block.original ? { text: block.original, lang: block.originalLang } : null,
          translation: block.translation ? { text: block.translation, lang: block.translationLang } : null,
          speakers: refs.speakers,
          interview: refs.interview,
        },
      };
  }
}
