import { LOCALE_COOKIE } from './locales';

// Public pages live under app/[locale] but keep their addresses: these rewrites (evaluated by
// Next's router before the file system, no proxy code per request) send /topics/x to
// /en/topics/x or /zh/topics/x by the reader's remembered choice, then their browser's
// language, then Chinese. The signed-in screens, the API, Next's assets, files with an
// extension (feeds, robots.txt, sitemap.xml) and addresses that already name a locale are left alone.
const PAGE = '/:path((?!(?:api|_next|editor|admin|account|login|zh|en)(?:/|$))(?!.*\\.[A-Za-z0-9]+$).+)';
// Accept-Language whose first tag of ours is English (tags of other languages may come first):
// the same choice as localeFromAcceptLanguage, written as the anchored regex Next matches.
export const BROWSER_PREFERS_ENGLISH = '(?:(?!\\s*(?:[zZ][hH]|[eE][nN])\\b)[^,]*,)*\\s*[eE][nN]\\b[^,]*(?:,.*)?';

type Rewrite = { source: string; destination: string; has?: { type: 'cookie' | 'header'; key: string; value: string }[] };

export function localeRewrites(): Rewrite[] {
  const rules: Rewrite[] = [];
  for (const source of ['/', PAGE]) {
    // The home page is the first page of the list of topics (app/[locale]/(reader)/page/[n]).
    const to = (locale: string) => (source === '/' ? `/${locale}/page/1` : `/${locale}/:path`);
    rules.push(
      { source, destination: to('en'), has: [{ type: 'cookie', key: LOCALE_COOKIE, value: 'en' }] },
      { source, destination: to('zh'), has: [{ type: 'cookie', key: LOCALE_COOKIE, value: 'zh' }] },
      { source, destination: to('en'), has: [{ type: 'header', key: 'accept-language', value: BROWSER_PREFERS_ENGLISH }] },
      { source, destination: to('zh') },
    );
  }
  return rules;
}
