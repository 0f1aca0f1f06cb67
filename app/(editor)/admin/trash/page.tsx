import type { Metadata, Route } from 'next';
import { TrashRowActions } from '@/components/trash/trash-row-actions';
import { requirePageRole } from '@/lib/auth/session';
import Link from 'next/link';
import { listTrash, restoredItemLabel } from '@/lib/trash/queries';
import { TRASH_KINDS, trashItemSchema, type TrashKind } from '@/lib/trash/schema';

export const metadata: Metadata = { title: '回收站 · Trash' };

const HEADINGS: Record<TrashKind, string> = { topic: '主题 · Topics', speaker: '讲者 · Speakers', interview: '访谈 · Interviews', quote: '引语 · Quotes' };

const EDIT_PATHS: Partial<Record<TrashKind, string>> = { topic: '/editor/topics/', speaker: '/editor/speakers/', interview: '/editor/interviews/' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?restored=<kind>:<id>`, set by the restore action; anything else is ignored. */
async function restoredItem(value: unknown) {
  const [kind, id] = typeof value === 'string' ? value.split(':') : [];
  const parsed = trashItemSchema.safeParse({ kind, id });
  if (!parsed.success) return null;
  const label = await restoredItemLabel(parsed.data.kind, parsed.data.id);
  return label === null ? null : { ...parsed.data, label };
}

export default async function TrashPage({ searchParams }: Props) {
  await requirePageRole('ADMIN');
  const [items, restored] = await Promise.all([listTrash(), searchParams.then((params) => restoredItem(params.restored))]);
  const restoredPath = restored && EDIT_PATHS[restored.kind];
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">回收站 · Trash</h1>
      {restored && (
        <p role="status" className="mt-3 rounded border border-green-700 px-3 py-2 text-sm">
          已恢复:{restored.label} · Restored: {restored.label}.{' '}
          {restoredPath && (
            <Link href={`${restoredPath}${restored.id}` as Route} className="underline underline-offset-2">
              打开 · Open it
            </Link>
          )}
        </p>
      )}
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
        删除的内容先放在这里,可以恢复;没有任何引用的讲者、访谈和引语可以彻底删除。主题的历史永久保留。 · Deleted items wait here and can be restored; speakers, interviews and quotes nothing refers to can be deleted for good. A topic&apos;s history is kept for ever.
      </p>
      {TRASH_KINDS.map((kind) => {
        const rows = items.filter((item) => item.kind === kind);
        return (
          <section key={kind} aria-labelledby={`trash-${kind}`} className="mt-6">
            <h2 id={`trash-${kind}`} className="text-lg font-semibold">{HEADINGS[kind]}</h2>
            {rows.length === 0 ? (
              <p className="text-sm italic text-stone-500">空 · Empty.</p>
            ) : (
              <table className="mt-2 w-full text-left text-sm">
                <thead className="text-stone-500">
                  <tr>
                    <th scope="col">名称 · Name</th>
                    <th scope="col">删除于 (UTC) · Deleted</th>
                    <th scope="col">引用 · Referred to</th>
                    <th scope="col">操作 · Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((item) => (
                    <tr key={item.id} className="border-t border-stone-100 align-top dark:border-stone-800">
                      <td className="py-1">{item.label}</td>
                      <td className="tabular-nums">{item.deletedAt.slice(0, 16).replace('T', ' ')}</td>
                      <td>{kind === 'topic' ? '历史 · history' : item.references}</td>
                      <td>
                        <TrashRowActions kind={kind} id={item.id} label={item.label} canPurge={kind !== 'topic' && item.references === 0} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
