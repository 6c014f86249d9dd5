import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan, tools, type Machine } from '../../scripts/ensure-test-tools.ts';

/** `npm test` on a fresh machine: the pretest step finds, installs or names the system tools. */
const machine = (over: Partial<Machine> & { present?: string[] } = {}): Machine => {
  const present = new Set(over.present ?? []);
  return { env: {}, exists: (p) => present.has(p), which: () => undefined, root: false, apt: true, ...over };
};
const everything = ['/usr/lib/chromium/chromium-headless-shell', '/usr/sbin/nginx', '/usr/bin/openssl'];

describe('the tools npm test needs', () => {
  it('does nothing when Chromium\'s headless shell, nginx and openssl are where the tests look', () => {
    expect(plan(machine({ present: everything }))).toEqual({ action: 'none' });
    expect(plan(machine({ present: ['/opt/chrome'], env: { CHROME_PATH: '/opt/chrome' }, which: (c) => `/usr/local/bin/${c}` }))).toEqual({ action: 'none' });
  });

  it('installs exactly the missing Debian packages as root with apt-get', () => {
    expect(plan(machine({ root: true, present: ['/usr/bin/openssl'] }))).toEqual({ action: 'install', packages: ['chromium-headless-shell', 'nginx-light'] });
  });

  it('otherwise fails at once with the exact install command', () => {
    const result = plan(machine({ present: ['/usr/sbin/nginx'] }));
    expect(result.action).toBe('fail');
    expect(result.action === 'fail' && result.message).toContain('sudo apt-get update && sudo apt-get install -y chromium-headless-shell openssl');
    expect(plan(machine({ root: true, apt: false })).action).toBe('fail');
  });

  it('never installs over a CHROME_PATH or NGINX_PATH that points nowhere: it says so', () => {
    const result = plan(machine({ root: true, present: everything, env: { NGINX_PATH: '/srv/nginx' } }));
    expect(result).toEqual({ action: 'fail', message: expect.stringContaining('NGINX_PATH=/srv/nginx: no such file') });
  });

  it('runs as the first step of npm test and stops it with the reason; CI runs only the README commands', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.pretest).toMatch(/^node scripts\/ensure-test-tools\.ts($| && )/);
    const run = spawnSync(process.execPath, ['scripts/ensure-test-tools.ts'], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CHROME_PATH=/nonexistent/chromium');
    const ci = readFileSync('.ci/run', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(ci).toEqual(['set -euo pipefail', 'cd "$(dirname "$0")/.."', 'npm ci --no-audit --no-fund', 'npm test']);
    expect(tools.map((t) => t.debian)).toEqual(['chromium-headless-shell', 'nginx-light', 'openssl']);
  });
});
