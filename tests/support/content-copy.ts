import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, rmdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { loadDirectly, type ContentSession } from '../../src/loaders/load-directly.ts';
import type { Command } from '../../scripts/command.ts';

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

/** What a case adds to the project: file contents (text or bytes), or a symbolic link to `target`. */
export type CaseFiles = Record<string, string | Uint8Array | { symlink: string }>;

/** The files under an overlay folder, as paths relative to it. */
function overlayFiles(overlay: string): string[] {
  return readdirSync(overlay, { recursive: true, withFileTypes: true })
    .filter((d) => !d.isDirectory())
    .map((d) => relative(overlay, join(d.parentPath, d.name)));
}

/**
 * One copy of the real content that cases are laid over one after another: each case's files are
 * added, the content is loaded as `npm run check` loads it, and the files are taken away again.
 * Copying the content once keeps dozens of cases quick.
 */
export function scratchContent() {
  const copy = contentCopy();
  /** Adds `files` (all new: a case never replaces real content), loads the content, then removes them. */
  async function check(files: CaseFiles): Promise<ContentSession> {
    const written: string[] = [];
    const made: string[] = [];
    try {
      for (const [path, value] of Object.entries(files)) {
        const absolute = join(copy.root, path);
        if (existsSync(absolute)) throw new Error(`${path} exists in the real content: a case may only add files`);
        for (let dir = dirname(absolute); !existsSync(dir); dir = dirname(dir)) made.unshift(dir);
        mkdirSync(dirname(absolute), { recursive: true });
        written.push(absolute);
        if (typeof value === 'object' && 'symlink' in value) symlinkSync(value.symlink, absolute);
        else writeFileSync(absolute, value);
      }
      return await loadDirectly(copy.root);
    } finally {
      written.forEach((file) => rmSync(file, { force: true }));
      made.reverse().forEach((dir) => rmdirSync(dir));
    }
  }
  /** The files of an overlay folder (e.g. tests/content/invalid/<case>), read as a case. */
  function filesOf(overlay: string): CaseFiles {
    return Object.fromEntries(overlayFiles(overlay).map((path) => [path, new Uint8Array(readFileSync(join(overlay, path)))]));
  }
  return { ...copy, check, filesOf };
}

/** What a command printed and its exit code. */
export interface CommandRun {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/**
 * Runs one of the project's scripts (scripts/*.ts) in a new Node process with `cwd` as the working
 * folder, as `npm run` would: for the tests of the script files themselves (exit code, streams).
 */
export function runScript(script: string, args: string[], cwd: string): CommandRun {
  const result = spawnSync(process.execPath, [resolve('scripts', script), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/**
 * Runs an editors' command (scripts/command.ts) in this process over the project folder `root`,
 * printing into strings as the console would: what the script file does, without starting Node and
 * reading the modules again for each case (about a second each).
 */
export async function runCommand(command: Command, args: string[], root: string): Promise<CommandRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await command(args, root, { log: (text: string) => stdout.push(`${text}\n`), error: (text: string) => stderr.push(`${text}\n`) });
  const [out, err] = [stdout.join(''), stderr.join('')];
  return { status, stdout: out, stderr: err, output: out + err };
}
