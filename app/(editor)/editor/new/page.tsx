import type { Metadata } from 'next';
import { NewTopicForm } from '@/components/editor/new-topic-form';
import { requirePageRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: '新主题 · New topic' };

export default async function NewTopicPage() {
  await requirePageRole('ANALYST');
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">新主题 · New topic</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">创建后是草稿,发布前读者看不到 · It starts as a draft; readers see it once you publish.</p>
      <NewTopicForm />
    </div>
  );
}
