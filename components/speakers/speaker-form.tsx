'use client';

import Link from 'next/link';
import { startTransition, useActionState, useState } from 'react';
import { createSpeakerRecordAction, updateSpeakerAction, type SpeakerFormState } from '@/app/(editor)/editor/speakers/actions';
import type { SpeakerTwin } from '@/lib/speakers/twin';
import { idleState } from '@/lib/actions/action-state';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { CsrfField } from '@/components/ui/csrf-field';

type Affiliation = { organisation: string; role: string; startedOn: string; endedOn: string };
export type SpeakerFormValues = { name: string; aliases: string; bio: string; links: string; affiliations: Affiliation[] };

const input = 'mt-1 w-full rounded border border-stone-300 bg-transparent px-2 py-1 dark:border-stone-600';
let rowKey = 0;

/** Name, aliases, bio, links and the affiliation history ("former OpenAI" comes from it). */
export function SpeakerForm({ id, initial }: { id?: string; initial: SpeakerFormValues }) {
  const [state, action, pending] = useActionState<SpeakerFormState, FormData>(id ? updateSpeakerAction : createSpeakerRecordAction, idleState);
  const [rows, setRows] = useState(() => initial.affiliations.map((row) => ({ ...row, key: rowKey++ })));
  const errors = state.fieldErrors ?? {};
  const twin = state.result?.twin;
  // Dispatched by hand rather than through `action=`: React resets a form after its action,
  // and a form stopped to ask about a namesake (or refused) must keep what the analyst typed.
  // The button pressed goes with the data ("a different person" sends differentFrom).
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
  return (
    // method="post": before the script loads, a submit must not put the fields (and the form token) in the address.
    <form method="post" onSubmit={submit} className="mt-4 max-w-2xl space-y-3" aria-describedby="speaker-form-message">
      <CsrfField />
      {id && <input type="hidden" name="id" value={id} />}
      <TextField id="speaker-name" name="name" label="姓名 · Name" required maxLength={200} defaultValue={initial.name} errors={errors.name} />
      <div>
        <label htmlFor="speaker-aliases" className="block text-sm font-medium">别名(每行一个) · Aliases (one per line)</label>
        <textarea id="speaker-aliases" name="aliases" rows={2} defaultValue={initial.aliases} className={input} aria-describedby="speaker-aliases-error" />
        <FieldError id="speaker-aliases-error" errors={errors.aliases} />
      </div>
      <div>
        <label htmlFor="speaker-bio" className="block text-sm font-medium">简介 · Short bio</label>
        <textarea id="speaker-bio" name="bio" rows={3} defaultValue={initial.bio} className={input} aria-describedby="speaker-bio-error" />
        <FieldError id="speaker-bio-error" errors={errors.bio} />
      </div>
      <div>
        <label htmlFor="speaker-links" className="block text-sm font-medium">链接(每行一个) · Links (one per line)</label>
        <textarea id="speaker-links" name="links" rows={2} defaultValue={initial.links} className={input} aria-describedby="speaker-links-error" />
        <FieldError id="speaker-links-error" errors={errors.links} />
      </div>
      <fieldset className="rounded border border-stone-300 p-3 dark:border-stone-700">
        <legend className="px-1 text-sm font-medium">经历 · Affiliation history</legend>
        {rows.map((row, index) => (
          <div key={row.key} className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-[2fr_2fr_1fr_1fr_auto] sm:items-end">
            <label className="text-xs">机构 · Organisation<input name="affOrganisation" defaultValue={row.organisation} className={input} /></label>
            <label className="text-xs">职位 · Role<input name="affRole" defaultValue={row.role} className={input} /></label>
            <label className="text-xs">开始 · From<input name="affStartedOn" defaultValue={row.startedOn} placeholder="YYYY-MM-DD" className={input} /></label>
            <label className="text-xs">结束 · To<input name="affEndedOn" defaultValue={row.endedOn} placeholder="YYYY-MM-DD" className={input} /></label>
            <button type="button" className="text-xs text-red-700 dark:text-red-400" aria-label={`删除经历 ${index + 1} · Remove affiliation ${index + 1}`} onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" className="mt-2 rounded border border-stone-400 px-2 py-0.5 text-xs" onClick={() => setRows((r) => [...r, { organisation: '', role: '', startedOn: '', endedOn: '', key: rowKey++ }])}>
          + 经历 · Add affiliation
        </button>
        <p className="mt-1 text-xs text-stone-500">最近一段有结束日期时,页面显示“former 机构” · When the latest stint has ended, pages show “former Organisation”.</p>
        <FieldError id="speaker-affiliations-error" errors={errors.affiliations} />
      </fieldset>
      <FormMessage id="speaker-form-message" state={state} />
      {twin && <TwinChoice twin={twin} pending={pending} />}
      <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 text-white disabled:opacity-50 dark:bg-stone-200 dark:text-stone-900">
        {id ? '保存讲者 · Save speaker' : '创建讲者 · Create speaker'}
      </button>
    </form>
  );
}

/** Another record has this name: the analyst says whether it is the same person. */
function TwinChoice({ twin, pending }: { twin: SpeakerTwin; pending: boolean }) {
  const who = twin.affiliation ? `${twin.name}(${twin.affiliation})` : twin.name;
  return (
    <fieldset className="rounded border border-amber-500 p-3 text-sm">
      <legend className="px-1 font-medium">同名讲者 · A speaker with this name</legend>
      <p>讲者库里已有 {who}。 · {who} is already in the library.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Link href={`/editor/speakers/${twin.id}`} className="rounded border border-stone-400 px-3 py-1">
          同一个人:打开已有记录 · Same person: open the existing record
        </Link>
        <button type="submit" name="differentFrom" value={twin.id} disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-white disabled:opacity-50 dark:bg-stone-200 dark:text-stone-900">
          不同的人:仍然保存 · A different person: save anyway
        </button>
      </div>
    </fieldset>
  );
}
