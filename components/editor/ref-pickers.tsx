'use client';

import { useState } from 'react';
import type { InterviewRef, SpeakerRef, TopicRef } from '@/lib/topics/document';
import { CreateInterviewForm } from './create-interview-form';
import { CreateSpeakerForm } from './create-speaker-form';
import { LibraryPicker } from './library-picker';

// Pickers for the references a page holds: speakers (one or several, in order), an interview,
// a topic. Each shows what is chosen as removable chips and searches the library to add.

export const speakerText = (s: SpeakerRef) => (s.affiliation ? `${s.name}(${s.affiliation})` : s.name);
export const interviewText = (i: InterviewRef) =>
  [i.show, i.episodeNumber ? `#${i.episodeNumber}` : null, i.episodeTitle, i.publishedOn].filter(Boolean).join(' · ');
export const topicText = (t: TopicRef) => `${t.titleZh} · ${t.titleEn}`;

function Chip({ text, onRemove, removeLabel }: { text: string; onRemove: () => void; removeLabel: string }) {
  return (
    <li className="inline-flex items-center gap-1 rounded-full bg-stone-200 px-2 py-0.5 text-xs dark:bg-stone-700">
      {text}
      <button type="button" onClick={onRemove} aria-label={removeLabel} className="text-stone-500 hover:text-red-700">
        ✕
      </button>
    </li>
  );
}

export function SpeakersPicker({ label, speakers, onChange, single = false }: { label: string; speakers: SpeakerRef[]; onChange: (next: SpeakerRef[]) => void; single?: boolean }) {
  const [creating, setCreating] = useState<string | null>(null);
  const add = (speaker: SpeakerRef) => onChange(single ? [speaker] : [...speakers.filter((s) => s.id !== speaker.id), speaker]);
  return (
    <div>
      {speakers.length > 0 && (
        <ul className="mb-1 flex flex-wrap gap-1" aria-label={label}>
          {speakers.map((s) => (
            <Chip key={s.id} text={speakerText(s)} removeLabel={`移除 · Remove ${s.name}`} onRemove={() => onChange(speakers.filter((x) => x.id !== s.id))} />
          ))}
        </ul>
      )}
      {(!single || speakers.length === 0) && creating === null && (
        <LibraryPicker
          kind="speaker"
          label={label}
          describe={speakerText}
          exclude={speakers.map((s) => s.id)}
          onPick={add}
          createLabel={(q) => `新建讲者「${q}」 · New speaker “${q}”`}
          onCreate={(q) => setCreating(q)}
        />
      )}
      {creating !== null && (
        <CreateSpeakerForm
          initialName={creating}
          onCancel={() => setCreating(null)}
          onCreated={(speaker) => {
            setCreating(null);
            add(speaker);
          }}
        />
      )}
    </div>
  );
}

export function InterviewPicker({ label, interview, onChange }: { label: string; interview: InterviewRef | null; onChange: (next: InterviewRef | null) => void }) {
  const [creating, setCreating] = useState<string | null>(null);
  if (interview) {
    return (
      <div>
        <span className="block text-xs font-medium text-stone-600 dark:text-stone-300">{label}</span>
        <ul className="mt-1 flex">
          <Chip text={interviewText(interview)} removeLabel={`移除访谈 · Remove interview ${interview.show}`} onRemove={() => onChange(null)} />
        </ul>
      </div>
    );
  }
  return creating === null ? (
    <LibraryPicker
      kind="interview"
      label={label}
      describe={interviewText}
      onPick={onChange}
      createLabel={(q) => `新建访谈「${q}」 · New interview “${q}”`}
      onCreate={(q) => setCreating(q)}
    />
  ) : (
    <CreateInterviewForm
      initialShow={creating}
      onCancel={() => setCreating(null)}
      onCreated={(created) => {
        setCreating(null);
        onChange(created);
      }}
    />
  );
}

export function TopicPicker({ label, onPick, exclude }: { label: string; onPick: (topic: TopicRef) => void; exclude: string[] }) {
  return <LibraryPicker kind="topic" label={label} describe={topicText} onPick={onPick} exclude={exclude} />;
}
