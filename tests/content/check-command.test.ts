import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../../scripts/check-content.ts';
import { contentCopy, runCommand, runScript } from '../support/content-copy.ts';

/**
 * `npm run check`: errors (exit 1) then a separate "Cảnh báo" section for what does not stop
 * the site being built — Lao translations still to do, placeholders left by `npm run new`.
 * Warnings fail the command only with --strict.
 */
const copies: ReturnType<typeof contentCopy>[] = [];
afterAll(() => copies.forEach((c) => c.remove()));
const copyWith = (...overlays: string[]) => {
  const copy = contentCopy(...overlays);
  copies.push(copy);
  return copy;
};
/** The command run in this process; the script file itself runs in a new Node in the first and last tests. */
const check = (args: string[], ...overlays: string[]) => runCommand(checkCommand, args, copyWith(...overlays).root);

const UNTRANSLATED = 'tests/site/fixtures/untranslated';
const TASKS = 'content/milestones/tuyen-quang-xiangkhouang-2021-2025';
/** A Node stack frame ("    at fn (file:line:col)"): an editor must never have to read one. */
const STACK = /^\s+at .+:\d+/m;

describe('npm run check', { timeout: 60_000 }, () => {
  it('passes the real content, with no warning (the script file, in a new Node process)', () => {
    const run = runScript('check-content.ts', [], copyWith().root);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/^Nội dung hợp lệ: không có lỗi\./m);
    expect(run.stdout).toMatch(/^Cảnh báo: không có/m);
    expect(run.stderr).toBe('');
  });

  it('lists missing and outdated translations as warnings, with the Lao file, what is missing and the fingerprint to record, and still passes', async () => {
    const run = await check([], UNTRANSLATED);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/^Nội dung hợp lệ: không có lỗi\./m);
    const warnings = run.stdout.slice(run.stdout.indexOf('Cảnh báo'));
    expect(warnings).toMatch(/^Cảnh báo \(4\) — không làm lệnh kiểm tra thất bại; thêm --strict để coi là lỗi:/);
    expect(warnings).toMatch(new RegExp(`${TASKS}/untranslated\\.lo\\.mdx — Bản tiếng Lào chưa dịch \\(missing\\); còn thiếu: lo\\.mdx\\. Khi dịch xong, ghi translatedFrom: "[0-9a-f]{12}"`));
    expect(warnings).toMatch(new RegExp(`${TASKS}/half-translated\\.lo\\.mdx:3 — Bản tiếng Lào mới dịch một phần \\(partial\\); còn thiếu: summary\\.`));
    // Nobody marked it: the Vietnamese changed after the translation, so its fingerprint no longer matches.
    expect(warnings).toMatch(new RegExp(`${TASKS}/outdated\\.lo\\.mdx:5 — Bản tiếng Lào cần cập nhật \\(outdated\\): tiếng Việt đã sửa sau khi dịch\\. Khi dịch xong, ghi translatedFrom: "e490f011e29a"`));
    expect(warnings).toMatch(/content\/news\/untranslated-news\.lo\.mdx — .*còn thiếu: lo\.mdx\./);
  });

  it('fails on the same warnings with --strict', async () => {
    const run = await check(['--strict'], UNTRANSLATED);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Cảnh báo \(4\) — chế độ --strict: cảnh báo được tính là lỗi:/m);
  });

  it('reports errors first and fails, keeping the warnings apart', async () => {
    const run = await check([], UNTRANSLATED, 'tests/content/invalid/mdx-script');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Nội dung có 1 lỗi trong 1 tệp; trang web không được tạo cho đến khi sửa hết:\n {2}content\/news\/test-news\.vi\.mdx:10 — Thẻ <script> bị cấm/);
    // The warnings section still follows: the untranslated fixtures and the new article, not yet in Lao.
    expect(run.stdout).toMatch(/^Cảnh báo \(5\)/m);
    expect(run.stdout).toMatch(/content\/news\/test-news\.lo\.mdx — .*còn thiếu: lo\.mdx/);
  });

  it('fails on files it cannot read, naming each one, without a stack trace', () => {
    const copy = copyWith('tests/content/invalid/alias-bomb', 'tests/content/invalid/file-name-not-an-id', 'tests/content/invalid/stray-text-file', 'tests/content/invalid/milestone-saved-as-yaml');
    const at = (path: string) => join(copy.root, path);
    const task = (title: string) => `---\nagreement: tuyen-quang-xiangkhouang-2021-2025\nareas: [education]\ntitle: ${title}\nsource: { document: tuyen-quang-110-kh-ubnd-2023, section: II.2, item: 1 }\n---\n`;
    symlinkSync('da-xoa.vi.mdx', at(`${TASKS}/lien-ket-hong.vi.mdx`));
    writeFileSync(at(`${TASKS}/co-bom.vi.mdx`), `\uFEFF${task('Nhiệm vụ có BOM')}`);
    // "Nhiệm vụ" saved as Windows-1258: "ệ" is not a UTF-8 sequence.
    const [before, after] = task('Nhi@m vụ').split('@');
    writeFileSync(at(`${TASKS}/windows-1258.vi.mdx`), Buffer.concat([Buffer.from(before!), Buffer.from([0xd2]), Buffer.from(after!)]));
    mkdirSync(at('content/news'), { recursive: true });
    writeFileSync(at('content/news/tom-tat-5-mb.vi.mdx'), `---\ntitle: Tin thử\nsummary: ${'Tóm tắt rất dài. '.repeat(300_000)}\ndate: 2023-05-19\nsources: [{ document: tuyen-quang-110-kh-ubnd-2023, section: preamble }]\n---\n`);
    const started = Date.now();
    const run = runScript('check-content.ts', [], copy.root);
    expect(run.status, run.output).toBe(1);
    expect(Date.now() - started, 'the alias bomb is refused, not expanded').toBeLessThan(30_000);
    for (const [file, message] of [
      ['content/agencies/test-agency.yaml:7', 'Không dùng tham chiếu YAML'],
      ['content/news/Tin Mới.vi.mdx', 'Tên tệp "Tin Mới" không dùng được làm mã'],
      ['content/agreements/notes.txt', 'không thuộc mẫu tên nào'],
      [`${TASKS}/test.yaml`, 'không thuộc mẫu tên nào'],
      [`${TASKS}/lien-ket-hong.vi.mdx`, 'Liên kết (symlink) trỏ tới tệp không tồn tại'],
      [`${TASKS}/co-bom.vi.mdx:1`, 'BOM'],
      [`${TASKS}/windows-1258.vi.mdx:4`, 'không phải văn bản UTF-8 hợp lệ'],
      ['content/news/tom-tat-5-mb.vi.mdx', 'Tệp quá lớn'],
    ]) {
      const line = run.stderr.split('\n').find((l) => l.startsWith(`  ${file} — `));
      expect(line, `${file} in:\n${run.stderr}`).toContain(message);
    }
    expect(run.stderr).toMatch(/^Nội dung có 8 lỗi trong 8 tệp/);
    expect(run.output).not.toMatch(STACK);
  });
});
