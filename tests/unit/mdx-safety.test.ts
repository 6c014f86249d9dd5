import { describe, expect, it } from 'vitest';
import { checkMdxBody, mdxProblems } from '../../src/validation/mdx-safety.ts';

const messages = (body: string, allowed?: string[]) => checkMdxBody(body, allowed).map((i) => i.message);

describe('safe MDX: what an article may contain', () => {
  it('accepts plain Markdown: headings, emphasis, lists, tables, web and mail links, images beside the article', () => {
    const body = [
      '## Kết quả',
      '',
      'Đoạn có **chữ đậm**, *nghiêng*, [liên kết](https://tuyenquang.gov.vn) và [thư](mailto:sngv@tuyenquang.gov.vn).',
      '',
      '- một',
      '- hai',
      '',
      '| Năm | Học viên |',
      '| --- | --- |',
      '| 2026 | 4 |',
      '',
      '![Lễ khai giảng](./khai-giang.jpg)',
      '',
      'Xem [mục II](#s-II) và [trang thỏa thuận](../../agreements/x/). Dấu \\{ và \\< viết được.',
    ].join('\n');
    expect(checkMdxBody(body)).toEqual([]);
  });

  it.each([
    ['raw script', '<script>alert(1)</script>', /^Thẻ <script> bị cấm/],
    ['script inside another element', '<div><script src="https://x.example/a.js"></script></div>', /^Thẻ <script> bị cấm/],
    ['iframe', '<iframe src="https://example.com"></iframe>', /^Thẻ <iframe> bị cấm/],
    ['object', '<object data="x.swf"></object>', /^Thẻ <object> bị cấm/],
    ['style element', '<style>{"p{}"}</style>', /^Thẻ <style> bị cấm/],
    ['event handler, any case', '<p onMouseOver="x()">a</p>', /^Thuộc tính onMouseOver trong thẻ <p> bị cấm/],
    ['style attribute', '<p style="color:red">a</p>', /^Thuộc tính style trong thẻ <p> bị cấm/],
    ['any HTML element', '<div>a</div>', /^Thẻ <div> không được phép/],
    ['fragment', '<>a</>', /^Không được dùng thẻ rỗng/],
    ['javascript: link', '[a](javascript:alert(1))', /^Liên kết "javascript:alert\(1\)" bị cấm/],
    ['javascript: link in another case', '[a](JaVaScRiPt:alert(1))', /^Liên kết "JaVaScRiPt:alert\(1\)" bị cấm/],
    ['javascript: link by reference', '[a][x]\n\n[x]: javascript:alert(1)', /^Liên kết "javascript:alert\(1\)" bị cấm/],
    ['data: link', '[a](data:text/html,hi)', /"data:" chạy mã/],
    ['vbscript: link', '[a](vbscript:x)', /"vbscript:" chạy mã/],
    ['other scheme', '[a](file:///etc/passwd)', /giao thức "file:" không được phép/],
    ['link from the site root', '[a](/vi/news/)', /bắt đầu bằng "\/" sẽ hỏng/],
    ['image from another host', '![a](https://img.example.com/a.png)', /^Ảnh "https:\/\/img\.example\.com\/a\.png" phải là tệp đặt cạnh bài viết/],
    ['image from another host, scheme-relative', '![a](//img.example.com/a.png)', /^Ảnh "\/\/img\.example\.com\/a\.png"/],
    ['image by reference from another host', '![a][p]\n\n[p]: https://img.example.com/a.png', /^Ảnh "https:\/\/img\.example\.com\/a\.png"/],
    ['data: image', '![a](data:image/png;base64,AAAA)', /^Ảnh "data:image/],
    ['import', "import X from './x.js'", /^Không được dùng "import" hay "export"/],
    ['export', 'export const a = 1', /^Không được dùng "import" hay "export"/],
    ['expression', 'Năm {2026 + 1}', /^Không được dùng biểu thức trong ngoặc nhọn/],
    ['expression in an attribute of an allowed component', '<Note loai={x}>a</Note>', /^Thuộc tính loai trong thẻ <Note> không được dùng \{…\}/],
    ['spread attribute', '<Note {...props}>a</Note>', /^Không được dùng \{…\} trong thẻ <Note>/],
  ])('rejects %s', (_, body, expected) => {
    const found = messages(body, ['Note']);
    expect(found.some((m) => expected.test(m)), found.join('\n')).toBe(true);
  });

  it('allows listed components only, and their attributes only as plain text', () => {
    expect(messages('<Note loai="ghi-chu">**Lưu ý**: a</Note>', ['Note'])).toEqual([]);
    expect(messages('<Note>a</Note>', [])).toEqual([expect.stringMatching(/^Thẻ <Note> không được phép.*hiện chưa có thành phần nào/)]);
    expect(messages('<Note onClick="x()">a</Note>', ['Note'])).toEqual([expect.stringMatching(/^Thuộc tính onClick/)]);
    expect(messages('<Note>[a](javascript:x)</Note>', ['Note'])).toEqual([expect.stringMatching(/^Liên kết "javascript:x" bị cấm/)]);
  });

  it('reports a syntax error at the "<" that caused it (line, column), and how to write "<" and "{" as text', () => {
    const [issue, ...rest] = checkMdxBody('Một\n\nHai <3 ba\n');
    expect(rest).toEqual([]);
    expect(issue.line).toBe(3);
    expect(issue.message).toMatch(/^Lỗi cú pháp MDX \(cột 5\).*hãy viết "\\<" và "\\{"/);
  });

  it('gives each problem the line of the file, after the front matter', () => {
    const problems = mdxProblems({ file: 'content/news/x/vi.mdx', body: 'a\n\n<script>x</script>\n', bodyLine: 9 });
    expect(problems).toEqual([{ file: 'content/news/x/vi.mdx', line: 11, field: '', message: expect.stringMatching(/<script>/) }]);
    expect(mdxProblems({ file: 'content/documents/x.md', body: '<script>x</script>', bodyLine: 9 })).toEqual([]);
  });
});
