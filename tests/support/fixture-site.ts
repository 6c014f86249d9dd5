import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { siteConfig } from '../../src/site-config.ts';
import { translationHash } from '../../src/lib/translation-hash.ts';
import { buildAt, PROJECT_FILES, projectCopy } from './project-copy.ts';

/**
 * One build of a copy of the project with what the real content must not contain laid over it,
 * served from a folder (SITE_BASE):
 *   - the guides' examples (docs/examples): they build, and the components show what the guides say;
 *   - untranslated entries (tests/site/fixtures/untranslated): the Lao fallback and its notices;
 *   - more news than fit on one page, one without its Lao file (written here): pagination.
 * The tests of all four read this one build; each used to build a copy of its own, which is about
 * half a minute of two cores apiece.
 *
 * Built once for a given set of inputs (the project's files, the overlays, this file, the day):
 * whoever needs it first (`npm test` starts it while the real site builds) builds it under
 * <tmp>/hop-tac-fixture-site/<hash>/, holding a lock folder; the others wait, then read it.
 */
export const FIXTURE_BASE = '/hop-tac/';
export const FIXTURE_URL = 'https://hoptac.example.gov.vn';
const OVERLAYS = ['docs/examples', 'tests/site/fixtures/untranslated'];

/** The news written into the fixture: two more than fit on a page, so the list has a second page. */
export const fixtureNews = {
  count: siteConfig.newsPerPage + 2,
  /** The one article without a Lao file. */
  untranslated: 'fixture-news-07',
  id: (i: number) => `fixture-news-${String(i).padStart(2, '0')}`,
};

export interface FixtureSite {
  /** The project copy (its content/ is what was built). */
  root: string;
  dist: string;
  base: string;
}

// Outside the project: Vite treats anything under node_modules/ as a dependency, not as sources.
const CACHE = join(tmpdir(), 'hop-tac-fixture-site');

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** A digest of everything the build reads or is given: a change to any of it makes a new build. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const today = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
  hash.update(`${today}\n${process.version}\n`);
  const inputs = [...PROJECT_FILES, ...OVERLAYS, 'package-lock.json', 'tests/support/fixture-site.ts', 'tests/support/project-copy.ts'];
  for (const file of inputs.flatMap(filesUnder)) hash.update(`${file}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function writeNews(root: string) {
  const dir = join(root, 'content', 'news');
  for (let i = 1; i <= fixtureNews.count; i++) {
    const id = fixtureNews.id(i);
    const [title, summary, body] = [`Tin thử số ${i}`, `Tóm tắt tin thử số ${i}.`, 'Nội dung.'];
    writeFileSync(
      join(dir, `${id}.vi.mdx`),
      `---\ntitle: ${title}\nsummary: ${summary}\ndate: 2030-01-${String(i).padStart(2, '0')}\nsources: [{ document: tuyen-quang-110-kh-ubnd-2023, section: preamble }]\n---\n${body}\n`,
    );
    // Translated from this very Vietnamese text: the fingerprint matches.
    if (id !== fixtureNews.untranslated) {
      writeFileSync(join(dir, `${id}.lo.mdx`), `---\ntitle: ຂ່າວທົດລອງ ${i}\nsummary: ບົດສະຫຼຸບ ${i}.\ntranslatedFrom: "${translationHash([title, summary], body)}"\n---\nເນື້ອໃນ.\n`);
    }
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The fixture site, built now or by another process of this run; throws with the build's output if it fails. */
export async function fixtureSite(): Promise<FixtureSite> {
  const dir = join(CACHE, inputsHash());
  const site = { root: join(dir, 'project'), dist: join(dir, 'project', 'dist'), base: FIXTURE_BASE };
  const done = join(dir, 'built');
  const lock = join(dir, 'lock');
  for (;;) {
    if (existsSync(done)) return site;
    mkdirSync(dir, { recursive: true });
    try {
      mkdirSync(lock);
    } catch {
      // Someone else is building: wait for them, unless their process is gone.
      const holder = Number(readFileSync(join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }));
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    writeFileSync(join(lock, 'pid'), String(process.pid));
    try {
      // Older builds are of inputs that no longer exist.
      for (const old of readdirSync(CACHE)) if (join(CACHE, old) !== dir) rmSync(join(CACHE, old), { recursive: true, force: true });
      rmSync(site.root, { recursive: true, force: true });
      mkdirSync(site.root);
      projectCopy(OVERLAYS, site.root);
      writeNews(site.root);
      const build = buildAt(site.root, { SITE_BASE: FIXTURE_BASE, SITE_URL: FIXTURE_URL });
      if (build.status !== 0) throw new Error(`The fixture site (tests/support/fixture-site.ts) did not build:\n${build.output}`);
      writeFileSync(done, new Date().toISOString());
      return site;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

// `node tests/support/fixture-site.ts`: build it now (npm test does, while the real site builds).
if (import.meta.main) {
  const site = await fixtureSite();
  console.log(`fixture site: ${site.dist}`);
}
