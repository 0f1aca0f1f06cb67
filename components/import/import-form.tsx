'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { confirmImportAction, previewImportAction, type ImportState } from '@/app/(editor)/editor/import/actions';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { ImportReportView } from './import-report-view';
import { CsrfField } from '@/components/ui/csrf-field';

const idle: ImportState = { status: 'idle' };
const button = 'rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900';

/** Upload, see the report, then confirm: nothing is written before the second step. */
export function ImportForm() {
  const [preview, previewAction, previewing] = useActionState(previewImportAction, idle);
  const [confirm, confirmAction, confirming] = useActionState(confirmImportAction, idle);
  const previewed = preview.status === 'success' ? preview.result : undefined;
  const done = confirm.status === 'success' ? confirm.result : undefined;

  if (done) {
    return (
      <div className="mt-6">
        <FormMessage id="import-done" state={confirm} />
        <ImportReportView report={done.report} />
        {done.report.topicId && (
          <Link href={`/editor/topics/${done.report.topicId}`} className="mt-4 mr-4 inline-block underline underline-offset-2">
            编辑这个主题 · Edit this topic
          </Link>
        )}
        {done.report.published && done.report.outcome !== 'unchanged' && (
          <Link href={`/topics/${done.report.slug}`} className="mt-4 inline-block underline underline-offset-2">
            查看页面 · View the page
          </Link>
        )}
      </div>
    );
  }

  return (
    <div className="mt-6 space-y-8">
      <form action={previewAction} className="space-y-4" aria-describedby="import-preview-message">
        <CsrfField />
        <div>
          <label htmlFor="file" className="block text-sm font-medium">
            文件(.txt 或 .md,最大 5 MB) · File (.txt or .md, 5 MB at most)
          </label>
          <input id="file" name="file" type="file" accept=".txt,.md,text/plain,text/markdown" required
            aria-describedby="file-error" className="mt-1 block text-sm" />
          <FieldError id="file-error" errors={preview.fieldErrors?.file} />
        </div>
        <TextField id="slug" name="slug" label="网址名(留空则按英文标题生成) · Slug (blank: from the English title)"
          pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={80} errors={preview.fieldErrors?.slug} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="publish" /> 导入后立即发布 · Publish right away
        </label>
        <FormMessage id="import-preview-message" state={preview} />
        <button type="submit" disabled={previewing} className={button}>
          {previewing ? '正在读取… · Reading…' : '预览 · Preview'}
        </button>
      </form>

      {previewed && (
        <section aria-labelledby="preview-title" className="rounded border border-stone-200 p-4 dark:border-stone-700">
          <h2 id="preview-title" className="font-semibold">预览 · Preview</h2>
          <ImportReportView report={previewed.report} />
          <form action={confirmAction} className="mt-4" aria-describedby="import-confirm-message">
            <CsrfField />
            <input type="hidden" name="document" value={previewed.document} />
            <input type="hidden" name="slug" value={previewed.slug} />
            <input type="hidden" name="source" value={previewed.source} />
            {previewed.publish && <input type="hidden" name="publish" value="on" />}
            <FormMessage id="import-confirm-message" state={confirm} />
            <button type="submit" disabled={confirming} className={button}>
              {confirming ? '正在导入… · Importing…' : '确认导入 · Confirm import'}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
