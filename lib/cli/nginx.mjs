// nginx (Debian's package) serving a folder of files on a loopback port: the benchmark's
// measure of what static serving costs on this machine. Installed when missing and we are root.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export function findOrInstallNginx() {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('$ apt-get install -y nginx');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit' });
    const installed = CANDIDATES.find((path) => existsSync(path));
    if (installed) return installed;
  }
  throw new Error('nginx is not installed. On Debian: apt-get install -y nginx (as root).');
}

/** Serves `root` at http://127.0.0.1:<port>/ until stop(). */
export async function startStaticNginx({ root, port, workDir }) {
  const binary = findOrInstallNginx();
  mkdirSync(workDir, { recursive: true });
  const config = join(workDir, 'nginx.conf');
  writeFileSync(
    config,
    `worker_processes auto;
pid ${join(workDir, 'nginx.pid')};
error_log ${join(workDir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path ${workDir};
  proxy_temp_path ${workDir};
  fastcgi_temp_path ${workDir};
  uwsgi_temp_path ${workDir};
  scgi_temp_path ${workDir};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    default_type text/html;
  }
}
`,
  );
  const child = spawn(binary, ['-c', config, '-p', workDir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${join(workDir, 'error.log')}`);
    if (await fetch(`${url}/`).then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGQUIT');
      }),
  };
}
