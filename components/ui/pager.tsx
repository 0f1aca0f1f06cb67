import { useTranslations } from 'next-intl';
import type { Route } from 'next';
import Link from 'next/link';

/** Previous / next links for a paged list; `pageCount` when the total is known, else `hasMore`. */
export function Pager({ page, pageCount, hasMore, href }: { page: number; pageCount?: number; hasMore?: boolean; href: (page: number) => Route }) {
  const t = useTranslations('Pager');
  const more = pageCount !== undefined ? page < pageCount : Boolean(hasMore);
  if (page <= 1 && !more) return null;
  return (
    <nav aria-label={t('pages')} className="mt-3 flex gap-3 text-sm">
      {page > 1 && <Link href={href(page - 1)} className="underline">{t('previous')}</Link>}
      {pageCount !== undefined && <span>{page} / {pageCount}</span>}
      {more && <Link href={href(page + 1)} className="underline">{t('next')}</Link>}
    </nav>
  );
}
