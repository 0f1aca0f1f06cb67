import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/import-form';
import { requirePageRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: '导入 · Import' };

export default async function ImportPage() {
  await requirePageRole('ANALYST');
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">导入主题页 · Import a topic page</h1>
      <p className="mt-2 max-w-2xl text-sm text-stone-600 dark:text-stone-300">
        上传从主题页复制的纯文本,或导出的 Markdown。先预览,确认后才写入。 · Upload the plain text of a topic page, or an
        exported Markdown file. You see the report first; nothing is written until you confirm.
      </p>
      <ImportForm />
    </div>
  );
}
