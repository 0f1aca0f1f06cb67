/** The search box above a library list (a GET form: the query stays in the address). */
export function ListSearch({ label, query, summary }: { label: string; query: string; summary: string }) {
  return (
    <form role="search" aria-label={label} className="mt-4 flex flex-wrap gap-2 text-sm">
      <label className="flex min-w-0 flex-col">
        {label}
        <input type="search" name="q" defaultValue={query} className="mt-1 rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600" />
      </label>
      <button type="submit" className="self-end rounded border border-stone-400 px-3 py-1">搜索 · Search</button>
      <span className="self-end text-stone-500">{summary}</span>
    </form>
  );
}
