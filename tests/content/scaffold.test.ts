import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectly } from '../../src/loaders/load-directly.ts';
import { PLACEHOLDER } from '../../src/validation/placeholders.ts';
import { formatProblems, type Problem } from '../../src/validation/problems.ts';
import { laoCoverage } from '../../src/lib/translation-status.ts';
import { proseFields } from '../../src/schemas/index.ts';
import { contentWarnings } from '../../src/validation/warnings.ts';
import { newCommand } from '../../scripts/new.ts';
import { contentCopy, runCommand, runScript, type CommandRun } from '../support/content-copy.ts';

/** `npm run new -- …` into a copy of the real content: what it writes must pass the checker. */
const copies: ReturnType<typeof contentCopy>[] = [];
afterAll(() => copies.forEach((c) => c.remove()));
function fresh() {
  const copy = contentCopy();
  copies.push(copy);
  return copy;
}
/** `npm run new -- …args` over the copy, run in this process (the script file itself: the last test). */
const scaffold = (copy: { content: string; root: string }, args: string[]) => runCommand(newCommand, args, copy.root);

const AGREEMENT = 'tuyen-quang-xiangkhouang-2021-2025';
const commands: Record<string, { args: string[]; files: string[] }> = {
  milestone: {
    args: ['milestone', '--agreement', AGREEMENT, '--id', 'ii-9-9', '--section', 'II.2', '--item', '1', '--area', 'education'],
    files: [`content/milestones/${AGREEMENT}/ii-9-9.vi.mdx`],
  },
  news: {
    args: ['news', '--slug', '2026-05-10-tin-thu', '--date', '2026-05-10', '--agreement', AGREEMENT, '--milestone', `${AGREEMENT}/ii-2-1`, '--province', 'tuyen-quang,xiangkhouang'],
    files: ['content/news/2026-05-10-tin-thu.vi.mdx'],
  },
  agreement: {
    args: ['agreement', '--id', 'tuyen-quang-xiangkhouang-2026-2030', '--vn', 'tuyen-quang-2025', '--la', 'xiangkhouang', '--from', '2026', '--to', '2030', '--signed', '2026-03-29', '--plan-date', '2026-05-19', '--issuer', 'ubnd-tuyen-quang'],
    files: ['content/agreements/tuyen-quang-xiangkhouang-2026-2030.vi.mdx', 'content/documents/tuyen-quang-xiangkhouang-2026-2030-ke-hoach.md'],
  },
  agency: {
    args: ['agency', '--id', 'so-y-te-xiangkhouang', '--province', 'xiangkhouang', '--kind', 'department'],
    files: ['content/agencies/so-y-te-xiangkhouang.yaml'],
  },
  // The Lao file of the article above, for a translator (runs after it: entries keep their order).
  translation: {
    args: ['translation', '--file', 'content/news/2026-05-10-tin-thu.vi.mdx'],
    files: ['content/news/2026-05-10-tin-thu.lo.mdx'],
  },
};
const check = async (root: string): Promise<{ problems: Problem[]; warnings: ReturnType<typeof contentWarnings> }> => {
  const session = await loadDirectly(root);
  return { problems: session.problems, warnings: contentWarnings(session) };
};

