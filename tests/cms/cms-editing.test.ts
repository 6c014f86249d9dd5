// The editors' web interface, driven through its UI in headless Chromium with the local backend
// (decap-server) over a temporary copy of the content: what an editor does, and the files it writes.
import { execFileSync } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/cms/frontmatter.ts';
import { schemas } from '../../src/schemas/index.ts';

const { milestones: milestoneVi, news: newsVi, newsLo: translationLo } = schemas;
import { translationHashAsync } from '../../src/cms/translation-hash.ts';
import { lo, openCms, pick, publish, vi } from '../support/cms-session.ts';
import { buildAt, PROJECT_FILES, projectCopy } from '../support/project-copy.ts';

const AGREEMENT = 'tuyen-quang-xiangkhouang-2021-2025';
const NEWS = '2026-11-20-tuyen-quang-so-ket-bien-ban-hop-tac-voi-tinh-xieng-khoang';
let cms: Awaited<ReturnType<typeof openCms>>;

const git = (...args: string[]) => execFileSync('git', args, { cwd: cms.repo, encoding: 'utf8' });
const read = (path: string) => parseFrontmatter(readFileSync(join(cms.repo, 'content', path), 'utf8'));
/** Lines added and removed by the CMS since the last commit of the temporary copy. */
function changedLines(path: string) {
  const diff = git('diff', '--unified=0', '--', `content/${path}`).split('\n');
  return {
    added: diff.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
    removed: diff.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
  };
}

/** Adds one citation to the list field `list` (a list of { document, section, item }). */
async function addSource(page: Page, addButton: RegExp, section: string, item?: number) {
  await page.getByRole('button', { name: addButton }).first().click();
  await pick(page, vi(page, 'Văn bản', 'last'), 'Kế hoạch');
  await (await vi(page, 'Mục', 'last')).fill(section);
  if (item) await (await vi(page, /^Gạch đầu dòng số/, 'last')).fill(String(item));
}

beforeAll(async () => {
  cms = await openCms();
  execFileSync('git', ['init', '-q'], { cwd: cms.repo });
  git('add', '-A');
  git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'commit', '-qm', 'fixture');
});
afterAll(async () => {
  await cms?.close();
});

