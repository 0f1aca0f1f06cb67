import type { Metadata } from 'next';
import { ScrollingTable } from '@/components/ui/scrolling-table';
import Link from 'next/link';
import { AUDIT_ACTIONS, auditFilterSchema } from '@/lib/audit/schema';
import { listAuditEvents } from '@/lib/audit/queries';
import { requirePageRole } from '@/lib/auth/session';
import { UndoMergeButton } from '@/components/speakers/undo-merge-button';

export const metadata: Metadata = { title: '审计日志 · Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const field = 'mt-1 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600';

export default async function AuditPage({ searchParams }: Props) {
  await requirePageRole('ADMIN');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const { rows, hasMore } = await listAuditEvents(filter);
  const pageLink = (page: number) => `/admin/audit?${new URLSearchParams({ ...(raw as Record<string, string>), page: String(page) })}`;

  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">审计日志 · Audit log</h1>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 text-sm" aria-describedby="audit-filter-errors">
        <label>
          动作 · Action
          <select name="action" defaultValue={filter.action ?? ''} className={`block ${field}`}>
            <option value="">全部 · All</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>{action}</option>
            ))}
          </select>
        </label>
        <label>
          谁 · Who
          <input name="actor" defaultValue={filter.actor ?? ''} maxLength={254} className={`block ${field}`} />
        </label>
        <label>
          从 · From
          <input name="from" type="date" defaultValue={filter.from ?? ''} className={`block ${field}`} />
        </label>
        <label>
          到 · To
          <input name="to" type="date" defaultValue={filter.to ?? ''} className={`block ${field}`} />
        </label>
        <button type="submit" className="rounded border border-stone-300 px-3 py-1 dark:border-stone-600">筛选 · Filter</button>
      </form>
      {!parsed.success && (
        <p id="audit-filter-errors" role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {parsed.error.issues.map((issue) => issue.message).join(' ')}
        </p>
      )}
      <ScrollingTable label="审计日志 · Audit log" className="mt-6">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-500 dark:border-stone-700">
            <tr>
              <th scope="col" className="py-2">时间 (UTC) · When</th>
              <th scope="col">动作 · Action</th>
              <th scope="col">谁 · Who</th>
              <th scope="col">对象 · Target</th>
              <th scope="col">来源 · From</th>
              <th scope="col">详情 · Detail</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-100 align-top dark:border-stone-800">
                <td className="py-1 whitespace-nowrap tabular-nums">{row.at.slice(0, 19).replace('T', ' ')}</td>
                <td>{row.action}</td>
                <td>{row.actor ?? '—'}</td>
                <td className="break-all">{row.target ?? '—'}</td>
                <td>{row.ip ?? '—'}</td>
                <td className="break-all font-mono text-xs">
                  {row.detail ?? ''}
                  {row.action === 'speaker.merge' && <UndoMergeButton eventId={row.id} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
      {rows.length === 0 && <p className="mt-6 italic text-stone-500">没有符合条件的记录 · No matching events.</p>}
      <nav aria-label="翻页 · Pages" className="mt-4 flex gap-4 text-sm">
        {filter.page > 1 && <Link href={pageLink(filter.page - 1) as never}>← 较新 · Newer</Link>}
        {hasMore && <Link href={pageLink(filter.page + 1) as never}>较早 · Older →</Link>}
      </nav>
    </div>
  );
}
