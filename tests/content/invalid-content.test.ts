import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblem } from '../../src/validation/problems.ts';

/**
 * Each folder in tests/content/invalid/ holds real bad files laid over a copy of the real
 * content. The checker must reject each one, naming the file, the field and what is expected.
 */
const M = 'content/milestones/tuyen-quang-xiangkhouang-2021-2025/test.yaml';
const N = 'content/news/test-news/vi.mdx';
const cases: { name: string; file: string; field: string; message: RegExp; line?: number }[] = [
  { name: 'unknown-lead-agency', file: M, field: 'lead.0', message: /Không có cơ quan .*"so-khong-ton-tai"/ },
  { name: 'unknown-area', file: M, field: 'areas.0', message: /Không có lĩnh vực .*"giao-duc"/ },
  { name: 'invalid-quarter', file: M, field: 'when', message: /Quý V\/2023.*quý phải từ I đến IV/ },
  { name: 'nonexistent-day', file: M, field: 'when', message: /không tồn tại.*30\/2\/2023/i },
  { name: 'missing-section', file: M, field: 'source.section', message: /không có mục "II\.9"\. Các mục có: .*II\.2/ },
  { name: 'missing-bullet', file: M, field: 'source.item', message: /Mục "II\.2" .* không có gạch đầu dòng\/dòng số 7 \(có: 1, 2, 3, 4\)/ },
  { name: 'unknown-unit', file: M, field: 'quantities.0.unit', message: /unit phải là một trong: student/ },
  { name: 'negative-quantity', file: M, field: 'quantities.0.value', message: /value phải lớn hơn 0/ },
  { name: 'missing-title', file: M, field: 'title', message: /^Thiếu trường bắt buộc: cần văn bản theo ngôn ngữ/ },
  { name: 'misspelt-field', file: M, field: '', message: /Trường không có trong mẫu: "leadAgency"/ },
  { name: 'lao-field-not-in-lao-script', file: M, field: 'title.lo', message: /phải viết bằng chữ Lào/ },
  { name: 'complete-without-lao', file: M, field: 'translation.lo', message: /Ghi "complete" nhưng còn thiếu bản tiếng Lào ở: title/ },
  { name: 'impossible-status-date', file: M, field: 'status.0.date', message: /"2023-02-30" không tồn tại trên lịch/ },
  {
    name: 'milestone-in-wrong-agreement-folder',
    file: 'content/milestones/some-other-agreement/test.yaml',
    field: 'agreement',
    message: /thư mục "some-other-agreement" nhưng ghi thỏa thuận "tuyen-quang-xiangkhouang-2021-2025"/,
  },
  { name: 'unknown-successor-province', file: 'content/provinces/test-province.yaml', field: 'successor', message: /Không có tỉnh\/huyện .*"bac-ninh-moi"/ },
  { name: 'district-without-parent', file: 'content/provinces/test-district.yaml', field: 'parent', message: /cần mã tỉnh chứa nó/ },
  { name: 'agency-province-not-an-id', file: 'content/agencies/test-agency.yaml', field: 'province', message: /Mã "Tuyên Quang" không hợp lệ/ },
  { name: 'reversed-agreement-period', file: 'content/agreements/test-agreement.yaml', field: 'period', message: /^Năm bắt đầu \(from\) phải trước hoặc bằng năm kết thúc/ },
  { name: 'agreement-unknown-party', file: 'content/agreements/test-agreement.yaml', field: 'parties.1.province', message: /"houaphanh"/ },
  { name: 'document-unknown-issuer', file: 'content/documents/test-document.md', field: 'issuer', message: /Không có cơ quan .*"ubnd-tinh-khong-co"/ },
  { name: 'document-without-front-matter', file: 'content/documents/test-document.md', field: '', message: /front matter/ },
  { name: 'yaml-syntax-error', file: M, field: '', message: /Lỗi cú pháp YAML/ },
  { name: 'lao-news-without-vietnamese', file: 'content/news/test-news/lo.mdx', field: '', message: /không có bản tiếng Việt vi\.mdx/ },
  { name: 'news-unknown-milestone', file: 'content/news/test-news/vi.mdx', field: 'milestones.0', message: /Không có mốc .*"tuyen-quang-xiangkhouang-2021-2025\/ii-9-9"/ },
  { name: 'news-without-source', file: 'content/news/test-news/vi.mdx', field: 'sources', message: /Mỗi tin cần ít nhất một nguồn/ },
  // Safe MDX (src/validation/mdx-safety.ts): each bad body is named with its line in the file.
  { name: 'mdx-script', file: N, field: '', line: 11, message: /^Thẻ <script> bị cấm/ },
  { name: 'mdx-iframe', file: N, field: '', line: 11, message: /^Thẻ <iframe> bị cấm/ },
  { name: 'mdx-style-element', file: N, field: '', line: 11, message: /^Thẻ <style> bị cấm/ },
  { name: 'mdx-event-handler', file: N, field: '', line: 11, message: /^Thuộc tính onClick trong thẻ <span> bị cấm/ },
  { name: 'mdx-javascript-link', file: N, field: '', line: 11, message: /^Liên kết "javascript:alert\(1\)" bị cấm/ },
  { name: 'mdx-external-image', file: N, field: '', line: 11, message: /^Ảnh "https:\/\/anh\.example\.com\/hoi-nghi\.jpg" phải là tệp đặt cạnh bài viết/ },
  { name: 'mdx-unknown-component', file: N, field: '', line: 11, message: /^Thẻ <BanDo> không được phép trong bài viết: chỉ viết Markdown/ },
  { name: 'mdx-import', file: N, field: '', line: 11, message: /^Không được dùng "import" hay "export"/ },
  { name: 'mdx-expression', file: N, field: '', line: 11, message: /^Không được dùng biểu thức trong ngoặc nhọn/ },
  { name: 'mdx-syntax-error', file: N, field: '', line: 11, message: /^Lỗi cú pháp MDX \(cột 10\).*"\\<"/ },
  { name: 'mdx-root-link', file: N, field: '', line: 11, message: /^Liên kết "\/vi\/agreements\/.*" bắt đầu bằng "\/" sẽ hỏng/ },
  { name: 'mdx-lao-inline-style', file: 'content/news/test-news/lo.mdx', field: '', line: 8, message: /^Thuộc tính style trong thẻ <p> bị cấm/ },
];

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function checkWithOverlay(name: string) {
  const root = mkdtempSync(join(tmpdir(), `content-${name}-`));
  roots.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync(join('tests/content/invalid', name), root, { recursive: true });
  return checkContent(join(root, 'content'), root);
}

describe('invalid content is rejected with the file, field and what is expected', () => {
  it.each(cases)('$name', ({ name, file, field, message, line }) => {
    const problems = checkWithOverlay(name);
    const match = problems.find((p) => p.file === file && p.field === field && message.test(p.message) && (line === undefined || p.line === line));
    expect(match, `expected a problem in ${file}${line ? `:${line}` : ''} at "${field}" matching ${message}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    // The problem is about the bad file only: the real content stays valid.
    expect(problems.every((p) => p.file === file)).toBe(true);
  });

  it('points at the line of the bad field', () => {
    const problems = checkWithOverlay('unknown-lead-agency');
    expect(problems[0].line).toBe(6);
    expect(formatProblem(problems[0])).toBe(
      `${M}:6 — lead.0: Không có cơ quan trong content/agencies/ mang mã "so-khong-ton-tai".`,
    );
  });

  it('every fixture folder has an expectation', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync('tests/content/invalid').sort()).toEqual(cases.map((c) => c.name).sort());
  });
});