describe('editing through /admin/ with the local backend', () => {
  test('an edit to one field changes only that field’s line; the translator’s next save records the new Vietnamese text', async () => {
    const page = await cms.page();
    const path = 'news/2023-05-19-tuyen-quang-ke-hoach-110';
    await page.goto(`${cms.url}#/collections/news/entries/2023-05-19-tuyen-quang-ke-hoach-110`);
    const summary = 'Ngày 19/5/2023, Ủy ban nhân dân tỉnh Tuyên Quang ban hành Kế hoạch 110/KH-UBND thực hiện Biên bản hợp tác với tỉnh Xiêng Khoảng (Lào).';
    await (await vi(page, /^Tóm tắt/)).fill(summary);
    await publish(page);
    await expect.poll(() => changedLines(`${path}.vi.mdx`).added, { timeout: 10_000 }).toEqual([`summary: ${summary}`]);
    expect(changedLines(`${path}.vi.mdx`).removed).toHaveLength(1);
    expect(changedLines(`${path}.vi.mdx`).removed[0]).toMatch(/^summary: /);
    expect(git('status', '--short')).toBe(` M content/${path}.vi.mdx\n`);
    // Opened again, the Lao pane says the Vietnamese changed after the translation was made.
    await page.reload();
    await expect.poll(() => page.getByText('Bản tiếng Việt đã thay đổi sau khi dịch').isVisible(), { timeout: 10_000 }).toBe(true);
    // The translator updates the Lao summary: the Lao file now records the Vietnamese text as it is.
    const laoSummary = 'ວັນທີ 19 ພຶດສະພາ 2023, ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ ໄດ້ອອກແຜນການເລກທີ 110/KH-UBND.';
    await (await lo(page, /^Tóm tắt/)).fill(laoSummary);
    await publish(page);
    // The expected hash comes from the committed Vietnamese file and the new summary, not from the
    // working copy, which Decap may still be rewriting while the Lao file is already on disk.
    const committed = parseFrontmatter(git('show', `HEAD:content/${path}.vi.mdx`));
    const hash = await translationHashAsync([String(committed.data.title), summary], committed.body);
    await expect.poll(() => changedLines(`${path}.lo.mdx`).added, { timeout: 10_000 }).toEqual([`summary: ${laoSummary}`, `translatedFrom: ${hash}`]);
    await expect.poll(() => changedLines(`${path}.vi.mdx`).added, { timeout: 10_000 }).toEqual([`summary: ${summary}`]);
    git('checkout', '--', 'content');
    await page.context().close();
  });

  test('a news article written in both languages: facts in the Vietnamese file, Lao prose in the Lao file', async () => {
    const page = await cms.page();
    await page.goto(`${cms.url}#/collections/news/new`);
    const title = 'Tuyên Quang sơ kết Biên bản hợp tác với tỉnh Xiêng Khoảng';
    await (await vi(page, 'Tiêu đề')).fill(title);
    await (await vi(page, /^Tóm tắt/)).fill('Hội nghị sơ kết việc thực hiện Biên bản hợp tác giai đoạn 2021-2025.');
    await (await vi(page, /^Ngày đăng tin/)).fill('2026-11-20');
    await pick(page, vi(page, /^Thỏa thuận liên quan/), 'Tuyên Quang');
    await pick(page, vi(page, /^Tỉnh liên quan/), 'Xiêng Khoảng');
    await addSource(page, /nguồn/i, 'II');
    await (await vi(page, /^Nội dung/)).fill('Đoạn thứ nhất của tin.\n\nĐoạn thứ hai.');
    await (await lo(page, 'Tiêu đề')).fill('ແຂວງຕວຽນກວາງ ສະຫຼຸບບົດບັນທຶກການຮ່ວມມືກັບແຂວງຊຽງຂວາງ');
    await (await lo(page, /^Tóm tắt/)).fill('ກອງປະຊຸມສະຫຼຸບການຈັດຕັ້ງປະຕິບັດບົດບັນທຶກການຮ່ວມມື ໄລຍະ 2021-2025.');
    await (await lo(page, /^Nội dung/)).fill('ວັກທີໜຶ່ງ.');
    await publish(page);

    const slug = NEWS;
    await expect.poll(() => existsSync(join(cms.repo, `content/news/${slug}.lo.mdx`)), { timeout: 10_000 }).toBe(true);
    const viFile = read(`news/${slug}.vi.mdx`);
    const loFile = read(`news/${slug}.lo.mdx`);
    expect(newsVi.safeParse(viFile.data).error).toBeUndefined();
    expect(viFile.data).toMatchObject({ title, date: '2026-11-20', agreements: [AGREEMENT], provinces: ['xiangkhouang'], sources: [{ document: 'tuyen-quang-110-kh-ubnd-2023', section: 'II' }] });
    expect(viFile.body).toBe('Đoạn thứ nhất của tin.\n\nĐoạn thứ hai.\n');
    // The Lao file: prose only, and the Vietnamese text it was translated from.
    expect(translationLo.safeParse(loFile.data).error).toBeUndefined();
    expect(Object.keys(loFile.data)).toEqual(['title', 'summary', 'translatedFrom']);
    expect(loFile.data.translatedFrom).toBe(await translationHashAsync([title, String(viFile.data.summary)], viFile.body));
    expect(loFile.body).toBe('ວັກທີໜຶ່ງ.\n');
    await page.context().close();
  });

  test('a progress report recorded on an existing task adds only its own lines', async () => {
    const page = await cms.page();
    const path = `milestones/${AGREEMENT}/ii-2-1`;
    await page.goto(`${cms.url}#/collections/milestones/entries/${AGREEMENT}/ii-2-1`);
    await page.getByRole('button', { name: /báo cáo tiến độ/i }).first().click();
    await (await vi(page, 'Ngày báo cáo')).fill('2026-11-20');
    await (await vi(page, 'Tình trạng')).click();
    await page.getByRole('option', { name: /Đang thực hiện/ }).click();
    // Inside the optional note both languages are optional: Decap adds that to the label.
    await (await vi(page, /^Tiếng Việt/, 'last')).fill('Đã tiếp nhận đợt đầu học sinh, sinh viên.');
    await (await vi(page, /^Tiếng Lào/, 'last')).fill('ໄດ້ຮັບນັກຮຽນ, ນັກສຶກສາຊຸດທຳອິດແລ້ວ.');
    await pick(page, vi(page, 'Văn bản', 'last'), 'Kế hoạch');
    await (await vi(page, 'Mục', 'last')).fill('III');
    await publish(page);

    await expect.poll(() => changedLines(`${path}.vi.mdx`).added.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const { added, removed } = changedLines(`${path}.vi.mdx`);
    expect(removed).toEqual([]);
    expect(added).toEqual([
      'status:',
      '- date: 2026-11-20',
      '  status: in-progress',
      '  note:',
      '    vi: Đã tiếp nhận đợt đầu học sinh, sinh viên.',
      '    lo: ໄດ້ຮັບນັກຮຽນ, ນັກສຶກສາຊຸດທຳອິດແລ້ວ.',
      '  source:',
      '    document: tuyen-quang-110-kh-ubnd-2023',
      '    section: III',
    ]);
    expect(milestoneVi.safeParse(read(`${path}.vi.mdx`).data).error).toBeUndefined();
    expect(git('status', '--short', '--', 'content/milestones')).toBe(` M content/${path}.vi.mdx\n`);
    await page.context().close();
  });

  test('a new task with a date in the editors’ notation', async () => {
    const page = await cms.page();
    await page.goto(`${cms.url}#/collections/milestones/new`);
    await (await vi(page, /^Mã/)).fill('ii-9-1');
    await pick(page, vi(page, 'Thỏa thuận'), 'Tuyên Quang');
    await pick(page, vi(page, 'Lĩnh vực'), 'Giáo dục');
    await (await vi(page, 'Tên nhiệm vụ')).fill('Nhiệm vụ thử của bộ kiểm thử');
    await (await vi(page, /^Thời gian thực hiện/)).fill('Quý IV/2026');
    await pick(page, vi(page, /^Cơ quan chủ trì/), 'Tân Trào');
    await pick(page, vi(page, 'Văn bản'), 'Kế hoạch');
    await (await vi(page, 'Mục')).fill('II.2');
    await publish(page);

    const path = `milestones/${AGREEMENT}/ii-9-1.vi.mdx`;
    await expect.poll(() => existsSync(join(cms.repo, 'content', path)), { timeout: 10_000 }).toBe(true);
    const file = read(path);
    expect(milestoneVi.safeParse(file.data).error).toBeUndefined();
    expect(file.data).toMatchObject({ agreement: AGREEMENT, areas: ['education'], when: 'Quý IV/2026', lead: ['truong-dai-hoc-tan-trao'], source: { document: 'tuyen-quang-110-kh-ubnd-2023', section: 'II.2' } });
    expect(file.data).not.toHaveProperty('id');
    // Not translated yet: Decap still writes a Lao file, with no title, which the site reads as "no Lao version".
    expect(readFileSync(join(cms.repo, `content/milestones/${AGREEMENT}/ii-9-1.lo.mdx`), 'utf8')).toBe('---\n# Chưa dịch sang tiếng Lào.\n---\n');
    await page.context().close();
  });

  test('an entry without its Vietnamese title, or with a date the notation does not know, is refused with a message', async () => {
    const page = await cms.page();
    const before = git('status', '--short', '--untracked-files=all');
    await page.goto(`${cms.url}#/collections/milestones/new`);
    await (await vi(page, /^Mã/)).fill('ii-9-2');
    await pick(page, vi(page, 'Thỏa thuận'), 'Tuyên Quang');
    await pick(page, vi(page, 'Lĩnh vực'), 'Giáo dục');
    await (await vi(page, /^Thời gian thực hiện/)).fill('Quý V/2026');
    await pick(page, vi(page, 'Văn bản'), 'Kế hoạch');
    await (await vi(page, 'Mục')).fill('II.2');
    await publish(page, { refused: true });
    await expect.poll(() => page.getByText('Bạn còn thiếu vài thông tin bắt buộc').isVisible()).toBe(true);
    await expect(page.getByText(/Tên nhiệm vụ bắt buộc nhập/i).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Thời gian "Quý V\/2026" không đọc được/).first().isVisible()).resolves.toBe(true);
    expect(git('status', '--short', '--untracked-files=all')).toBe(before);
    await page.context().close();
  });

  test('the editing screen is in Vietnamese, including the strings Decap leaves in English', async () => {
    const page = await cms.page();
    await page.goto(`${cms.url}#/collections/news/new`);
    await page.getByText('Đang viết: VI').waitFor();
    await expect(page.getByText('Đang viết: LO').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /Thêm nguồn/ }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Writing in|Add nguồn/).count()).resolves.toBe(0);
    await page.context().close();
  });

  test('no request leaves 127.0.0.1 and the CMS logs no error', () => {
    expect(cms.outside).toEqual([]);
    expect(cms.consoleErrors).toEqual([]);
  });

  test('the files written pass `npm run check` and the build shows them', () => {
    checkAndBuildWithCmsFiles(cms.repo);
  }, 600_000);
});

