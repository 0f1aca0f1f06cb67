/** Only a path on this site may be returned to after sign-in (no //host or scheme tricks). */
export function safeCallbackUrl(raw: string | null | undefined, fallback = '/editor'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 2_000) return fallback;
  try {
    const url = new URL(raw, 'http://internal.invalid');
    return url.origin === 'http://internal.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
