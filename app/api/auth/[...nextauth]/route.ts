import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/config';

// Sign-in, sign-out and the CSRF token. Public by design: the credentials check, throttling
// and auditing live in lib/auth.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
