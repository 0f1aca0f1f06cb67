'use server';

import { actionError } from '@/lib/actions/action-error';
import type { ActionState } from '@/lib/actions/action-state';
import { MAX_PASTE_CHARS } from '@/lib/paste/limits';
import { pasteFragment, type PasteResult } from '@/lib/paste/paste-fragment';
import { z } from 'zod';

// "Paste page text" in a point or camp: the fragment read with the importer's grammar, its
// speakers and interviews found or created in the library (lib/paste/paste-fragment.ts).

const pasteSchema = z.object({ text: z.string().max(MAX_PASTE_CHARS + 1) });

export async function pasteFragmentAction(input: unknown): Promise<ActionState<PasteResult>> {
  const parsed = pasteSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '请求格式不对 · The request is malformed.' };
  try {
    return { status: 'success', result: await pasteFragment(parsed.data.text) };
  } catch (error) {
    return actionError(error);
  }
}
