// One-off migration (issue 12): agreements, areas and milestones from YAML data files, and news
// from <slug>/{vi,lo}.mdx, to MDX pairs <id>.vi.mdx (facts + Vietnamese prose) and <id>.lo.mdx
// (Lao prose + the fingerprint of the Vietnamese it translates). Run from the project root:
//   node scripts/migrations/2026-12-content-to-mdx.ts
// Kept in the repository as the record of how the files were converted.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar, isSeq, parse, visit } from 'yaml';
import { translationHash } from '../../src/lib/translation-hash.ts';

type Data = Record<string, unknown>;
const root = 'content';

/** Short maps and lists of scalars stay on one line, as editors wrote them. */
export function frontMatter(data: Data): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_, node) {
      const scalars = node.items.every((p) => isScalar(p.value) || (isSeq(p.value) && p.value.items.every(isScalar)));
      if (scalars && JSON.stringify(doc.createNode(node).toJSON()).length < 90 && node !== doc.contents) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

function write(path: string, data: Data, body = '') {
  writeFileSync(path, `---\n${frontMatter(data)}---\n${body ? `\n${body.trim()}\n` : ''}`);
}

const FM = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
function readMdx(path: string): { data: Data; body: string } {
  const [, yamlText, body] = FM.exec(readFileSync(path, 'utf8'))!;
  return { data: parse(yamlText!) as Data, body: body!.trim() };
}

/** Splits a YAML entry: prose fields become plain strings per language, the rest stays as facts. */
function splitEntry(data: Data, prose: readonly string[]) {
  const vi: Data = {};
  const lo: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'translation') continue;
    if (prose.includes(key)) {
      const text = value as { vi: string; lo?: string };
      vi[key] = text.vi;
      if (text.lo) lo[key] = text.lo;
    } else vi[key] = value;
  }
  return { vi, lo, outdated: (data.translation as { lo?: string } | undefined)?.lo === 'outdated' };
}

function pair(dir: string, id: string, data: Data, prose: readonly string[]) {
  const { vi, lo, outdated } = splitEntry(data, prose);
  // A task can have several lead bodies: `lead` is now a list.
  if (typeof vi.lead === 'string') vi.lead = [vi.lead];
  write(join(dir, `${id}.vi.mdx`), vi);
  if (Object.keys(lo).length > 0) {
    const hash = translationHash(prose.map((k) => vi[k] as string | undefined));
    write(join(dir, `${id}.lo.mdx`), { ...lo, translatedFrom: hash, ...(outdated ? { outdated: true } : {}) });
  }
}

function migrateFolder(folder: string, prose: readonly string[], nested: boolean) {
  const base = join(root, folder);
  const dirs = nested ? readdirSync(base).map((d) => join(base, d)) : [base];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      pair(dir, name.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, name), 'utf8')) as Data, prose);
      rmSync(join(dir, name));
    }
  }
}

function migrateNews() {
  const base = join(root, 'news');
  for (const slug of readdirSync(base).filter((n) => existsSync(join(base, n, 'vi.mdx')))) {
    const vi = readMdx(join(base, slug, 'vi.mdx'));
    const { translation, ...facts } = vi.data;
    write(join(base, `${slug}.vi.mdx`), facts, vi.body);
    const loPath = join(base, slug, 'lo.mdx');
    if (existsSync(loPath)) {
      const lo = readMdx(loPath);
      const hash = translationHash([facts.title as string, facts.summary as string], vi.body);
      const outdated = (translation as { lo?: string } | undefined)?.lo === 'outdated';
      write(join(base, `${slug}.lo.mdx`), { ...lo.data, translatedFrom: hash, ...(outdated ? { outdated: true } : {}) }, lo.body);
    }
    rmSync(join(base, slug), { recursive: true });
  }
}

if (import.meta.main) {
  migrateFolder('agreements', ['title', 'summary'], false);
  migrateFolder('areas', ['name', 'description'], false);
  migrateFolder('milestones', ['title', 'summary'], true);
  migrateNews();
  console.log('Migrated agreements, areas, milestones and news to MDX pairs.');
}
