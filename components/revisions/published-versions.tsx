import type { Route } from 'next';
import Link from 'next/link';
import type { PublishedRevision } from '@/lib/revisions/history-reads';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const versionName = (version: PublishedRevision) => `第 ${version.publishNumber} 版 · v${version.publishNumber}`;

/**
 * The published versions, first-class: each compares with the one before it in one click, and
 * any two compare from the pickers, without hunting for them among the autosaves.
 */
export function PublishedVersions({ topicId, slug, versions }: { topicId: string; slug: string; versions: PublishedRevision[] }) {
  if (versions.length === 0) return null;
  const diff = (from: number, to: number) => `/editor/topics/${topicId}/diff?from=${from}&to=${to}` as Route;
  const picker = (name: 'from' | 'to', label: string, chosen: number) => (
    <label className="flex flex-col">
      {label}
      <select name={name} defaultValue={chosen} className="mt-1 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600">
        {versions.map((version) => (
          <option key={version.number} value={version.number}>
            {versionName(version)} · {when(version.createdAt)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="published-versions" className="mt-6">
      <h2 id="published-versions" className="text-lg font-semibold">已发布版本 · Published versions</h2>
      <ol className="mt-2 space-y-1 text-sm">
        {versions.map((version, index) => {
          const previous = versions[index + 1];
          return (
            <li key={version.number} className="flex flex-wrap items-baseline gap-x-3" data-published-version={version.publishNumber}>
              <Link href={`/topics/${slug}/v/${version.publishNumber}` as Route} className="font-medium underline underline-offset-2">
                {versionName(version)}
              </Link>
              <span className="tabular-nums text-stone-500">{when(version.createdAt)} UTC</span>
              <span>{version.author ?? '—'}</span>
              {previous && (
                <Link href={diff(previous.number, version.number)} className="underline underline-offset-2">
                  与第 {previous.publishNumber} 版比较 · Compare with v{previous.publishNumber}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
      {versions.length > 1 && (
        <form method="get" action={`/editor/topics/${topicId}/diff`} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
          {picker('from', '从 · From', versions[1]!.number)}
          {picker('to', '到 · To', versions[0]!.number)}
          <button type="submit" className="rounded border border-stone-400 px-3 py-1">
            比较这两版 · Compare these versions
          </button>
        </form>
      )}
    </section>
  );
}
