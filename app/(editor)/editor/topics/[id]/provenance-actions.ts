'use server';

import { actionError } from '@/lib/actions/action-error';
import type { ActionState } from '@/lib/actions/action-state';
import { requireRole } from '@/lib/auth/session';
import type { ClipPreview } from '@/lib/provenance/clip';
import type { AnchorProposal } from '@/lib/provenance/find-anchors';
import { acceptAnchors, clipQuote, findInTranscripts, previewClip, setDifferenceNote } from '@/lib/provenance/mutations';
import { acceptAnchorsSchema, clipQuoteSchema, clipSelectionSchema, differenceNoteSchema, topicIdSchema } from '@/lib/provenance/schema';
import type { Quote, TopicDocument } from '@/lib/topics/document';
import { searchTranscripts, transcriptChoices, transcriptView, type TranscriptChoice, type TranscriptHit, type TranscriptView } from '@/lib/transcripts/queries';
import { transcriptSearchSchema } from '@/lib/transcripts/schema';
import { z } from 'zod';

// The topic editor's transcript panel and provenance checks. JSON-shaped input, parsed with the
// domain's schema first; every read and write checks the role (reads here show unpublished
// transcripts, so they are analysts' too).

const INVALID: ActionState<never> = { status: 'error', code: 'INVALID', message: '请求格式不对 · The request is malformed.' };
const idSchema = z.string().min(1).max(64);

export async function transcriptChoicesAction(input: unknown): Promise<ActionState<TranscriptChoice[]>> {
  const parsed = topicIdSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    await requireRole('ANALYST');
    return { status: 'success', result: await transcriptChoices(parsed.data.topicId) };
  } catch (error) {
    return actionError(error);
  }
}

export async function transcriptViewAction(input: unknown): Promise<ActionState<TranscriptView>> {
  const parsed = idSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    await requireRole('ANALYST');
    const view = await transcriptView(parsed.data);
    return view ? { status: 'success', result: view } : { status: 'error', code: 'NOT_FOUND', message: '这份文字稿不存在 · This transcript does not exist.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function searchTranscriptsAction(input: unknown): Promise<ActionState<{ words: string[]; hits: TranscriptHit[] }>> {
  const parsed = transcriptSearchSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    await requireRole('ANALYST');
    return { status: 'success', result: await searchTranscripts(parsed.data.query, parsed.data.interviewId) };
  } catch (error) {
    return actionError(error);
  }
}

export async function previewClipAction(input: unknown): Promise<ActionState<ClipPreview>> {
  const parsed = clipSelectionSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    return { status: 'success', result: await previewClip(parsed.data) };
  } catch (error) {
    return actionError(error);
  }
}

export async function clipQuoteAction(input: unknown): Promise<ActionState<Quote>> {
  const parsed = clipQuoteSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    return { status: 'success', result: await clipQuote(parsed.data) };
  } catch (error) {
    return actionError(error);
  }
}

export async function findInTranscriptsAction(input: unknown): Promise<ActionState<AnchorProposal[]>> {
  const parsed = topicIdSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    return { status: 'success', result: await findInTranscripts(parsed.data.topicId) };
  } catch (error) {
    return actionError(error);
  }
}

type DraftAnswer = { document: TopicDocument; version: number };

export async function acceptAnchorsAction(input: unknown): Promise<ActionState<DraftAnswer & { anchored: string[]; refused: { quoteId: string; reason: string }[] }>> {
  const parsed = acceptAnchorsSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    const result = await acceptAnchors(parsed.data);
    return { status: 'success', message: `已锚定 ${result.anchored.length} 条 · ${result.anchored.length} anchored.`, result };
  } catch (error) {
    return actionError(error);
  }
}

export async function differenceNoteAction(input: unknown): Promise<ActionState<DraftAnswer>> {
  const parsed = differenceNoteSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    return { status: 'success', result: await setDifferenceNote(parsed.data) };
  } catch (error) {
    return actionError(error);
  }
}
