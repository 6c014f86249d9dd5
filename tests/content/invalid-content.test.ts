import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from '../../src/validation/problems.ts';
import { scratchContent } from '../support/content-copy.ts';

/**
 * Each folder in tests/content/invalid/ holds real bad files laid over a copy of the real
 * content. Loading the content (the loaders and checks of `npm run check` and the build) must
 * reject each one, naming the file, the field, the line where known, and what is expected.
 */
const M = 'content/milestones/tuyen-quang-xiangkhouang-2021-2025/test.vi.mdx';
const ML = 'content/milestones/tuyen-quang-xiangkhouang-2021-2025/test.lo.mdx';
const N = 'content/news/test-news.vi.mdx';
const NL = 'content/news/test-news.lo.mdx';
const A = 'content/agreements/test-agreement.vi.mdx';
const cases: { name: string; file: string; field: string; message: RegExp; line?: number }[] = [
  // Facts in the Vietnamese file, checked against the schema and the other collections.
  { name: 'unknown-lead-agency', file: M, field: 'lead.1', line: 6, message: /^Không có cơ quan trong content\/agencies\/ mang mã "so-khong-ton-tai"\.$/ },
  { name: 'lead-not-a-list', file: M, field: 'lead', line: 6, message: /^lead là danh sách mã cơ quan chủ trì, ví dụ lead: \[so-ngoai-vu-tuyen-quang\]\.$/ },
  { name: 'unknown-area', file: M, field: 'areas.0', line: 3, message: /Không có lĩnh vực .*"giao-duc"/ },
  { name: 'invalid-quarter', file: M, field: 'when', line: 6, message: /Quý V\/2023.*quý phải từ I đến IV/ },
  { name: 'nonexistent-day', file: M, field: 'when', line: 6, message: /không tồn tại.*30\/2\/2023/i },
  { name: 'missing-section', file: M, field: 'source.section', line: 5, message: /không có mục "II\.9"\. Các mục có: .*II\.2/ },
  { name: 'missing-bullet', file: M, field: 'source.item', line: 5, message: /Mục "II\.2" .* không có gạch đầu dòng\/dòng số 7 \(có: 1, 2, 3, 4\)/ },
  { name: 'unknown-unit', file: M, field: 'quantities.0.unit', line: 7, message: /unit phải là một trong: student/ },
  { name: 'negative-quantity', file: M, field: 'quantities.0.value', line: 7, message: /value phải lớn hơn 0/ },
  // The Vietnamese title is a plain line of text in the .vi.mdx file.
  { name: 'missing-title', file: M, field: 'title', message: /^Thiếu tiêu đề tiếng Việt: tiếng Việt là ngôn ngữ gốc, bắt buộc có\.$/ },
  { name: 'title-as-language-map', file: M, field: 'title', line: 4, message: /tiêu đề tiếng Việt/ },
  { name: 'misspelt-field', file: M, field: '', message: /Trường không có trong mẫu: "leadAgency"/ },
  // Translation status is computed from the files, never written by hand in an MDX pair.
  { name: 'translation-status-written-by-hand', file: M, field: '', message: /Trường không có trong mẫu: "translation"/ },
  { name: 'impossible-status-date', file: M, field: 'status.0.date', line: 7, message: /"2023-02-30" không tồn tại trên lịch/ },
  {
    name: 'milestone-in-wrong-agreement-folder',
    file: 'content/milestones/some-other-agreement/test.vi.mdx',
    field: 'agreement',
    line: 2,
    message: /thư mục "some-other-agreement" nhưng ghi thỏa thuận "tuyen-quang-xiangkhouang-2021-2025"/,
  },
  { name: 'unknown-successor-province', file: 'content/provinces/test-province.yaml', field: 'successor', line: 5, message: /Không có tỉnh\/huyện .*"bac-ninh-moi"/ },
  { name: 'district-without-parent', file: 'content/provinces/test-district.yaml', field: 'parent', message: /cần mã tỉnh chứa nó/ },
  { name: 'agency-province-not-an-id', file: 'content/agencies/test-agency.yaml', field: 'province', line: 1, message: /Mã "Tuyên Quang" không hợp lệ/ },
  { name: 'reversed-agreement-period', file: A, field: 'period', line: 8, message: /^Năm bắt đầu \(from\) phải trước hoặc bằng năm kết thúc/ },
  { name: 'agreement-unknown-party', file: A, field: 'parties.1.province', line: 7, message: /"houaphanh"/ },
  { name: 'area-without-description', file: 'content/areas/test-area.vi.mdx', field: 'description', message: /^Thiếu mô tả tiếng Việt/ },
  { name: 'document-unknown-issuer', file: 'content/documents/test-document.md', field: 'issuer', line: 5, message: /Không có cơ quan .*"ubnd-tinh-khong-co"/ },
  { name: 'document-without-front-matter', file: 'content/documents/test-document.md', field: '', line: 1, message: /front matter/ },
  { name: 'yaml-syntax-error', file: M, field: '', line: 4, message: /^Lỗi cú pháp YAML/ },
  { name: 'news-unknown-milestone', file: N, field: 'milestones.0', line: 5, message: /Không có mốc .*"tuyen-quang-xiangkhouang-2021-2025\/ii-9-9"/ },
  { name: 'news-without-source', file: N, field: 'sources', line: 5, message: /Mỗi tin cần ít nhất một nguồn/ },
  // The Lao file holds only the translated prose and what it was translated from.
  { name: 'lao-title-not-in-lao-script', file: ML, field: 'title', line: 2, message: /^Tiêu đề tiếng Lào phải viết bằng chữ Lào\.$/ },
  { name: 'lao-file-repeats-facts', file: ML, field: '', message: /Trường không có trong mẫu: "agreement"/ },
  { name: 'lao-without-translated-from', file: ML, field: 'translatedFrom', message: /^Cần translatedFrom/ },
  // A fingerprint of digits only, unquoted, is a number to YAML.
  { name: 'lao-fingerprint-read-as-number', file: ML, field: 'translatedFrom', line: 3, message: /^translatedFrom phải viết trong dấu ngoặc kép/ },
  { name: 'lao-summary-without-vietnamese', file: ML, field: 'summary', line: 3, message: /Bản tiếng Việt không có "summary"/ },
  { name: 'lao-news-without-vietnamese', file: NL, field: '', message: /không có bản tiếng Việt bên cạnh: cần tệp content\/news\/test-news\.vi\.mdx/ },
  // Prose has a maximum length: a runaway paste is refused, not published.
  { name: 'title-too-long', file: M, field: 'title', line: 4, message: /^Quá dài \(319 ký tự\): tối đa 300 ký tự\./ },
  { name: 'label-too-long', file: M, field: 'quantities.0.of.vi', message: /^Quá dài \(2249 ký tự\): tối đa 2000 ký tự\./ },
  // Robust reading (the cases that need bytes or links written at run time: robust-reading.test.ts).
  { name: 'alias-bomb', file: 'content/agencies/test-agency.yaml', field: '', line: 7, message: /^Không dùng tham chiếu YAML/ },
  { name: 'file-name-not-an-id', file: 'content/news/Tin Mới.vi.mdx', field: '', message: /^Tên tệp "Tin Mới" không dùng được làm mã \(id\)/ },
  { name: 'stray-text-file', file: 'content/agreements/notes.txt', field: '', message: /^Tệp này không thuộc mẫu tên nào nên sẽ không được đăng\. Các mẫu: .*content\/agreements\/\*\.vi\.mdx/ },
  { name: 'milestone-saved-as-yaml', file: 'content/milestones/tuyen-quang-xiangkhouang-2021-2025/test.yaml', field: '', message: /không thuộc mẫu tên nào.*content\/milestones\/\*\/\*\.vi\.mdx/ },
  // Safe MDX (src/validation/mdx-safety.ts): each bad body is named with its line in the file.
  { name: 'mdx-script', file: N, field: '', line: 10, message: /^Thẻ <script> bị cấm/ },
  { name: 'mdx-iframe', file: N, field: '', line: 10, message: /^Thẻ <iframe> bị cấm/ },
  { name: 'mdx-style-element', file: N, field: '', line: 10, message: /^Thẻ <style> bị cấm/ },
  { name: 'mdx-event-handler', file: N, field: '', line: 10, message: /^Thuộc tính onClick trong thẻ <span> bị cấm/ },
  { name: 'mdx-javascript-link', file: N, field: '', line: 10, message: /^Liên kết "javascript:alert\(1\)" bị cấm/ },
  { name: 'mdx-external-image', file: N, field: '', line: 10, message: /^Ảnh "https:\/\/anh\.example\.com\/hoi-nghi\.jpg" phải là tệp/ },
  { name: 'mdx-unknown-component', file: N, field: '', line: 10, message: /^Thẻ <BanDo> không được phép trong bài viết: chỉ viết Markdown.*thành phần được phép: <Quote>, <EntryLink>, <Figure>, <Note>/ },
  { name: 'mdx-import', file: N, field: '', line: 10, message: /^Không được dùng "import" hay "export"/ },
  { name: 'mdx-expression', file: N, field: '', line: 10, message: /^Không được dùng biểu thức trong ngoặc nhọn/ },
  { name: 'mdx-syntax-error', file: N, field: '', line: 10, message: /^Lỗi cú pháp MDX \(cột 10\).*"\\<"/ },
  { name: 'mdx-root-link', file: N, field: '', line: 10, message: /^Liên kết "\/vi\/agreements\/.*" bắt đầu bằng "\/" sẽ hỏng/ },
  { name: 'mdx-lao-inline-style', file: NL, field: '', line: 9, message: /^Thuộc tính style trong thẻ <p> bị cấm/ },
  // The allowed components, checked against the content they point at.
  { name: 'mdx-quote-unknown-section', file: N, field: '', line: 10, message: /^<Quote>: văn bản "tuyen-quang-110-kh-ubnd-2023" không có mục "II\.9"\. Các mục có: .*II\.2/ },
  { name: 'mdx-entry-link-unknown-milestone', file: N, field: '', line: 10, message: /^<EntryLink milestone="tuyen-quang-xiangkhouang-2021-2025\/ii-9-9">: không có mục nào mang mã này/ },
  { name: 'mdx-figure-outside-media', file: N, field: '', line: 10, message: /^<Figure src="https:\/\/anh\.example\.com\/a\.jpg">: ảnh phải là tệp trong content\/media\// },
  { name: 'mdx-note-empty', file: N, field: '', line: 10, message: /^<Note> cần nội dung bên trong/ },
];

const scratch = scratchContent();
afterAll(() => scratch.remove());
const problemsOf = async (name: string) => (await scratch.check(scratch.filesOf(join('tests/content/invalid', name)))).problems;

describe('invalid content is rejected with the file, field and what is expected', () => {
  it.each(cases)('$name', async ({ name, file, field, message, line }) => {
    const problems = await problemsOf(name);
    const match = problems.find((p) => p.file === file && p.field === field && message.test(p.message) && (line === undefined || p.line === line));
    expect(match, `expected a problem in ${file}${line ? `:${line}` : ''} at "${field}" matching ${message}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    // The problem is about the bad file only: the real content stays valid.
    expect(problems.every((p) => p.file === file), formatProblems(problems)).toBe(true);
  });

  it('points at the line of the bad field, in the words an editor reads', async () => {
    const [problem] = await problemsOf('unknown-lead-agency');
    expect(formatProblem(problem!)).toBe(`${M}:6 — lead.1: Không có cơ quan trong content/agencies/ mang mã "so-khong-ton-tai".`);
  });

  it('loads the real content with no problem once a case is taken away', async () => {
    const session = await scratch.check({});
    expect(session.problems, formatProblems(session.problems)).toEqual([]);
  });

  it('every fixture folder has an expectation', () => {
    expect(readdirSync('tests/content/invalid').sort()).toEqual(cases.map((c) => c.name).sort());
  });
});
