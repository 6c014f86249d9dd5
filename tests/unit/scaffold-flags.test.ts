import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags, reader, ScaffoldError } from '../../src/scaffold/flags.ts';
import { runScript } from '../support/content-copy.ts';

/** `npm run new -- <kind> --name value …`: what the command line may and may not say. */
describe('npm run new flags', () => {
  it('reads --name value and --name=value', () => {
    expect(parseFlags(['milestone', '--id', 'ii-2-5', '--area=education,health']).values).toEqual(
      new Map([['id', 'ii-2-5'], ['area', 'education,health']]),
    );
  });

  it('refuses a flag given twice, naming it and both values', () => {
    const twice = () => parseFlags(['milestone', '--area', 'education', '--id', 'x', '--area=health']);
    expect(twice).toThrow(ScaffoldError);
    expect(twice).toThrow('--area được ghi hai lần ("education" và "health")');
    expect(twice).toThrow('--area a,b');
  });

  it('has no --content flag: files always go into the project\'s content/ folder', () => {
    const flags = parseFlags(['agency', '--id', 'x', '--content', '/tmp/elsewhere']);
    expect(() => reader(flags, ['id', 'province', 'kind'])).toThrow('Không có thông tin --content cho "agency"');
  });

  it('stops the command with the message and exit code 1, writing nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'new-flags-'));
    try {
      const run = runScript('new.ts', ['agency', '--id', 'a', '--id', 'b', '--province', 'xiangkhouang'], folder);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('--id được ghi hai lần ("a" và "b")');
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
