'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { CSRF_FIELD } from '@/lib/security/csrf-token';

// The signed-in layout reads the browser's token from its cookie and hands it down; every form
// whose action changes something carries it (lib/security/csrf-token.ts says why).
const CsrfTokenContext = createContext('');

export function CsrfTokenProvider({ token, children }: { token: string; children: ReactNode }) {
  return <CsrfTokenContext.Provider value={token}>{children}</CsrfTokenContext.Provider>;
}

export function CsrfField() {
  return <input type="hidden" name={CSRF_FIELD} value={useContext(CsrfTokenContext)} />;
}
