import { resolve } from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { addCompileHints } from './lib/build/compile-hints';
import { localeRewrites } from './lib/i18n/locale-rewrites';
import { contentSecurityPolicy, STATIC_PAGE_SCRIPT_SRC } from './lib/security/content-security-policy';

// Headers for every response. The signed-in screens get a nonce-based Content-Security-Policy
// per request from proxy.ts; everything else gets the static policy here.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

const nextConfig: NextConfig = {
  // The test suite builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // PGlite and the pg driver load WebAssembly and native-ish modules at run time; bundling them breaks that.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', '@node-rs/argon2'],
  poweredByHeader: false,
  // Next hashes the whole page in JavaScript on every response to make an ETag: about a sixth of
  // a cached topic page's server time here (1.2 → 1.0 ms of CPU per request). Public pages are
  // revalidated by their Cache-Control lifetime at the CDN, not by conditional requests.
  generateEtags: false,
  // Behind a load balancer that compresses (lib/cli/nginx.mjs, PROXY_COMPRESSES=1), gzip is its
  // work, done in parallel worker processes, not each app's single event loop: compressing a
  // page there cost about a tenth of an instance's time under load. A lone server compresses itself.
  compress: process.env.PROXY_COMPRESSES !== '1',
  // Several app instances share one cache (pages and unstable_cache data) through Redis, so a
  // publish on one is seen by all. Read when the server starts: one build serves either way.
  ...(process.env.REDIS_URL ? { cacheHandler: resolve('lib/cache/shared-cache-handler.mjs') } : {}),
  typedRoutes: true,
  compiler: {
    // Next's runtime gets V8's compile hint, so a reader's browser compiles it while it downloads
    // rather than on the main thread as the page hydrates (lib/build/compile-hints.ts).
    runAfterProductionCompile: async ({ projectDir, distDir }) => {
      await addCompileHints(resolve(projectDir, distDir));
    },
  },
  // forbidden() for a signed-in user whose role is too low (403).
  experimental: {
    authInterrupts: true,
    // app/global-not-found.tsx: the public site's root layout is app/[locale]/layout.tsx, so
    // an address outside every layout needs a page of its own.
    globalNotFound: true,
    // Rendered pages are kept in memory (or in Redis when REDIS_URL is set), never written to
    // disk: a page file outliving the process would be served after a restart against another
    // database (a restore, a test run) until it revalidated.
    isrFlushToDisk: false,
    // Topic documents of up to 5 MB are uploaded through a server action.
    serverActions: { bodySizeLimit: '6mb' },
  },
  // Public pages by the reader's language, without running code per request (lib/i18n). Their
  // `Vary: Cookie, Accept-Language` is added by lib/server/production-server.mjs: a Vary set here
  // would be replaced by the one Next's page handler sets.
  async rewrites() {
    return { beforeFiles: localeRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/((?!editor|admin|account|login).*)',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(STATIC_PAGE_SCRIPT_SRC) }],
      },
    ];
  },
};

export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
