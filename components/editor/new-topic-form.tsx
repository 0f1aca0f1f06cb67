'use client';

import { useActionState, useState } from 'react';
import { createTopicAction } from '@/app/(editor)/editor/new/actions';
import { idleState } from '@/lib/actions/action-state';
import { slugify } from '@/lib/text/slug';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { CsrfField } from '@/components/ui/csrf-field';

/** Titles and address of a new topic; the address follows the English title until edited. */
export function NewTopicForm() {
  const [state, formAction, pending] = useActionState(createTopicAction, idleState);
  const [titleEn, setTitleEn] = useState(state.values?.titleEn ?? '');
  const [slug, setSlug] = useState<string | null>(state.values?.slug ?? null);
  return (
    <form action={formAction} className="mt-6 max-w-xl space-y-4" aria-describedby="new-topic-message">
      <CsrfField />
      <TextField id="titleZh" name="titleZh" label="中文标题 · Chinese title" required maxLength={200} defaultValue={state.values?.titleZh} errors={state.fieldErrors?.titleZh} />
      <TextField id="titleEn" name="titleEn" label="英文标题 · English title" required maxLength={200} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} errors={state.fieldErrors?.titleEn} />
      <TextField id="slug" name="slug" label="网址名 · Address (slug)" required maxLength={80} value={slug ?? slugify(titleEn)} onChange={(e) => setSlug(e.target.value)} errors={state.fieldErrors?.slug} />
      <FormMessage id="new-topic-message" state={state} />
      <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-50 dark:bg-stone-200 dark:text-stone-900">
        创建并开始编辑 · Create and start editing
      </button>
    </form>
  );
}
