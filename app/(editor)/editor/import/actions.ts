'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import { type ActionState } from '@/lib/actions/action-state';
import { importTopicDocument } from '@/lib/import/mutations';
import { MAX_IMPORT_BYTES } from '@/lib/import/read-document';
import { confirmImportSchema, importOptionsSchema } from '@/lib/import/schema';
import type { ImportReport } from '@/lib/import/write-imported-topic';
import { applyPublishedChange } from '@/lib/publishing/revalidate';
import { refuseForm } from '@/lib/actions/form-guard';

export type ImportState = ActionState<{ report: ImportReport; document: string; slug: string; publish: boolean; source: string; confirmed: boolean }>;

const invalid = (error: z.ZodError): ImportState => ({
  status: 'error',
  code: 'INVALID',
  message: '请检查标出的字段 · Please check the marked fields.',
  fieldErrors: z.flattenError(error).fieldErrors,
});

/** Step one: read the uploaded file and show what importing it would do, writing nothing. */
export async function previewImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const options = importOptionsSchema.safeParse({ slug: formData.get('slug') ?? '', publish: formData.get('publish') ?? undefined });
  if (!options.success) return invalid(options.error);
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return { status: 'error', code: 'INVALID', message: '请选择一个文件 · Choose a file.', fieldErrors: { file: ['请选择一个文件 · Choose a file.'] } };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return { status: 'error', code: 'INVALID', message: '文件超过 5 MB · The file is larger than 5 MB.', fieldErrors: { file: ['文件超过 5 MB · The file is larger than 5 MB.'] } };
  }
  try {
    const source = file.name.slice(0, 200);
    const { report, text } = await importTopicDocument({ document: new Uint8Array(await file.arrayBuffer()), ...options.data, dryRun: true, source });
    return {
      status: 'success',
      message: '预览:还没有写入任何内容 · Preview: nothing has been written yet.',
      result: { report, document: text, slug: options.data.slug ?? '', publish: options.data.publish, source, confirmed: false },
    };
  } catch (error) {
    return actionError(error);
  }
}

/** Step two: import exactly the previewed text. */
export async function confirmImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const refused = await refuseForm(formData);
  if (refused) return refused;
  const parsed = confirmImportSchema.safeParse({
    document: formData.get('document') ?? '',
    slug: formData.get('slug') ?? '',
    publish: formData.get('publish') ?? undefined,
    source: formData.get('source') ?? '',
  });
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { report } = await importTopicDocument({ ...parsed.data, dryRun: false });
    if (report.outcome === 'unchanged') {
      return {
        status: 'success',
        message: '没有变化:这个主题已经是这份文档的内容,什么也没写入 · Unchanged: the topic already holds this document; nothing was written.',
        result: { report, document: '', slug: report.slug, publish: report.published, source: parsed.data.source ?? '', confirmed: true },
      };
    }
    if (report.published) applyPublishedChange({ kind: 'published', slugs: [report.slug] });
    revalidatePath('/editor');
    return {
      status: 'success',
      message: report.published ? '已导入并发布 · Imported and published.' : '已导入为草稿 · Imported as a draft.',
      result: { report, document: '', slug: report.slug, publish: report.published, source: parsed.data.source ?? '', confirmed: true },
    };
  } catch (error) {
    return actionError(error);
  }
}
