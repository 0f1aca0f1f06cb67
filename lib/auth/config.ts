import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { recordAudit } from '@/lib/audit/record';
import { clientIpFromHeaders } from '@/lib/audit/request-ip';
import { getDb } from '@/lib/db';
import type { Role } from './roles';
import { signInWithPassword } from './sign-in';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Error codes the sign-in form turns into messages (next-auth passes them through as `error`). */
export const SIGN_IN_ERRORS = { invalid: 'invalid', throttled: 'throttled' } as const;

// next-auth hands authorize() the request's headers as a plain object with lower-case names.
const clientIp = (headers: Record<string, unknown> | undefined) => clientIpFromHeaders((name) => headers?.[name]);

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
    // Signing out revokes the token, not only the cookie: the user's session version moves on,
    // so this JWT (and any copy of it) is refused by getCurrentUser from now on, although its
    // signature is good until it expires. That ends the user's other sessions too. A token
    // already revoked changes nothing (it cannot be used to sign the user out elsewhere).
    async signOut({ token }) {
      if (!token?.sub || typeof token.sessionVersion !== 'number') return;
      const ended = await getDb().user.updateMany({
        where: { id: token.sub, sessionVersion: token.sessionVersion },
        data: { sessionVersion: { increment: 1 } },
      });
      if (ended.count > 0) await recordAudit({ action: 'auth.sign-out', actorId: token.sub, targetType: 'User', targetId: token.sub });
    },
  },
};
