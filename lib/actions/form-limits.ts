// Bounded form parsing (issue 19, finding 4): a server action is a public POST endpoint, and
// Next parses up to `serverActions.bodySizeLimit` (6 MB) of fields before the action runs,
// about a hundred thousand of them. Every action checks the count first, in one pass that
// stops at the limit, so what it does with the fields afterwards (each read once) is bounded.
import { type ActionState, MALFORMED_REQUEST } from './action-state';

/** More than any of the site's forms sends (the speaker form: 5 fields and 4 per affiliation, 30 at most). */
export const MAX_FORM_FIELDS = 200;

export const TOO_MANY_FIELDS: ActionState<never> = {
  status: 'error',
  code: 'INVALID',
  message: `表单字段过多(最多 ${MAX_FORM_FIELDS} 个),请刷新页面再提交 · The form has too many fields (at most ${MAX_FORM_FIELDS}); reload the page and submit it again.`,
};

/** The refusal for what is not a form, or a form of more than MAX_FORM_FIELDS fields; null for a form to parse. */
export function refuseOversizedForm(formData: unknown): ActionState<never> | null {
  if (!(formData instanceof FormData)) return MALFORMED_REQUEST;
  const keys = formData.keys();
  for (let count = 0; !keys.next().done; count += 1) if (count >= MAX_FORM_FIELDS) return TOO_MANY_FIELDS;
  return null;
}

/** A request body of at most `maxBytes`, read until then and no further; null beyond it. */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
