import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from '../../src/validation/problems.ts';
import { scratchContent, type CaseFiles } from '../support/content-copy.ts';

/**
 * Files an editor's tools can produce that are not what they look like: bytes written here at run
 * time (a link to nowhere, another encoding, a byte-order mark, a runaway paste) rather than kept
 * as fixtures, which editors and git settings could silently "fix". Each one is refused with a
 * message naming the file, and without a stack trace. (Fixture cases: invalid-content.test.ts.)
 */
const TASKS = 'content/milestones/tuyen-quang-xiangkhouang-2021-2025';
const task = (title: string, extra = '') =>
  `---\nagreement: tuyen-quang-xiangkhouang-2021-2025\nareas: [education]\ntitle: ${title}\nsource: { document: tuyen-quang-110-kh-ubnd-2023, section: II.2, item: 1 }\n${extra}---\n`;
const news = (summary: string) => `---\ntitle: Tin thử\nsummary: ${summary}\ndate: 2023-05-19\nsources: [{ document: tuyen-quang-110-kh-ubnd-2023, section: preamble }]\n---\n\nNội dung.\n`;

const scratch = scratchContent();
afterAll(() => scratch.remove());
const problemsOf = async (files: CaseFiles) => (await scratch.check(files)).problems;

describe('files that are not what they look like are refused, naming the file', () => {
  it.each<[string, CaseFiles, { file: string; line?: number; field?: string; message: RegExp }]>([
    [
      'a link to a file that is gone (dangling symlink)',
      { [`${TASKS}/lien-ket.vi.mdx`]: { symlink: 'da-xoa.vi.mdx' } },
      { file: `${TASKS}/lien-ket.vi.mdx`, message: /^Liên kết \(symlink\) trỏ tới tệp không tồn tại/ },
    ],
    [
      'a dangling link outside any collection pattern',
      { 'content/agreements/ghi-chu.txt': { symlink: '/nowhere/ghi-chu.txt' } },
      { file: 'content/agreements/ghi-chu.txt', message: /^Liên kết \(symlink\) trỏ tới tệp không tồn tại/ },
    ],
    [
      'a file saved as Windows-1258 (invalid UTF-8), with the line of the first bad byte',
      // "Nhiệm vụ" with "ệ" as the single Windows-1258 byte 0xD2, on the title's line (4).
      { [`${TASKS}/windows-1258.vi.mdx`]: Buffer.concat(task('Nhi@m vụ').split('@').flatMap((part, i) => (i ? [Buffer.from([0xd2]), Buffer.from(part)] : [Buffer.from(part)]))) },
      { file: `${TASKS}/windows-1258.vi.mdx`, line: 4, message: /^Tệp không phải văn bản UTF-8 hợp lệ .*Windows-1258/ },
    ],
    [
      'a byte-order mark',
      { [`${TASKS}/co-bom.vi.mdx`]: `\uFEFF${task('Nhiệm vụ thử')}` },
      { file: `${TASKS}/co-bom.vi.mdx`, line: 1, message: /^Tệp bắt đầu bằng dấu BOM/ },
    ],
    [
      'a byte-order mark in a YAML data file',
      { 'content/agencies/co-bom.yaml': '\uFEFFprovince: tuyen-quang\ncountry: vn\nkind: department\nname: { vi: Sở thử, lo: ພະແນກທົດລອງ }\ntranslation: { lo: complete }\n' },
      { file: 'content/agencies/co-bom.yaml', line: 1, message: /BOM/ },
    ],
    [
      'a 5 MB summary (refused before it is even parsed)',
      { 'content/news/tom-tat-dai.vi.mdx': news('Tóm tắt rất dài. '.repeat(300_000)) },
      { file: 'content/news/tom-tat-dai.vi.mdx', message: /^Tệp quá lớn \(\d+ KB\): tối đa 256 KB\./ },
    ],
    [
      'a summary longer than 2,000 characters',
      { 'content/news/tom-tat-dai.vi.mdx': news('Tóm tắt rất dài. '.repeat(200)) },
      { file: 'content/news/tom-tat-dai.vi.mdx', line: 3, field: 'summary', message: /^Quá dài \(3399 ký tự\): tối đa 2000 ký tự\./ },
    ],
    [
      'a Lao summary longer than 2,000 characters',
      {
        [`${TASKS}/dich-dai.vi.mdx`]: task('Nhiệm vụ thử', 'summary: Tóm tắt.\n'),
        [`${TASKS}/dich-dai.lo.mdx`]: `---\ntitle: ໜ້າວຽກທົດລອງ\nsummary: ${'ບົດສະຫຼຸບ '.repeat(250)}\ntranslatedFrom: 0123456789ab\n---\n`,
      },
      { file: `${TASKS}/dich-dai.lo.mdx`, line: 3, field: 'summary', message: /^Quá dài \(\d+ ký tự\): tối đa 2000 ký tự\./ },
    ],
    [
      'a file name with capitals and spaces',
      { [`${TASKS}/Nhiem Vu.vi.mdx`]: task('Nhiệm vụ thử') },
      { file: `${TASKS}/Nhiem Vu.vi.mdx`, message: /^Tên tệp "Nhiem Vu" không dùng được làm mã/ },
    ],
    [
      'a folder name that is not an id',
      { 'content/milestones/Thoa Thuan/ii-1.vi.mdx': task('Nhiệm vụ thử') },
      { file: 'content/milestones/Thoa Thuan/ii-1.vi.mdx', message: /^Tên tệp "Thoa Thuan" không dùng được làm mã/ },
    ],
  ])('%s', async (_, files, expected) => {
    const problems = await problemsOf(files);
    expect(problems, formatProblems(problems)).toEqual([expect.objectContaining({ field: '', ...expected, message: expect.stringMatching(expected.message) })]);
    expect(formatProblem(problems[0]!)).not.toMatch(/\n\s+at /);
  });

  it('refuses a billion-laughs YAML in an article\'s front matter without expanding it', async () => {
    const levels = 'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(',')}]`);
    const started = performance.now();
    const problems = await problemsOf({ 'content/news/bom.vi.mdx': `---\ntitle: Tin thử\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${levels.join('\n')}\n---\n` });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(problems).toEqual([{ file: 'content/news/bom.vi.mdx', line: 4, field: '', message: expect.stringMatching(/^Không dùng tham chiếu YAML/) }]);
  });

  it('reads decomposed Vietnamese (e + combining marks) as the composed form', async () => {
    const decomposed = 'Nhiệm vụ thử tiếng Việt'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const session = await scratch.check({ [`${TASKS}/nfd.vi.mdx`]: `${task(decomposed)}\n${decomposed} trong thân bài.\n` });
    expect(session.problems).toEqual([]);
    const entry = session.entries.get('milestones')!.get('tuyen-quang-xiangkhouang-2021-2025/nfd')!;
    expect(entry.data.title).toBe('Nhiệm vụ thử tiếng Việt'.normalize('NFC'));
    expect(entry.body).toContain('Nhiệm vụ thử tiếng Việt'.normalize('NFC'));
  });

  it('forgets a bad file once it is deleted (the next load reports nothing)', async () => {
    expect(await problemsOf({ [`${TASKS}/co-bom.vi.mdx`]: `\uFEFF${task('Nhiệm vụ thử')}` })).toHaveLength(1);
    expect(await problemsOf({})).toEqual([]);
  });
});
