// Writes tests/cms/fixture/content: a small copy of the Tuyên Quang – Xiêng Khoảng content in issue 12's
// layout (pairs of .vi.mdx / .lo.mdx), for the CMS tests. Run once: `node tests/cms/make-fixture.ts`.
// Delete it (and point the tests at a copy of content/) once issue 12's migration is merged.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { formatFrontmatter, formatYaml, parseFrontmatter, type Fields } from '../../src/cms/frontmatter.ts';
import { fieldOrder } from '../../src/cms/config.ts';
import { translationHashAsync } from '../../src/cms/translation-hash.ts';

const out = 'tests/cms/fixture/content';
const agreement = 'tuyen-quang-xiangkhouang-2021-2025';
const yamlOf = (path: string) => parse(readFileSync(path, 'utf8')) as Fields;
const write = (path: string, text: string) => { mkdirSync(dirname(join(out, path)), { recursive: true }); writeFileSync(join(out, path), text); };

/** Old YAML entry → .vi.mdx (facts, Vietnamese title/summary) and .lo.mdx (Lao title/summary). */
async function pair(path: string, data: Fields, body: { vi: string; lo?: string }, rename: Record<string, string> = {}) {
  const { translation: _t, ...rest } = data;
  const renamed = Object.fromEntries(Object.entries(rest).map(([k, v]) => [rename[k] ?? k, v]));
  const { title, summary, ...facts } = renamed as { title: { vi: string; lo?: string }; summary?: { vi: string; lo?: string } } & Fields;
  if (Array.isArray(facts.lead)) facts.lead = facts.lead; else if (facts.lead) facts.lead = [facts.lead];
  const vi = { title: title.vi, ...(summary ? { summary: summary.vi } : {}), ...facts };
  write(`${path}.vi.mdx`, formatFrontmatter({ ...vi, body: body.vi }, fieldOrder(path.split('/')[0])));
  if (!title.lo) return;
  const translatedFrom = await translationHashAsync({ title: title.vi, summary: summary?.vi, body: body.vi });
  write(`${path}.lo.mdx`, formatFrontmatter({ title: title.lo, ...(summary?.lo ? { summary: summary.lo } : {}), translatedFrom, body: body.lo ?? '' }, ['title', 'summary', 'translatedFrom']));
}

rmSync(out, { recursive: true, force: true });
await pair(`agreements/${agreement}`, yamlOf(`content/agreements/${agreement}.yaml`), { vi: '' });
for (const area of ['agriculture', 'education']) await pair(`areas/${area}`, yamlOf(`content/areas/${area}.yaml`), { vi: '' }, { name: 'title', description: 'summary' });
for (const task of ['ii-1-1-1', 'ii-2-1']) {
  const data = yamlOf(`content/milestones/${agreement}/${task}.yaml`);
  await pair(`milestones/${agreement}/${task}`, data, { vi: '' });
}
const news = '2023-05-19-tuyen-quang-ke-hoach-110';
const vi = parseFrontmatter(readFileSync(`content/news/${news}/vi.mdx`, 'utf8'));
const lo = parseFrontmatter(readFileSync(`content/news/${news}/lo.mdx`, 'utf8'));
await pair(`news/${news}`, { ...vi.data, title: { vi: vi.data.title, lo: lo.data.title }, summary: { vi: vi.data.summary, lo: lo.data.summary } } as Fields, { vi: vi.body.trim(), lo: lo.body.trim() });
// Data files and the source document stay as they are today.
const keep = ['provinces/tuyen-quang.yaml', 'provinces/xiangkhouang.yaml', 'documents/tuyen-quang-110-kh-ubnd-2023.md'];
const referenced = new Set<string>();
for (const task of ['ii-1-1-1', 'ii-2-1']) {
  const m = yamlOf(`content/milestones/${agreement}/${task}.yaml`);
  for (const a of [m.lead, ...(m.coordinating as string[] ?? []), ...(m.mentioned as string[] ?? [])].flat()) if (a) referenced.add(String(a));
}
for (const a of ['ubnd-tuyen-quang', 'chinh-quyen-xiangkhouang', ...referenced]) keep.push(`agencies/${a}.yaml`);
for (const file of keep) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  // Data files in the one format the CMS writes, so that a CMS edit changes only the edited lines.
  if (file.endsWith('.yaml')) write(file, formatYaml(yamlOf(`content/${file}`), fieldOrder(file.split('/')[0])));
  else cpSync(`content/${file}`, join(out, file));
}
console.log(`fixture written to ${out}`);
