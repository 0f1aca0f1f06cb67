import 'server-only';
import { z } from 'zod';

// The environment, parsed once and read nowhere else. Parsed lazily so that `next build`
// can evaluate modules without a database.
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set. `npm start` sets it; elsewhere point it at PostgreSQL.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL.'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
    }
    parsed = result.data;
  }
  return parsed;
}

const siteUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * The public address of the site, for absolute links in feeds, the sitemap and metadata:
 * SITE_URL, else NEXTAUTH_URL (which `npm start` sets), else localhost. Needs no database.
 */
export function siteUrl(): string {
  for (const candidate of [process.env.SITE_URL, process.env.NEXTAUTH_URL]) {
    if (candidate && siteUrlSchema.safeParse(candidate).success) return candidate.replace(/\/+$/, '');
  }
  return 'http://localhost:3000';
}
