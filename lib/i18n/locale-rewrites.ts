import { LOCALIZED_PAGE_PATTERN } from './localized-paths.mjs';
import { LOCALE_COOKIE } from './locales';

// Public pages live under app/[locale] but keep their addresses: these rewrites (evaluated by
// Next's router before the file system, no proxy code per request) send /topics/x to
// /en/topics/x or /zh/topics/x by the reader's remembered choice, then their browser's
// language, then Chinese. The signed-in screens, the API, Next's assets, files with an
// extension (feeds, robots.txt, sitemap.xml) and addresses that already name a locale are left alone.
const PAGE = `/:path(${LOCALIZED_PAGE_PATTERN})`;
// Accept-Language whose first tag of ours is English (tags of other languages may come first):
// the same choice as localeFromAcceptLanguage, written as the anchored regex Next matches.
export const BROWSER_PREFERS_ENGLISH = '(?:(?!\\s*(?:[zZ][hH]|[eE][nN])\\b)[^,]*,)*\\s*[eE][nN]\\b[^,]*(?:,.*)?';

type Condition = { type: 'cookie' | 'header'; key: string; value: string };
type Rewrite = { source: string; destination: string; has?: Condition[] };

// Which language, in order: the reader's choice, then the browser's, then Chinese.
const CHOICES: { locale: string; has: Condition[] }[] = [
  { locale: 'en', has: [{ type: 'cookie', key: LOCALE_COOKIE, value: 'en' }] },
  { locale: 'zh', has: [{ type: 'cookie', key: LOCALE_COOKIE, value: 'zh' }] },
  { locale: 'en', has: [{ type: 'header', key: 'accept-language', value: BROWSER_PREFERS_ENGLISH }] },
  { locale: 'zh', has: [] },
];

export function localeRewrites(): Rewrite[] {
  const routes = [
    // The home page is the first page of the list of topics (app/[locale]/(reader)/page/[n]).
    { source: '/', extra: [], to: (locale: string) => `/${locale}/page/1` },
    { source: PAGE, extra: [], to: (locale: string) => `/${locale}/:path` },
  ];
  return routes.flatMap(({ source, extra, to }) =>
    CHOICES.map(({ locale, has }) => {
      const conditions = [...has, ...extra];
      return conditions.length ? { source, destination: to(locale), has: conditions } : { source, destination: to(locale) };
    }),
  );
}
