// Creates new content files from flags: `npm run new -- news|milestone|agreement|agency …`.
// The new files are checked with the same checker as the build; if they are not valid they are
// removed again and the problems printed, so the content folder never keeps a broken file.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentIndex } from '../src/scaffold/content-index.ts';
import { ScaffoldError, parseFlags } from '../src/scaffold/flags.ts';
import { scaffold, usage } from '../src/scaffold/index.ts';
import { loadDirectly } from '../src/loaders/load-directly.ts';
import { formatProblem } from '../src/validation/problems.ts';
import type { Command, Output } from './command.ts';

export const newCommand: Command = async (argv, projectRoot, out) => {
  try {
    return await create(argv, projectRoot, out);
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    out.error(error.message);
    return 1;
  }
};

async function create(argv: string[], projectRoot: string, out: Output): Promise<number> {
  if (argv.length === 0 || argv.includes('--help')) {
    out.log(usage);
    return argv.length === 0 ? 1 : 0;
  }
  const flags = parseFlags(argv);
  const contentRoot = join(projectRoot, 'content');
  const today = new Date().toISOString().slice(0, 10);
  const result = scaffold(flags, contentIndex(await loadDirectly(projectRoot)), today);

  const targets = result.files.map((f) => ({ ...f, absolute: join(contentRoot, f.path) }));
  const existing = targets.filter((t) => existsSync(t.absolute));
  if (existing.length > 0) throw new ScaffoldError(`Tệp đã có, không ghi đè: ${existing.map((t) => relative(projectRoot, t.absolute)).join(', ')}.`);
  const createdDirs: string[] = [];
  for (const target of targets) {
    for (let dir = dirname(target.absolute); !existsSync(dir); dir = dirname(dir)) createdDirs.unshift(dir);
    mkdirSync(dirname(target.absolute), { recursive: true });
    writeFileSync(target.absolute, target.text);
  }

  const files = new Set(targets.map((t) => relative(projectRoot, t.absolute)));
  const session = await loadDirectly(projectRoot);
  const problems = session.problems.filter((p) => files.has(p.file));
  if (problems.length > 0) {
    for (const target of targets) rmSync(target.absolute, { force: true });
    for (const dir of createdDirs.reverse()) if (readdirSync(dir).length === 0) rmdirSync(dir);
    out.error(`Chưa tạo tệp nào: tệp mới sẽ có lỗi sau. Hãy sửa thông tin trong lệnh rồi chạy lại.\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    return 1;
  }

  out.log(`Đã tạo:\n${[...files].map((f) => `  ${f}`).join('\n')}`);
  const todo = session.placeholders.filter((p) => files.has(p.file));
  out.log('\nCần điền (chỗ ghi "CẦN ĐIỀN"):');
  for (const p of todo) out.log(`  ${p.file}:${p.line}${p.field ? ` — ${p.field}` : ' — nội dung bài'}`);
  out.log(`\nViệc tiếp theo:\n${result.next.map((step) => `  - ${step}`).join('\n')}\n  - Xem trước: npm run dev; kiểm tra: npm run check`);
  return 0;
}

if (import.meta.main) process.exitCode = await newCommand(process.argv.slice(2), process.cwd(), console);
