import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { assetCheck, checkAssets } from '../../src/integrations/asset-check.ts';
import { checkCommand } from '../../scripts/check-content.ts';
import { contentCopy, runCommand } from '../support/content-copy.ts';
import { buildCopy } from '../support/project-copy.ts';

/** Images beside the content are checked before every build (src/integrations/asset-check.ts). */
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('images in the project', () => {
  it('the real content/ and public/ hold only images that may be published', () => {
    expect(checkAssets('.')).toEqual([]);
  });

  it('are all checked, under any folder of content/ and public/, named from the project root', () => {
    const root = mkdtempSync(join(tmpdir(), 'assets-'));
    roots.push(root);
    cpSync('tests/unit/fixtures/assets/bad/script.svg', join(root, 'content/media/sub/a.svg'));
    cpSync('tests/unit/fixtures/assets/bad/png-named.jpg', join(root, 'content/news/x/anh.jpg'));
    cpSync('tests/unit/fixtures/assets/bad/onload.svg', join(root, 'public/logo.svg'));
    cpSync('tests/unit/fixtures/assets/ok/map.svg', join(root, 'content/media/map.svg'));
    expect(checkAssets(root).map((p) => p.file).sort()).toEqual(['content/media/sub/a.svg', 'content/news/x/anh.jpg', 'public/logo.svg']);
  });
});

describe('the asset check in Astro', () => {
  const root = mkdtempSync(join(tmpdir(), 'assets-'));
  roots.push(root);
  cpSync('tests/unit/fixtures/assets/bad/external-image.svg', join(root, 'content/media/ban-do.svg'));
  const setup = (command: 'build' | 'dev') => {
    const logger = { error: vi.fn(), info: vi.fn(), warn: vi.fn() };
    const hook = assetCheck().hooks['astro:config:setup'] as unknown as (options: object) => void;
    const run = () => hook({ config: { root: pathToFileURL(`${root}/`) }, command, logger });
    return { run, logger };
  };

  it('stops a build, naming the file and the reason', () => {
    expect(setup('build').run).toThrow(/content\/media\/ban-do\.svg — ảnh SVG tham chiếu ra ngoài tệp: href="https:\/\/example\.com\/tracker\.png"/);
  });

  it('only logs under astro dev, so the preview keeps running', () => {
    const { run, logger } = setup('dev');
    expect(run).not.toThrow();
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('content/media/ban-do.svg'));
  });

  it('is wired into the real build: an SVG with a script fails it before any page is written', { timeout: 120_000 }, () => {
    const build = buildCopy('tests/content/fixtures/unsafe-image');
    roots.push(build.root);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain('content/media/so-do-hop-tac.svg — ảnh SVG có phần tử <script>');
    expect(existsSync(join(build.root, 'dist'))).toBe(false);
  });
});

describe('npm run check', () => {
  it('fails on an unsafe image, naming it, and does not call the content valid', { timeout: 30_000 }, async () => {
    const copy = contentCopy('tests/content/fixtures/unsafe-image');
    roots.push(copy.root);
    const run = await runCommand(checkCommand, [], copy.root);
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toContain('content/media/so-do-hop-tac.svg — ảnh SVG có phần tử <script>');
    expect(run.stdout).not.toContain('Nội dung hợp lệ');
  });
});
