// Finds a Chromium for the end-to-end tests, installing Debian's when none is present and we
// are root on Debian. Nothing here downloads a browser build by itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

// Root needs --no-sandbox; the rest keep Chromium from calling out (this machine has no internet).
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function findOrInstallChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  }
  const found = (await playwrightsOwn()) ?? CANDIDATES.find((path) => existsSync(path));
  if (found) return found;

  console.log('No Chromium found for the end-to-end tests; installing one…');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      const installed = CANDIDATES.find((path) => existsSync(path));
      if (installed) return installed;
    }
  } else if (run('npx', ['playwright', 'install', 'chromium'])) {
    const own = await playwrightsOwn();
    if (own) return own;
  }
  throw new Error(
    'No Chromium is available for the end-to-end tests and installing one failed. Install one ' +
      '(Debian: `apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}
