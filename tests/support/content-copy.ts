import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A temporary folder holding a copy of the real content with `overlays` (folders laid over it),
 * for the checker and the scaffolder to work on without touching the project's content.
 */
export function contentCopy(...overlays: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'content-copy-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  for (const overlay of overlays) cpSync(overlay, root, { recursive: true });
  return { root, content: join(root, 'content'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs one of the project's scripts (scripts/*.ts) with `cwd` as the working folder, as `npm run` would. */
export function runScript(script: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [resolve('scripts', script), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}
