import { findCitation, type DocumentSection } from '../lib/document-sections.ts';
import type { ReferencedCollection } from '../schemas/common.ts';

/** One use of an allowed component in a body, its attributes as written (all plain strings). */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  /** Line in the body, 1-based. */
  line: number;
  hasChildren: boolean;
}

/** What the checks need to know about the rest of the content. */
export interface ComponentContext {
  exists: (collection: ReferencedCollection, id: string) => boolean;
  sections: Map<string, DocumentSection[]>;
  /** Whether content/<path> is an image file (paths start with "media/"). */
  mediaExists?: (path: string) => boolean;
}

interface Rule {
  required: readonly string[];
  optional: readonly string[];
  /** Whether the component wraps text of its own. */
  children: 'required' | 'forbidden';
  check?: (attributes: Record<string, string>, context: ComponentContext) => string | undefined;
}

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const linkTargets = ['milestone', 'agreement', 'area'] as const;
const collectionOf = { milestone: 'milestones', agreement: 'agreements', area: 'areas' } as const;

/** Each component's attributes, with what they must point at. Usage is shown in docs/huong-dan-bien-tap.md. */
export const componentRules: Record<string, Rule> = {
  Quote: {
    required: ['document', 'section'],
    optional: ['item'],
    children: 'forbidden',
    check: ({ document, section, item }, context) => {
      if (!context.exists('documents', document!)) return `<Quote document="${document}">: không có văn bản mang mã này trong content/documents/.`;
      if (item !== undefined && !/^[1-9]\d*$/.test(item)) return `<Quote item="${item}">: item là số thứ tự gạch đầu dòng, từ 1.`;
      const found = findCitation(context.sections.get(document!) ?? [], section!, item === undefined ? undefined : Number(item));
      if (found.ok) return undefined;
      return found.reason === 'section'
        ? `<Quote>: văn bản "${document}" không có mục "${section}". Các mục có: ${found.available.join(', ')}.`
        : `<Quote>: mục "${section}" của văn bản "${document}" không có gạch đầu dòng số ${item} (có: ${found.available.join(', ') || 'không có'}).`;
    },
  },
  EntryLink: {
    required: [],
    optional: linkTargets,
    children: 'forbidden',
    check: (attributes, context) => {
      const given = linkTargets.filter((k) => attributes[k] !== undefined);
      if (given.length !== 1) return '<EntryLink> cần đúng một trong: milestone="thoa-thuan/ma-moc", agreement="ma-thoa-thuan" hoặc area="ma-linh-vuc".';
      const kind = given[0]!;
      if (!context.exists(collectionOf[kind], attributes[kind]!)) return `<EntryLink ${kind}="${attributes[kind]}">: không có mục nào mang mã này trong content/${collectionOf[kind]}/.`;
      return undefined;
    },
  },
  Figure: {
    required: ['src', 'alt', 'caption', 'credit'],
    optional: [],
    children: 'forbidden',
    check: ({ src }, context) => {
      if (!src!.startsWith('media/') || src!.includes('..') || !IMAGE.test(src!)) {
        return `<Figure src="${src}">: ảnh phải là tệp trong content/media/ (jpg, png, webp, avif, gif, svg), ghi dạng src="media/ten-anh.jpg".`;
      }
      if (context.mediaExists && !context.mediaExists(src!)) return `<Figure src="${src}">: không có tệp content/${src}.`;
      return undefined;
    },
  },
  Note: { required: [], optional: [], children: 'required' },
};

/** Problems with the attributes and targets of the allowed components a body uses. */
export function componentProblems(uses: ComponentUse[], context: ComponentContext): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (const use of uses) {
    const rule = componentRules[use.name];
    if (!rule) continue;
    const report = (message: string) => problems.push({ line: use.line, message });
    const known = [...rule.required, ...rule.optional];
    const unknown = Object.keys(use.attributes).filter((a) => !known.includes(a));
    if (unknown.length > 0) {
      report(`<${use.name}> không có thuộc tính ${unknown.map((a) => `"${a}"`).join(', ')}${known.length ? `; thuộc tính dùng được: ${known.join(', ')}` : ''}.`);
      continue;
    }
    const missing = rule.required.filter((a) => !use.attributes[a]?.trim());
    if (missing.length > 0) {
      report(`<${use.name}> thiếu thuộc tính ${missing.map((a) => `${a}="…"`).join(', ')}.`);
      continue;
    }
    if (rule.children === 'forbidden' && use.hasChildren) report(`<${use.name}> viết dạng thẻ tự đóng <${use.name} … />: nội dung của nó lấy từ dữ liệu, không viết bên trong.`);
    if (rule.children === 'required' && !use.hasChildren) report(`<${use.name}> cần nội dung bên trong: <${use.name}>…</${use.name}>.`);
    const problem = rule.check?.(use.attributes, context);
    if (problem) report(problem);
  }
  return problems;
}
