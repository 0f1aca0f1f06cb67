// A slug typed in capitals (/topics/Open-Weights) is the same page: it redirects to the lower-case
// address. Only when lower case makes it a well-formed slug, though — a percent-escape such as
// %2D has capitals too, and /topics/open%2Dweights must stay a 404, not become a redirect.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The lower-case address to redirect to, or null when `slug` should be answered as it is. */
export function lowerCaseSlug(slug: string): string | null {
  const lower = slug.toLowerCase();
  return lower !== slug && SLUG.test(lower) ? lower : null;
}
