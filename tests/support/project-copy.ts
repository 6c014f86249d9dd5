import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Builds a copy of the project in a temporary folder with `overlay` (a folder laid over the
 * project root) — for scenarios the real content must not contain, such as bad or untranslated files.
 */
export function buildCopy(overlay: string, env: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'site-copy-'));
  for (const path of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path, join(root, path), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(overlay, root, { recursive: true });
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { root, status: result.status, output: result.stdout + result.stderr };
}