// Each case reads all content (the first from disk, then mostly from the parse cache): up to seconds on a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
  const copy = fresh();
  const runs: Record<string, CommandRun> = {};
  beforeAll(async () => {
    for (const [kind, { args }] of Object.entries(commands)) runs[kind] = await scaffold(copy, args);
  });

  it.each(Object.keys(commands))('%s: creates its files, exits 0 and lists what to fill in', (kind) => {
    const run = runs[kind]!;
    expect(run.status, run.output).toBe(0);
    for (const file of commands[kind]!.files) {
      expect(existsSync(join(copy.root, file)), file).toBe(true);
      expect(run.stdout).toContain(file);
    }
    // Each place still to write is printed with its file and line.
    expect(run.stdout).toMatch(new RegExp(`${commands[kind]!.files[0]!.replace(/[.]/g, '\\.')}:\\d+ — `));
  });

  it('all together pass the checker: no problem in any file', async () => {
    const { problems } = await check(copy.root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('writes the Vietnamese file alone, with no hand-written translation status: the missing Lao file is a warning', async () => {
    const { warnings } = await check(copy.root);
    for (const file of [...commands.milestone!.files, commands.agreement!.files[0]!]) {
      expect(readFileSync(join(copy.root, file), 'utf8')).not.toMatch(/translation:/);
      expect(warnings.translations.find((w) => w.file === file.replace('.vi.mdx', '.lo.mdx'))?.message, file).toMatch(/chưa dịch \(missing\); còn thiếu: lo\.mdx/);
    }
    // Data files keep their status beside the Vietnamese.
    expect(readFileSync(join(copy.root, commands.agency!.files[0]!), 'utf8')).toMatch(/translation: \{ lo: missing \}/);
    for (const file of Object.values(commands).flatMap((c) => c.files)) {
      expect(warnings.placeholders.some((w) => w.file === file), file).toBe(true);
    }
  });

  it('records in the Lao file the fingerprint of the Vietnamese it translates', async () => {
    const session = await loadDirectly(copy.root);
    const vi = session.entries.get('news')!.get('2026-05-10-tin-thu')!;
    const lo = readFileSync(join(copy.root, commands.translation!.files[0]!), 'utf8');
    const { hash } = laoCoverage(vi, undefined, proseFields.news);
    // Quoted: a fingerprint of digits only would otherwise be read by YAML as a number.
    expect(lo).toMatch(new RegExp(`^translatedFrom: "${hash}"`, 'm'));
    expect(lo).toMatch(/^title: .*CẦN ĐIỀN/m);
  });

  it('starts a milestone\'s summary from the text it cites', () => {
    const text = readFileSync(join(copy.root, commands.milestone!.files[0]!), 'utf8');
    const cited = readFileSync(`content/documents/tuyen-quang-110-kh-ubnd-2023.md`, 'utf8').match(/^- (Tiếp nhận 50 học sinh.*)$/m)![1]!;
    expect(text).toContain(JSON.stringify(cited));
    expect(text).toMatch(/source: \{ document: tuyen-quang-110-kh-ubnd-2023, section: "II\.2", item: 1 \}/);
  });

  it('never overwrites an existing file', async () => {
    const before = readFileSync(join(copy.root, commands.agency!.files[0]!), 'utf8');
    const again = await scaffold(copy, commands.agency!.args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Tệp đã có, không ghi đè: content\/agencies\/so-y-te-xiangkhouang\.yaml/);
    expect(readFileSync(join(copy.root, commands.agency!.files[0]!), 'utf8')).toBe(before);
  });

  it('never writes a second Lao file over a translation', async () => {
    const again = await scaffold(copy, commands.translation!.args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Đã có bản tiếng Lào content\/news\/2026-05-10-tin-thu\.lo\.mdx/);
  });
});

describe('npm run new refuses bad flags with a message in Vietnamese, leaving nothing behind', { timeout: 60_000 }, () => {
  const copy = fresh();
  const listing = () => readdirSync(copy.content, { recursive: true }).map(String).sort();
  const before = listing();
  it.each([
    ['an unknown agreement', ['milestone', '--agreement', 'tuyen-quang', '--id', 'x-1', '--section', 'II.2', '--area', 'education'], /Không có thỏa thuận .* mang mã "tuyen-quang"\. Có phải: tuyen-quang-xiangkhouang-2021-2025/],
    ['an unknown area', ['milestone', '--agreement', AGREEMENT, '--id', 'x-1', '--section', 'II.2', '--area', 'giao-duc'], /Không có lĩnh vực .* mang mã "giao-duc"\. Các mã có: .*education/],
    ['an id with accents', ['agency', '--id', 'sở-y-tế', '--province', 'xiangkhouang'], /Mã cơ quan "sở-y-tế" không hợp lệ/],
    ['a missing required flag', ['milestone', '--agreement', AGREEMENT, '--id', 'x-1', '--area', 'education'], /Thiếu --section, ví dụ: --section II\.2/],
    ['a misspelt flag', ['agency', '--id', 'x', '--provinec', 'xiangkhouang'], /Không có thông tin --provinec cho "agency"/],
    ['an unknown kind', ['blog'], /Không có loại "blog"\. Chọn news, milestone, agreement, agency hoặc translation/],
    ['a translation of a file that is not Vietnamese content', ['translation', '--file', 'content/agencies/ubnd-tuyen-quang.yaml'], /--file là tệp tiếng Việt của một thỏa thuận, lĩnh vực, mốc hoặc tin/],
    ['a translation of a file that does not exist', ['translation', '--file', 'content/news/khong-co.vi.mdx'], /Không đọc được content\/news\/khong-co\.vi\.mdx/],
  ])('%s', async (_, args, message) => {
    const run = await scaffold(copy, args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(listing()).toEqual(before);
  });

  it('a citation the document does not have: the checker\'s message, and the new file removed', async () => {
    const run = await scaffold(copy, ['milestone', '--agreement', AGREEMENT, '--id', 'ii-9-9', '--section', 'II.9', '--area', 'education']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ii-9-9\.vi\.mdx:\d+ — source\.section: Văn bản "tuyen-quang-110-kh-ubnd-2023" không có mục "II\.9"/);
    expect(listing()).toEqual(before);
  });

  it('a date in a notation the site cannot read: the checker\'s message, and the new file removed', async () => {
    const run = await scaffold(copy, ['milestone', '--agreement', AGREEMENT, '--id', 'ii-9-8', '--section', 'II.2', '--area', 'education', '--when', 'Quý V/2026']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ii-9-8\.vi\.mdx:\d+ — when: .*quý phải từ I đến IV/);
    expect(listing()).toEqual(before);
  });

  it('a news article with a bad source: the new file is removed too', async () => {
    const run = await scaffold(copy, ['news', '--slug', 'tin-loi', '--document', 'tuyen-quang-110-kh-ubnd-2023', '--section', 'IX']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/tin-loi\.vi\.mdx:\d+ — sources\.0\.section: .*không có mục "IX"/);
    expect(listing()).toEqual(before);
  });
});

describe('the translator finishing a scaffolded article', { timeout: 60_000 }, () => {
  it('fills in the Lao file made from the finished Vietnamese: valid, no warning; editing the Vietnamese later makes it outdated', async () => {
    const copy = fresh();
    expect((await scaffold(copy, commands.news!.args)).status).toBe(0);
    const vi = join(copy.content, 'news/2026-05-10-tin-thu.vi.mdx');
    const lo = join(copy.content, 'news/2026-05-10-tin-thu.lo.mdx');
    const fill = (file: string, text: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`${PLACEHOLDER}[^"\\n]*`, 'g'), text));
    fill(vi, 'Tuyên Quang đón đoàn Xiêng Khoảng');
    const made = await scaffold(copy, commands.translation!.args);
    expect(made.status, made.output).toBe(0);
    fill(lo, 'ແຂວງຕວຽນກວາງ ຕ້ອນຮັບຄະນະແຂວງຊຽງຂວາງ');
    const done = await check(copy.root);
    expect(done.problems, formatProblems(done.problems)).toEqual([]);
    expect(done.warnings.translations.filter((w) => w.file.includes('2026-05-10-tin-thu'))).toEqual([]);
    expect(done.warnings.placeholders.filter((w) => w.file.includes('2026-05-10-tin-thu'))).toEqual([]);
    // Nobody marks it: the changed Vietnamese no longer matches the fingerprint the Lao file records.
    writeFileSync(vi, `${readFileSync(vi, 'utf8')}\nMột đoạn thêm sau khi dịch.\n`);
    const later = await check(copy.root);
    expect(later.warnings.translations.filter((w) => w.file.includes('2026-05-10-tin-thu')).map((w) => w.message)).toEqual([
      expect.stringMatching(/^Bản tiếng Lào cần cập nhật \(outdated\)/),
    ]);
  });
});

describe('the script file', { timeout: 60_000 }, () => {
  it('runs the command in a new Node process as `npm run new` does: exit code 0, the files written and listed', () => {
    const copy = fresh();
    const run = runScript('new.ts', commands.agency!.args, copy.root);
    expect(run.status, run.output).toBe(0);
    expect(existsSync(join(copy.root, commands.agency!.files[0]!))).toBe(true);
    expect(run.stdout).toContain(`Đã tạo:\n  ${commands.agency!.files[0]}`);
  });
});
