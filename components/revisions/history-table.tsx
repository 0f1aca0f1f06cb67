import type { Route } from 'next';
import { ScrollingTable } from '@/components/ui/scrolling-table';
import Link from 'next/link';
import { groupAutosaveSessions } from '@/lib/revisions/history-groups';
import type { RevisionListItem } from '@/lib/revisions/history-reads';
import { RestoreButton } from './restore-button';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

type Props = {
  topic: { id: string; slug: string };
  revisions: RevisionListItem[];
  /** The newest published revision, if any: the default comparison is "since it was published". */
  lastPublished: number | null;
  canRestore: boolean;
};

/** The first checked pair: the newest revision against the last publish, or against the one before it. */
function defaultPair(revisions: RevisionListItem[], lastPublished: number | null) {
  const to = revisions[0]?.number;
  const from = lastPublished !== null && lastPublished !== to ? lastPublished : (revisions[1] ?? revisions[0])?.number;
  return { from, to };
}

/** The revisions of a page of history, an editing session's autosaves folded into one row. */
export function HistoryTable({ topic, revisions, lastPublished, canRestore }: Props) {
  const pair = defaultPair(revisions, lastPublished);
  // The radios belong to the compare form by id: restore buttons are forms of their own.
  const radios = (revision: RevisionListItem) => (
    <>
      <td className="py-1">
        <input type="radio" form="compare" name="from" value={revision.number} defaultChecked={revision.number === pair.from}
          aria-label={`从修订 ${revision.number} · from revision ${revision.number}`} />
      </td>
      <td>
        <input type="radio" form="compare" name="to" value={revision.number} defaultChecked={revision.number === pair.to}
          aria-label={`到修订 ${revision.number} · to revision ${revision.number}`} />
      </td>
    </>
  );
  const published = (revision: RevisionListItem) =>
    revision.publishNumber ? (
      <Link href={`/topics/${topic.slug}/v/${revision.publishNumber}` as Route} className="underline underline-offset-2">
        第 {revision.publishNumber} 版{revision.isLive ? ' · 当前 live' : ''}
      </Link>
    ) : (
      '—'
    );
  const restore = (revision: RevisionListItem) => canRestore && <td><RestoreButton topicId={topic.id} number={revision.number} /></td>;

  // Eight columns do not fit a phone: the table scrolls inside its own box, never the page.
  return (
    <ScrollingTable label="修订列表 · Revisions">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-500 dark:border-stone-700">
          <tr>
            <th scope="col" className="py-2">从 · From</th>
            <th scope="col">到 · To</th>
            <th scope="col">修订 · Revision</th>
            <th scope="col">时间 (UTC) · When</th>
            <th scope="col">作者 · Author</th>
            <th scope="col">说明 · Message</th>
            <th scope="col">发布 · Published</th>
            {canRestore && <th scope="col">恢复 · Restore</th>}
          </tr>
        </thead>
        {groupAutosaveSessions(revisions).map((row) => {
          if (row.kind === 'revision') {
            const { revision } = row;
            return (
              <tbody key={revision.number} className="border-b border-stone-100 dark:border-stone-800">
                <tr>
                  {radios(revision)}
                  <td>#{revision.number}</td>
                  <td className="tabular-nums">{when(revision.createdAt)}</td>
                  <td>{revision.author ?? '—'}</td>
                  <td>{revision.message}</td>
                  <td>{published(revision)}</td>
                  {restore(revision)}
                </tr>
              </tbody>
            );
          }
          // A session: its last autosave stands for it; the others are one click away.
          const [last, ...earlier] = row.revisions;
          const first = row.revisions.at(-1)!;
          const count = row.revisions.length;
          return (
            <tbody key={last!.number} data-autosave-session className="border-b border-stone-100 dark:border-stone-800">
              <tr>
                {radios(last!)}
                <td>#{first.number}–#{last!.number}</td>
                <td className="tabular-nums">{when(first.createdAt)}–{when(last!.createdAt).slice(11)}</td>
                <td>{last!.author ?? '—'}</td>
                <td>
                  <details>
                    <summary className="cursor-pointer">自动保存 {count} 次 · {count} autosaves</summary>
                    <ul className="mt-1 space-y-1 text-xs">
                      {earlier.map((revision) => (
                        <li key={revision.number} className="flex flex-wrap items-center gap-2">
                          <label className="flex items-center gap-1">
                            <input type="radio" form="compare" name="from" value={revision.number} defaultChecked={revision.number === pair.from}
                              aria-label={`从修订 ${revision.number} · from revision ${revision.number}`} />
                            <span aria-hidden="true">从 · From</span>
                          </label>
                          <label className="flex items-center gap-1">
                            <input type="radio" form="compare" name="to" value={revision.number} defaultChecked={revision.number === pair.to}
                              aria-label={`到修订 ${revision.number} · to revision ${revision.number}`} />
                            <span aria-hidden="true">到 · To</span>
                          </label>
                          <span>#{revision.number}</span>
                          <span className="tabular-nums">{when(revision.createdAt)}</span>
                          {canRestore && <RestoreButton topicId={topic.id} number={revision.number} />}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
                <td>—</td>
                {restore(last!)}
              </tr>
            </tbody>
          );
        })}
      </table>
    </ScrollingTable>
  );
}
