import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { recordAudit } from '@/lib/audit/record';
import { lastForwardedFor } from '@/lib/audit/request-ip';
import type { Role } from './roles';
import { signInWithPassword } from './sign-in';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Error codes the sign-in form turns into messages (next-auth passes them through as `error`). */
export const SIGN_IN_ERRORS = { invalid: 'invalid', throttled: 'throttled' } as const;

const clientIp = (headers: Record<string, unknown> | undefined) => lastForwardedFor(headers?.['x-forwarded-for']);

const secureCookies =
  process.env.NODE_ENV === 'production' && !/^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(process.env.NEXTAUTH_URL ?? '');

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  // HttpOnly and SameSite=Lax are next-auth's defaults; Secure (and the __Secure- prefix)
  // everywhere but a production server run on plain-http localhost.
  useSecureCookies: secureCookies,
  providers: [
    CredentialsProvider({
      name: 'email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const result = await signInWithPassword({
          email: credentials?.email,
          password: credentials?.password,
          ip: clientIp(req?.headers),
        });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
        throw new Error(result.reason === 'throttled' ? `${SIGN_IN_ERRORS.throttled}:${result.retryAfterSeconds}` : SIGN_IN_ERRORS.invalid);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { role: Role; sessionVersion: number };
        token.role = signedIn.role;
        token.sessionVersion = signedIn.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub) await recordAudit({ action: 'auth.sign-out', actorId: token.sub, targetType: 'User', targetId: token.sub });
    },
  },
};
