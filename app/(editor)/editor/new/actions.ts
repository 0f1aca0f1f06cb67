'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { submittedValues, type ActionState } from '@/lib/actions/action-state';
import { createTopic } from '@/lib/drafts/topic-lifecycle';
import { newTopicSchema } from '@/lib/drafts/topic-schema';
import { refuseForm } from '@/lib/actions/form-guard';

export async function createTopicAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const values = submittedValues(formData);
  const parsed = newTopicSchema.safeParse(values);
  if (!parsed.success) {
    return { status: 'error', code: 'INVALID', message: '请检查标出的字段 · Check the marked fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  let topicId: string;
  try {
    topicId = (await createTopic(parsed.data)).id;
  } catch (error) {
    return actionError(error, values);
  }
  redirect(`/editor/topics/${topicId}`);
}
