import { mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';
import { imageProblem, linkProblem } from './mdx-urls.ts';
import { componentProblems, type ComponentUse, type ComponentContext } from './mdx-components.ts';

/**
 * What an MDX body may contain. MDX can run code and emit any HTML, and an article is
 * written by editors, not developers: a body may use Markdown and the components listed
 * here, nothing else. The body is parsed with satteri, the parser @astrojs/mdx compiles
 * with, so the check sees exactly what the build would compile.
 */

/**
 * Components a body may use (src/components/prose/, passed to every `<Content components>`):
 * a quoted source passage, a link to an entry, a figure, a note. Their attributes are checked
 * in mdx-components.ts.
 */
export const allowedComponents: readonly string[] = ['Quote', 'EntryLink', 'Figure', 'Note'];

/** Elements named in their own message: each one runs code, embeds another site or restyles the page. */
const forbiddenElements: Record<string, string> = {
  script: 'Thẻ <script> bị cấm: bài viết không được chứa mã chạy trên trình duyệt.',
  iframe: 'Thẻ <iframe> bị cấm: không được nhúng trang của trang web khác vào bài.',
  frame: 'Thẻ <frame> bị cấm: không được nhúng trang của trang web khác vào bài.',
  object: 'Thẻ <object> bị cấm: không được nhúng nội dung từ nơi khác vào bài.',
  embed: 'Thẻ <embed> bị cấm: không được nhúng nội dung từ nơi khác vào bài.',
  style: 'Thẻ <style> bị cấm: cách trình bày do giao diện chung của trang quyết định.',
  link: 'Thẻ <link> bị cấm: bài viết không được tải thêm tệp từ nơi khác.',
  meta: 'Thẻ <meta> bị cấm trong bài viết.',
  base: 'Thẻ <base> bị cấm trong bài viết.',
  form: 'Thẻ <form> bị cấm: bài viết không được chứa biểu mẫu.',
};

export interface MdxIssue {
  /** Line in the body, 1-based. */
  line: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Every problem in an MDX body, in document order. */
export function checkMdxBody(body: string, allowed: readonly string[] = allowedComponents): MdxIssue[] {
  return scanMdxBody(body, allowed).issues;
}

/** The problems of an MDX body, and the allowed components it uses (for the checks that need other entries). */
export function scanMdxBody(body: string, allowed: readonly string[] = allowedComponents): { issues: MdxIssue[]; components: ComponentUse[] } {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    return { components: [], issues: [{
      line: at ? Number(at[1]) : 1,
      message: `Lỗi cú pháp MDX${at ? ` (cột ${at[2]})` : ''}: ${message.replace(/^\d+:\d+:\s*/, '')}. Trong bài viết, "<" và "{" có nghĩa riêng: muốn viết chúng như chữ thường, hãy viết "\\<" và "\\{"; liên kết viết dạng [chữ](https://…).`,
    }] };
  }

  const issues: MdxIssue[] = [];
  const components: ComponentUse[] = [];
  const walk = (node: Node, visit: (node: Node, line: number) => void, line = 1) => {
    const here = node.position?.start.line ?? line;
    visit(node, here);
    node.children?.forEach((child) => walk(child, visit, here));
  };
  // Reference-style links and images ("[x][ref]", "[ref]: url") take their address from a definition:
  // a definition used by an image is held to the image rule.
  const imageRefs = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'imageReference') imageRefs.add(String(node.identifier));
  });

  walk(tree, (node, line) => {
    const report = (message: string | undefined) => message && issues.push({ line, message });
    switch (node.type) {
      case 'mdxjsEsm':
        report('Không được dùng "import" hay "export" trong bài viết: chỉ viết nội dung bằng Markdown.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report('Không được dùng biểu thức trong ngoặc nhọn {…}: đó là mã chạy khi tạo trang. Muốn viết dấu "{" như chữ thường, hãy viết "\\{".');
        break;
      case 'html':
        report('Không được chèn HTML vào bài viết: chỉ viết Markdown.');
        break;
      case 'link':
        report(linkProblem(node.url ?? ''));
        break;
      case 'image':
        report(imageProblem(node.url ?? ''));
        break;
      case 'definition':
        report(imageRefs.has(String(node.identifier)) ? imageProblem(node.url ?? '') : linkProblem(node.url ?? ''));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const found = elementIssues(node, line, allowed);
        issues.push(...found);
        if (found.length === 0 && allowed.includes(node.name ?? '')) {
          const attributes = Object.fromEntries((node.attributes ?? []).map((a) => [a.name ?? '', typeof a.value === 'string' ? a.value : '']));
          components.push({ name: node.name!, attributes, line, hasChildren: (node.children?.length ?? 0) > 0 });
        }
        break;
      }
    }
  });
  return { issues, components };
}