/**
 * The project with the content the CMS worked on (the fixture tree and the files it wrote) and the
 * site's glossary, which the CMS does not edit: `npm run check` passes, the build has their pages.
 * Without the real content laid under it, the build is 130 pages, not 980.
 */
function checkAndBuildWithCmsFiles(repo: string) {
  const root = projectCopy(repo, undefined, PROJECT_FILES.filter((path) => path !== 'content'));
  try {
    cpSync('content/glossary.yaml', join(root, 'content/glossary.yaml'));
    const { status, output } = buildAt(root);
    expect(status, output).toBe(0);
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const built = (page: string) => join(root, 'dist', page, 'index.html');
    for (const page of [`vi/news/${NEWS}`, `lo/news/${NEWS}`, `vi/milestones/${AGREEMENT}/ii-9-1`, `vi/milestones/${AGREEMENT}/ii-2-1`]) expect(existsSync(built(page)), page).toBe(true);
    expect(readFileSync(built(`lo/news/${NEWS}`), 'utf8')).toContain('ແຂວງຕວຽນກວາງ ສະຫຼຸບບົດບັນທຶກການຮ່ວມມືກັບແຂວງຊຽງຂວາງ');
    expect(readFileSync(built(`vi/milestones/${AGREEMENT}/ii-2-1`), 'utf8')).toContain('Đã tiếp nhận đợt đầu học sinh, sinh viên.');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
