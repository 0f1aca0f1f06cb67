// Issue 19, finding 4: form parsing is bounded before validation.
import { describe, expect, it, vi } from 'vitest';
import { MALFORMED_REQUEST } from './action-state';
import { MAX_FORM_FIELDS, readBodyUpTo, refuseOversizedForm, TOO_MANY_FIELDS } from './form-limits';
import { speakerFormValues } from '@/lib/speakers/schema';

/** CPU milliseconds this process spent since `start` (other processes on the machine do not count). */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1_000;
};

vi.mock('@/lib/speakers/mutations', () => ({
  createSpeakerRecord: vi.fn(async () => {
    throw new Error('the mutation must not be reached');
  }),
  updateSpeaker: vi.fn(),
}));

const formWith = (fields: number) => {
  const form = new FormData();
  form.set('name', 'Brad');
  for (let i = 1; i < fields; i += 1) form.append('affOrganisation', `Org ${i}`);
  return form;
};

describe('refuseOversizedForm', () => {
  it('passes a form up to the limit and refuses one field more, with a message that says so', () => {
    expect(refuseOversizedForm(formWith(MAX_FORM_FIELDS))).toBeNull();
    expect(refuseOversizedForm(formWith(MAX_FORM_FIELDS + 1))).toEqual(TOO_MANY_FIELDS);
    expect(TOO_MANY_FIELDS.message).toContain(`at most ${MAX_FORM_FIELDS}`);
    expect(refuseOversizedForm({ name: 'Brad' })).toEqual(MALFORMED_REQUEST);
  });
});

describe('the speaker form', () => {
  it('reads each repeated field once, however many rows arrive', () => {
    const form = new FormData();
    for (let i = 0; i < 100; i += 1) {
      form.append('affOrganisation', `Org ${i}`);
      form.append('affRole', `Role ${i}`);
      form.append('affStartedOn', '');
      form.append('affEndedOn', '');
    }
    const getAll = vi.spyOn(form, 'getAll');
    const values = speakerFormValues(form);
    expect(values.affiliations).toHaveLength(100);
    expect(values.affiliations[99]).toEqual({ organisation: 'Org 99', role: 'Role 99', startedOn: '', endedOn: '' });
    // Once per list (the old code read three lists again for every row: 301 calls here).
    expect(getAll).toHaveBeenCalledTimes(4);
  });

  it('is refused by its action before anything is parsed when it has too many fields', async () => {
    const { createSpeakerRecordAction } = await import('@/app/(editor)/editor/speakers/actions');
    const form = new FormData();
    form.set('name', 'Brad');
    for (let i = 0; i < 3_000; i += 1) {
      form.append('affOrganisation', `Org ${i}`);
      form.append('affRole', '');
      form.append('affStartedOn', '');
      form.append('affEndedOn', '');
    }
    const started = process.cpuUsage();
    const state = await createSpeakerRecordAction({ status: 'idle' }, form);
    expect(state).toEqual(TOO_MANY_FIELDS);
    // CPU time, with room for a busy machine: refused before any field is read one by one.
    expect(cpuMs(started)).toBeLessThan(2_000);
  });
});

/** A 4 MB request body sent without a length, counting the chunks that were read of it. */
function endlessRequest(contentType: string) {
  let pulled = 0;
  const chunk = new TextEncoder().encode('locale=en&padding='.padEnd(512, 'x'));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > 8_192) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const request = new Request('http://localhost:3000/api/locale', { method: 'POST', body, headers: { 'Content-Type': contentType }, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('bounded request bodies', () => {
  it('reads a body up to the limit and no further', async () => {
    const small = new Request('http://localhost/', { method: 'POST', body: 'locale=en' });
    expect(new TextDecoder().decode((await readBodyUpTo(small, 1_024))!)).toBe('locale=en');
    const declared = new Request('http://localhost/', { method: 'POST', body: 'x'.repeat(2_000) });
    expect(await readBodyUpTo(declared, 1_024)).toBeNull();
    const endless = endlessRequest('text/plain');
    expect(await readBodyUpTo(endless.request, 1_024)).toBeNull();
    expect(endless.pulled()).toBeLessThan(5);
  });

  it('the language switch refuses a long body (413), having read 1 KB of it', async () => {
    const { POST } = await import('@/app/api/locale/route');
    const endless = endlessRequest('application/x-www-form-urlencoded');
    const response = await POST(endless.request);
    expect(response.status).toBe(413);
    expect(endless.pulled()).toBeLessThan(5);
    const ok = await POST(new Request('http://localhost:3000/api/locale', { method: 'POST', body: new URLSearchParams({ locale: 'en' }) }));
    expect(ok.status).toBe(303);
  }, 5_000);
});
