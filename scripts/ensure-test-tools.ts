// Runs before `npm test` (package.json "pretest"): the tests drive a real Chromium, a real nginx
// and openssl (a self-signed certificate for the HTTPS test). When one is missing, it is installed
// with apt-get where that is possible (root on Debian or Ubuntu, e.g. a fresh CI machine);
// otherwise the tests stop at once with the exact command to run. Nothing is ever downloaded by npm.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSERS } from '../tests/support/browser.ts';

export interface Tool {
  /** What the tests use it for, for the message. */
  purpose: string;
  /** Debian package that provides it. */
  debian: string;
  /** Environment variable that points the tests at another binary. */
  env?: string;
  /** Where the tests look for it when `env` is not set. */
  paths: string[];
  /** A command name looked up on PATH as well. */
  command?: string;
}

export const tools: Tool[] = [
  // The build of Chromium the tests drive (tests/support/browser.ts); the full browser is for screenshots, Lighthouse and the bench.
  { purpose: 'browser tests (Chromium\'s headless shell)', debian: BROWSERS.shell.debian, env: 'CHROME_PATH', paths: [BROWSERS.shell.path] },
  { purpose: 'deployment tests (nginx)', debian: 'nginx-light', env: 'NGINX_PATH', paths: ['/usr/sbin/nginx'], command: 'nginx' },
  { purpose: 'HTTPS test certificate (openssl)', debian: 'openssl', paths: ['/usr/bin/openssl'], command: 'openssl' },
];

export interface Machine {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** The full path of a command on PATH, or undefined. */
  which: (command: string) => string | undefined;
  root: boolean;
  apt: boolean;
}

/** Tools not found; a tool whose environment variable points nowhere is "misconfigured", not installable. */
export function missing(machine: Machine, list = tools): { tool: Tool; misconfigured?: string }[] {
  return list.flatMap((tool) => {
    const override = tool.env ? machine.env[tool.env] : undefined;
    if (override) return machine.exists(override) ? [] : [{ tool, misconfigured: `${tool.env}=${override}` }];
    if (tool.paths.some(machine.exists) || (tool.command && machine.which(tool.command))) return [];
    return [{ tool }];
  });
}

export type Plan = { action: 'none' } | { action: 'install'; packages: string[] } | { action: 'fail'; message: string };

/** What to do about the missing tools on this machine. */
export function plan(machine: Machine, list = tools): Plan {
  const gaps = missing(machine, list);
  if (gaps.length === 0) return { action: 'none' };
  const misconfigured = gaps.filter((g) => g.misconfigured);
  if (misconfigured.length > 0) {
    return { action: 'fail', message: misconfigured.map((g) => `${g.misconfigured}: no such file (${g.tool.purpose}). Fix or unset ${g.tool.env}.`).join('\n') };
  }
  const packages = gaps.map((g) => g.tool.debian);
  if (machine.root && machine.apt) return { action: 'install', packages };
  const lines = gaps.map((g) => `  - ${g.tool.purpose}: Debian/Ubuntu package "${g.tool.debian}"${g.tool.env ? `, or set ${g.tool.env} to the binary` : ''}`);
  return {
    action: 'fail',
    message: [`npm test needs tools this machine lacks:`, ...lines, '', `Install them with:`, `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`].join('\n'),
  };
}

function thisMachine(): Machine {
  const which = (command: string) => {
    const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
    return found || undefined;
  };
  return { env: process.env, exists: existsSync, which, root: process.getuid?.() === 0, apt: which('apt-get') !== undefined };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

if (import.meta.main) {
  const machine = thisMachine();
  const first = plan(machine);
  if (first.action === 'install') {
    console.log(`Installing ${first.packages.join(', ')} with apt-get for the tests…`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...first.packages]);
  }
  const after = first.action === 'install' ? plan(machine) : first;
  if (after.action !== 'none') {
    console.error(after.action === 'fail' ? after.message : `Still missing after apt-get: ${after.packages.join(', ')}`);
    process.exit(1);
  }
}
