'use client';

import { createContext, useContext } from 'react';
import type { TopicDocument } from '@/lib/topics/document';

// What the quote badges and the transcript panel need from the topic editor: which interviews
// have transcripts, and a way to take the server's draft after anchors change (anchors are
// written by their own actions, not by a save, so the editor adopts the draft they answer with).

export type Provenance = {
  transcriptInterviews: ReadonlySet<string>;
  markTranscript: (interviewId: string) => void;
  adopt: (document: TopicDocument, version: number) => void;
};

export const ProvenanceContext = createContext<Provenance>({ transcriptInterviews: new Set(), markTranscript: () => {}, adopt: () => {} });

export const useProvenance = () => useContext(ProvenanceContext);
