import { cookies, headers } from 'next/headers';
import { locale as localeSegment } from 'next/root-params';
import { getRequestConfig } from 'next-intl/server';
import { chooseLocale, isLocale, LOCALE_COOKIE, type Locale } from './locales';

// next-intl's per-request configuration. Public pages live under app/[locale] (next.config's
// rewrites pick the segment from the reader's cookie or browser), so their locale comes from
// the segment and they stay static and cached per language. The signed-in screens and the
// sign-in page are rendered per request anyway and read the same cookie and header directly.
async function requestLocale(): Promise<Locale> {
  const fromSegment = await localeSegment().catch(() => undefined);
  if (isLocale(fromSegment)) return fromSegment;
  return chooseLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
}

export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : await requestLocale();
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // Dates here are calendar days (YYYY-MM-DD); format them as such, not shifted by a zone.
    timeZone: 'UTC',
  };
});
