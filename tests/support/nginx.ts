import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** nginx from Debian's package (or NGINX_PATH). Never skipped: without it the test fails with the install command. */
export function nginxPath(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim()];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No nginx. Install it with "apt-get update && apt-get install -y nginx-light" (Debian), or set NGINX_PATH.');
  return found;
}

/** What the test changes in the shipped configuration: addresses, files, and optionally the CSP report address. */
export interface TestSite {
  httpPort: number;
  httpsPort: number;
  root: string;
  prefix: string;
  certificate: string;
  key: string;
  cspReportUri?: string;
}

/**
 * The shipped configuration with only its site-specific lines (marked "SITE:") changed, so
 * the test runs what a server would: listen on 127.0.0.1 (HTTP and HTTPS ports), serve `root`
 * with the test's certificate, keep pid, logs and temporary files in `prefix`. Throws if a line
 * to change is missing, so a renamed directive cannot make the test run some other configuration.
 */
export function renderConfig(shipped: string, site: TestSite): string {
  const { httpPort, httpsPort, root, prefix } = site;
  const worker = process.getuid?.() === 0 ? 'user root;' : ''; // as root, workers must still read a build in a private temp folder
  const replacements: [RegExp, string][] = [
    [/^user [^;]+;.*$/m, worker],
    [/^pid [^;]+;.*$/m, `pid ${prefix}/nginx.pid;`],
    [/^error_log [^;]+;.*$/m, `error_log ${prefix}/error.log;`],
    [/^(\s*)access_log [^;]+;.*$/m, `$1access_log ${prefix}/access.log;`],
    [/^(\s*)listen 80;.*$/m, `$1listen 127.0.0.1:${httpPort};`],
    [/^(\s*)listen 443 ssl( http2)?;.*$/m, `$1listen 127.0.0.1:${httpsPort} ssl$2;`],
    [/^(\s*)ssl_certificate [^;]+;.*$/m, `$1ssl_certificate ${site.certificate};`],
    [/^(\s*)ssl_certificate_key [^;]+;.*$/m, `$1ssl_certificate_key ${site.key};`],
    [/^(\s*)default "";(\s*# SITE: CSP report address.*)$/m, `$1default "${site.cspReportUri ?? ''}";$2`],
    [/^(\s*)root [^;]+;.*$/m, `$1root ${resolve(root)};`],
    [/^http \{$/m, ['http {', ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`)].join('\n')],
  ];
  return replacements.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf has no line matching ${pattern}`);
    return conf.replace(pattern, replacement);
  }, shipped);
}

/**
 * A self-signed certificate for 127.0.0.1, made once per test process with openssl, and trusted
 * by this process's fetch (tls.setDefaultCACertificates), so tests talk HTTPS as a browser would.
 * Chromium is told to accept it with the context option ignoreHTTPSErrors.
 */
let testCertificate: { certificate: string; key: string; pem: string } | undefined;
export function certificate() {
  if (testCertificate) return testCertificate;
  const dir = mkdtempSync(join(tmpdir(), 'nginx-tls-'));
  const [certificate, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
    '-keyout', key, '-out', certificate, '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.error || made.status !== 0) {
    throw new Error(`openssl could not make a test certificate (${made.error?.message ?? made.stderr}). Install it with "apt-get update && apt-get install -y openssl".`);
  }
  const pem = readFileSync(certificate, 'utf8');
  setDefaultCACertificates([...getCACertificates('default'), pem]);
  testCertificate = { certificate, key, pem };
  return testCertificate;
}


/**
 * deploy/nginx.conf serving `root` on 127.0.0.1 (free ports), as a child process stopped by
 * `stop()`. `url` is the HTTPS address of the site, `httpUrl` the plain-HTTP one (it redirects).
 */
export async function startNginx(root: string, { conf = 'deploy/nginx.conf', cspReportUri }: { conf?: string; cspReportUri?: string } = {}) {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const httpPort = await freePort();
  let httpsPort = await freePort();
  while (httpsPort === httpPort) httpsPort = await freePort();
  const file = join(prefix, 'nginx.conf');
  const { certificate: cert, key } = certificate();
  writeFileSync(file, renderConfig(readFileSync(conf, 'utf8'), { httpPort, httpsPort, root, prefix, certificate: cert, key, cspReportUri }));
  const child: ChildProcess = spawn(nginxPath(), ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `https://127.0.0.1:${httpsPort}`;
  const httpUrl = `http://127.0.0.1:${httpPort}`;
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
  return { url, httpUrl, httpsPort, stop, config: readFileSync(file, 'utf8') };
}
