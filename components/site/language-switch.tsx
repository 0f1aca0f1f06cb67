import { getTranslations } from 'next-intl/server';
import { HTML_LANG, LOCALES, type Locale } from '@/lib/i18n/locales';

// Each language named in itself, so a reader who cannot read the current one still finds theirs.
const NAMES: Record<Locale, string> = { zh: '中文', en: 'English' };

/**
 * The interface language: a plain form (no script), so it works on the cached public pages.
 * /api/locale remembers the choice in a cookie and sends the reader back to the same page.
 */
export async function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <form method="post" action="/api/locale" aria-label={t('language')} className="flex text-sm">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={HTML_LANG[option]}
          aria-pressed={option === locale}
          title={t('switchTo', { language: NAMES[option] })}
          className={`px-1.5 py-0.5 underline-offset-2 ${option === locale ? 'font-semibold' : 'text-stone-600 hover:underline dark:text-stone-300'}`}
        >
          {NAMES[option]}
        </button>
      ))}
    </form>
  );
}
