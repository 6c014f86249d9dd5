import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocumentSections } from '../../src/lib/document-sections.ts';
import type { ReferencedCollection } from '../../src/schemas/common.ts';
import { componentProblems, type ComponentContext } from '../../src/validation/mdx-components.ts';
import { scanMdxBody } from '../../src/validation/mdx-safety.ts';

/**
 * The components an editor may use in a body (Quote, EntryLink, Figure, Note): each attribute
 * checked, and each target checked against the content, as written in MDX.
 */
const DOC = 'tuyen-quang-110-kh-ubnd-2023';
const body = readFileSync(`content/documents/${DOC}.md`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const known: Record<ReferencedCollection, string[]> = {
  documents: [DOC],
  milestones: ['tuyen-quang-xiangkhouang-2021-2025/ii-2-1'],
  agreements: ['tuyen-quang-xiangkhouang-2021-2025'],
  areas: ['education'],
  provinces: [],
  agencies: [],
  news: [],
};
const context: ComponentContext = {
  exists: (collection, id) => known[collection].includes(id),
  sections: new Map([[DOC, parseDocumentSections(body)]]),
  mediaExists: (path) => path === 'media/hoi-nghi-2023.jpg',
};

/** The problems of a body that uses components: parse errors, then the components' own rules. */
const problemsOf = (mdx: string) => {
  const { issues, components } = scanMdxBody(mdx);
  return [...issues, ...componentProblems(components, context)].map((p) => p.message);
};

describe('allowed components in article bodies', () => {
  it.each([
    ['Quote of a section', `<Quote document="${DOC}" section="II.2" />`],
    ['Quote of one bullet', `<Quote document="${DOC}" section="II.2" item="1" />`],
    ['EntryLink to a milestone', 'Xem <EntryLink milestone="tuyen-quang-xiangkhouang-2021-2025/ii-2-1" />.'],
    ['EntryLink to an agreement', '<EntryLink agreement="tuyen-quang-xiangkhouang-2021-2025" />'],
    ['EntryLink to an area', '<EntryLink area="education" />'],
    ['Figure of a local image', '<Figure src="media/hoi-nghi-2023.jpg" alt="Hội nghị" caption="Hội nghị sơ kết" credit="Báo Tuyên Quang" />'],
    ['Note with text', '<Note>Số liệu theo kế hoạch, chưa có báo cáo.</Note>'],
    ['Note with Markdown inside', '<Note>\n\nSố liệu **theo kế hoạch**.\n\n</Note>'],
  ])('accepts %s', (_, mdx) => {
    expect(problemsOf(mdx)).toEqual([]);
  });

  it.each([
    // Quote
    ['Quote without a document', '<Quote section="II.2" />', /^<Quote> thiếu thuộc tính document="…"\.$/],
    ['Quote without a section', `<Quote document="${DOC}" />`, /^<Quote> thiếu thuộc tính section="…"\.$/],
    ['Quote with an empty section', `<Quote document="${DOC}" section=" " />`, /thiếu thuộc tính section/],
    ['Quote of an unknown document', '<Quote document="khong-co" section="II.2" />', /^<Quote document="khong-co">: không có văn bản mang mã này/],
    ['Quote of a section the document lacks', `<Quote document="${DOC}" section="II.9" />`, /^<Quote>: văn bản ".*" không có mục "II\.9"\. Các mục có: .*II\.2/],
    ['Quote of a bullet the section lacks', `<Quote document="${DOC}" section="II.2" item="7" />`, /không có gạch đầu dòng số 7 \(có: 1, 2, 3, 4\)/],
    ['Quote with an item that is not a number', `<Quote document="${DOC}" section="II.2" item="hai" />`, /^<Quote item="hai">: item là số thứ tự/],
    ['Quote with item 0', `<Quote document="${DOC}" section="II.2" item="0" />`, /^<Quote item="0">/],
    ['Quote with text inside', `<Quote document="${DOC}" section="II.2">trích</Quote>`, /^<Quote> viết dạng thẻ tự đóng/],
    ['Quote with an unknown attribute', `<Quote document="${DOC}" section="II.2" page="3" />`, /^<Quote> không có thuộc tính "page"; thuộc tính dùng được: document, section, item\.$/],
    // EntryLink
    ['EntryLink with no target', '<EntryLink />', /^<EntryLink> cần đúng một trong: milestone=/],
    ['EntryLink with two targets', '<EntryLink area="education" agreement="tuyen-quang-xiangkhouang-2021-2025" />', /^<EntryLink> cần đúng một trong/],
    ['EntryLink to an unknown milestone', '<EntryLink milestone="tuyen-quang-xiangkhouang-2021-2025/ii-9-9" />', /^<EntryLink milestone=".*ii-9-9">: không có mục nào mang mã này trong content\/milestones\//],
    ['EntryLink to an unknown agreement', '<EntryLink agreement="khong-co" />', /content\/agreements\//],
    ['EntryLink to an unknown area', '<EntryLink area="giao-duc" />', /^<EntryLink area="giao-duc">.*content\/areas\//],
    ['EntryLink to a province (not a link target)', '<EntryLink province="tuyen-quang" />', /^<EntryLink> không có thuộc tính "province"/],
    ['EntryLink with its own text', '<EntryLink area="education">giáo dục</EntryLink>', /^<EntryLink> viết dạng thẻ tự đóng/],
    // Figure
    ['Figure without a credit', '<Figure src="media/hoi-nghi-2023.jpg" alt="a" caption="b" />', /^<Figure> thiếu thuộc tính credit="…"\.$/],
    ['Figure without alt and caption', '<Figure src="media/hoi-nghi-2023.jpg" credit="c" />', /^<Figure> thiếu thuộc tính alt="…", caption="…"\.$/],
    ['Figure of a remote image', '<Figure src="https://anh.example.com/a.jpg" alt="a" caption="b" credit="c" />', /ảnh phải là tệp trong content\/media\//],
    ['Figure outside media/', '<Figure src="news/a.jpg" alt="a" caption="b" credit="c" />', /ảnh phải là tệp trong content\/media\//],
    ['Figure climbing out of media/', '<Figure src="media/../../secret.jpg" alt="a" caption="b" credit="c" />', /ảnh phải là tệp trong content\/media\//],
    ['Figure of a file that is not an image', '<Figure src="media/bao-cao.pdf" alt="a" caption="b" credit="c" />', /ảnh phải là tệp trong content\/media\/ \(jpg, png, webp, avif, gif, svg\)/],
    ['Figure of a missing file', '<Figure src="media/khong-co.jpg" alt="a" caption="b" credit="c" />', /^<Figure src="media\/khong-co\.jpg">: không có tệp content\/media\/khong-co\.jpg\.$/],
    ['Figure with a width', '<Figure src="media/hoi-nghi-2023.jpg" alt="a" caption="b" credit="c" width="300" />', /^<Figure> không có thuộc tính "width"/],
    // Note
    ['empty Note', '<Note />', /^<Note> cần nội dung bên trong: <Note>…<\/Note>\.$/],
    ['Note with an attribute', '<Note kind="warning">Chú ý.</Note>', /^<Note> không có thuộc tính "kind"\.$/],
    // Attributes are fixed text: never an expression
    ['an attribute written as an expression', `<Quote document={"${DOC}"} section="II.2" />`, /không được dùng \{…\}/],
  ])('refuses %s', (_, mdx, message) => {
    expect(problemsOf(mdx)).toEqual([expect.stringMatching(message)]);
  });

  it('reports each use on its own line of the body', () => {
    const { components } = scanMdxBody(`Đoạn một.\n\n<Note>Một.</Note>\n\n<EntryLink area="giao-duc" />\n`);
    expect(componentProblems(components, context)).toEqual([{ line: 5, message: expect.stringMatching(/giao-duc/) }]);
  });
});
