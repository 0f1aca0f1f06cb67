import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The test suite builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // PGlite and the pg driver load WebAssembly and native-ish modules at run time; bundling them breaks that.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', '@node-rs/argon2'],
  poweredByHeader: false,
  typedRoutes: true,
};

export default nextConfig;