function elementIssues(node: Node, line: number, allowed: readonly string[]): MdxIssue[] {
  const issues: MdxIssue[] = [];
  const name = node.name ?? '';
  const allowedList = allowed.length ? allowed.map((c) => `<${c}>`).join(', ') : 'hiện chưa có thành phần nào';
  if (!name) {
    issues.push({ line, message: 'Không được dùng thẻ rỗng <>…</> trong bài viết: chỉ viết Markdown.' });
  } else if (forbiddenElements[name.toLowerCase()]) {
    issues.push({ line, message: forbiddenElements[name.toLowerCase()] });
  } else if (!allowed.includes(name)) {
    issues.push({ line, message: `Thẻ <${name}> không được phép trong bài viết: chỉ viết Markdown (in đậm **…**, liên kết [chữ](https://…), danh sách "- …"); thành phần được phép: ${allowedList}.` });
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      issues.push({ line, message: `Không được dùng {…} trong thẻ <${name}>: thuộc tính phải là chữ cố định, ví dụ loai="ghi-chu".` });
      continue;
    }
    const attr = attribute.name ?? '';
    if (/^on/i.test(attr)) {
      issues.push({ line, message: `Thuộc tính ${attr} trong thẻ <${name}> bị cấm: đó là mã chạy khi người đọc bấm hoặc di chuột.` });
    } else if (attr.toLowerCase() === 'style') {
      issues.push({ line, message: `Thuộc tính style trong thẻ <${name}> bị cấm: cách trình bày do giao diện chung của trang quyết định.` });
    } else if (attribute.value && typeof attribute.value === 'object') {
      issues.push({ line, message: `Thuộc tính ${attr} trong thẻ <${name}> không được dùng {…}: hãy viết giá trị trong dấu ngoặc kép.` });
    } else if (typeof attribute.value === 'string' && /^(href|action|formaction|xlink:href)$/i.test(attr)) {
      const problem = linkProblem(attribute.value);
      if (problem) issues.push({ line, message: problem });
    } else if (typeof attribute.value === 'string' && /^(src|srcset|poster)$/i.test(attr) && /^(img|source|video|audio|picture)$/i.test(name)) {
      const problem = imageProblem(attribute.value);
      if (problem) issues.push({ line, message: problem });
    }
  }
  return issues;
}

/**
 * The MDX rules applied to a content entry: its body, if it is an .mdx file, with the file's line
 * numbers; with `context`, also whether each component points at something that exists.
 */
export function mdxProblems(entry: { file: string; body?: string; bodyLine?: number }, context?: ComponentContext): Problem[] {
  if (!entry.file.endsWith('.mdx') || entry.body === undefined) return [];
  const offset = (entry.bodyLine ?? 1) - 1;
  const { issues, components } = scanMdxBody(entry.body);
  const all = [...issues, ...(context ? componentProblems(components, context) : [])];
  return all.map((issue) => ({ file: entry.file, line: issue.line + offset, field: '', message: issue.message }));
}
