// nginx (Debian's package) on a loopback port: serving a folder of files (the benchmark's
// measure of what static serving costs on this machine) or balancing several app instances
// (the production front). Installed when missing and we are root.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
export function startStaticNginx({ root, port, workDir }) {
  return startNginx({ port, workDir, server: `root ${root};\n    default_type text/html;` });
}

/**
 * The production front for several app instances: nginx balancing `upstreams` (ports on
 * loopback) with keep-alive connections, passing the client's address on (the instances run
 * with TRUST_PROXY=1 and read the last X-Forwarded-For entry), trying the other instance when one is down, and
 * answering a plain bilingual 503 page when no instance can answer (a database outage
 * shows as 500 from the app: readers get "unavailable, try again" instead of an error page),
 * and compressing responses for the instances (which then run with PROXY_COMPRESSES=1).
 */
export function startLoadBalancer({ upstreams, port, workDir, unavailablePage }) {
  const pages = join(workDir, 'pages');
  mkdirSync(pages, { recursive: true, mode: 0o755 });
  copyFileSync(unavailablePage, join(pages, 'unavailable.html'));
  chmodSync(join(pages, 'unavailable.html'), 0o644);
  return startNginx({
    port,
    workDir,
    http: `upstream app {
    least_conn;
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=3 fail_timeout=2s;`).join('\n')}
    keepalive 64;
    # Shorter than Node's 5 s keep-alive: nginx must never reuse a connection the app is
    # closing (a POST sent on one fails, and is not retried, being not idempotent).
    keepalive_timeout 4s;
  }`,
    server: `# The instances run with PROXY_COMPRESSES=1: compression is done here, once, in C.
    gzip on;
    gzip_proxied any;
    gzip_vary on;
    gzip_comp_level 5;
    gzip_min_length 1024;
    gzip_types text/plain text/css text/xml text/x-component application/javascript application/json application/xml application/atom+xml application/rss+xml image/svg+xml;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502;
      proxy_intercept_errors on;
      error_page 500 502 503 504 =503 /unavailable.html;
    }
    location = /unavailable.html {
      internal;
      root ${pages};
      add_header Retry-After 30 always;
      add_header Cache-Control no-store always;
    }`,
  });
}

async function startNginx({ port, workDir, http = '', server }) {
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
  client_max_body_size 8m;
  client_body_temp_path ${workDir};
  proxy_temp_path ${workDir};
  fastcgi_temp_path ${workDir};
  uwsgi_temp_path ${workDir};
  scgi_temp_path ${workDir};
  ${http}
  server {
    listen 127.0.0.1:${port};
    ${server}
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
