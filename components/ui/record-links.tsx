import type { Route } from 'next';
import Link from 'next/link';

/** Above a record's edit form: back to its list, and on to the page readers see. */
// `publicHref` is a reader's address (/speakers/…), which next.config's locale rewrites serve
// and typed routes do not list.
export function RecordLinks({ backHref, backLabel, publicHref }: { backHref: Route; backLabel: string; publicHref: string }) {
  return (
    <p className="text-sm">
      <Link href={backHref} className="underline">← {backLabel}</Link>
      {' · '}
      <Link href={publicHref as Route} className="underline">公开页面 · Public page</Link>
    </p>
  );
}
