'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import type { ActionState } from '@/lib/actions/action-state';
import { confirmSpeakerLabels, importTranscript, setTranscriptPublic } from '@/lib/transcripts/mutations';
import { confirmLabelsSchema, importTranscriptSchema, transcriptVisibilitySchema } from '@/lib/transcripts/schema';
import type { TranscriptImportReport } from '@/lib/transcripts/write-transcript';

// The interview page's transcript actions: import a file, confirm speaker labels, make a
// transcript's passages public. Each parses its input, calls the mutation (which checks the
// role), and revalidates the page.

const INVALID = '请检查输入 · Check the input.';

export async function importTranscriptAction(input: unknown): Promise<ActionState<TranscriptImportReport>> {
  const parsed = importTranscriptSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: INVALID, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const report = await importTranscript(parsed.data);
    revalidatePath(`/editor/interviews/${report.interviewId}`);
    return {
      status: 'success',
      message: `已导入 ${report.segments} 段 · Imported ${report.segments} segments.`,
      result: report,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function confirmLabelsAction(input: unknown): Promise<ActionState> {
  const parsed = confirmLabelsSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: INVALID };
  try {
    const { confirmed } = await confirmSpeakerLabels(parsed.data);
    revalidatePath(`/editor/interviews/${parsed.data.interviewId}`);
    return { status: 'success', message: `已确认 ${confirmed} 位讲者 · ${confirmed} speaker(s) confirmed.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function transcriptVisibilityAction(input: unknown): Promise<ActionState> {
  const parsed = transcriptVisibilitySchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: INVALID };
  try {
    await setTranscriptPublic(parsed.data.transcriptId, parsed.data.isPublic);
    return { status: 'success', message: parsed.data.isPublic ? '读者可见上下文 · Readers see the passages.' : '上下文不公开 · Passages are private.' };
  } catch (error) {
    return actionError(error);
  }
}
