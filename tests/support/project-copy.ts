import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A copy of the project in a temporary folder with `overlay` (a folder laid over the project
 * root) — for scenarios the real content must not contain, such as bad or untranslated files.
 * `files`: what is copied of the project (PROJECT_FILES, or fewer: without content/, only the
 * overlay's content is built).
 */
export function projectCopy(overlay?: string | string[], root = mkdtempSync(join(tmpdir(), 'site-copy-')), files = PROJECT_FILES): string {
  for (const path of files) cpSync(path, join(root, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  for (const folder of [overlay ?? []].flat()) cpSync(folder, root, { recursive: true });
  return root;
}

/** What a copy of the project is made of (everything a build reads, but node_modules). */
export const PROJECT_FILES = ['src', 'scripts', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** The environment of a command an editor runs: without the test runner's NODE_ENV=test and VITEST* variables. */
const astroEnv = (env: Record<string, string>) => {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env };
};

/** Builds a copy of the project with `overlay` (see projectCopy). */
export function buildCopy(overlay: string, env: Record<string, string> = {}) {
  return buildAt(projectCopy(overlay), env);
}

/** `astro build` of the project copy at `root`, as an editor would run it. */
export function buildAt(root: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, encoding: 'utf8', env: astroEnv(env) });
  return { root, status: result.status, output: result.stdout + result.stderr };
}

/**
 * `astro dev` on the project at `root`, in its own process group so that stopping it stops the
 * Vite and esbuild processes it starts too. `output` grows as the server logs.
 */
export function startDev(root: string, port: number) {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: astroEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = { child, output: '', exited: false };
  child.stdout.on('data', (chunk) => (server.output += String(chunk)));
  child.stderr.on('data', (chunk) => (server.output += String(chunk)));
  child.on('exit', () => (server.exited = true));
  return {
    ...server,
    get output() {
      return server.output;
    },
    get exited() {
      return server.exited;
    },
    /** Resolves once the log matches `pattern`; rejects after `ms` or if the server exits first. */
    waitFor(pattern: RegExp, ms: number): Promise<string> {
      return new Promise((done, fail) => {
        const started = Date.now();
        const poll = setInterval(() => {
          const match = pattern.exec(server.output);
          if (match) return clearInterval(poll), done(match[0]);
          if (server.exited || Date.now() - started > ms) {
            clearInterval(poll);
            fail(new Error(`${server.exited ? 'astro dev exited' : `no ${pattern} after ${ms} ms`}; log:\n${server.output}`));
          }
        }, 200);
      });
    },
    /** Stops the server and everything it started (the whole process group). */
    stop() {
      if (!server.exited && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}
