import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** nginx from Debian's package (or NGINX_PATH). Never skipped: without it the test fails with the install command. */
export function nginxPath(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim()];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No nginx. Install it with "apt-get update && apt-get install -y nginx-light" (Debian), or set NGINX_PATH.');
  return found;
}

/**
 * The shipped configuration with only its site-specific lines (marked "SITE:") changed, so
 * the test runs what a server would: listen on 127.0.0.1:<port>, serve `root`, keep pid, logs
 * and temporary files in `prefix`. Throws if a line to change is missing, so a renamed
 * directive cannot make the test run some other configuration.
 */
export function renderConfig(shipped: string, { port, root, prefix }: { port: number; root: string; prefix: string }): string {
  const worker = process.getuid?.() === 0 ? 'user root;' : ''; // as root, workers must still read a build in a private temp folder
  const replacements: [RegExp, string][] = [
    [/^user [^;]+;.*$/m, worker],
    [/^pid [^;]+;.*$/m, `pid ${prefix}/nginx.pid;`],
    [/^error_log [^;]+;.*$/m, `error_log ${prefix}/error.log;`],
    [/^(\s*)access_log [^;]+;.*$/m, `$1access_log ${prefix}/access.log;`],
    [/^(\s*)listen 80;.*$/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)root [^;]+;.*$/m, `$1root ${resolve(root)};`],
    [/^http \{$/m, ['http {', ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`)].join('\n')],
  ];
  return replacements.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf has no line matching ${pattern}`);
    return conf.replace(pattern, replacement);
  }, shipped);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** deploy/nginx.conf serving `root` on 127.0.0.1 (a free port), as a child process stopped by `stop()`. */
export async function startNginx(root: string, conf = 'deploy/nginx.conf') {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, renderConfig(readFileSync(conf, 'utf8'), { port, root, prefix }));
  const child: ChildProcess = spawn(nginxPath(), ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) {
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx exited: ${output}${log}`);
    }
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      if (attempt > 100) {
        await stop();
        throw new Error(`nginx did not answer on ${url}: ${output}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return { url, stop, config: readFileSync(file, 'utf8') };
}
