import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** The body of a 404, in the interface language. */
export function NotFoundMessage() {
  const t = useTranslations('Errors');
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">{t('notFoundBody')}</p>
      <Link href="/" className="mt-6 inline-block underline underline-offset-2">
        {t('backHome')}
      </Link>
    </div>
  );
}
