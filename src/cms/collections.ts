import type { z } from 'zod';
import { agency, agreementVi, areaVi, document, milestoneVi, newsVi, province, translationLo } from './interim-schemas.ts';

/**
 * The collections editors work on, with the schema of the files they write. MDX entries are pairs:
 * `<id>.vi.mdx` holds every fact and the Vietnamese prose, `<id>.lo.mdx` the Lao prose only.
 * After issue 12 lands, import the real schemas here (the vi frontmatter schema of each collection,
 * the Lao frontmatter schema, agencies, provinces, documents) and delete interim-schemas.ts.
 */
export interface MdxCollection {
  kind: 'mdx';
  name: string;
  label: string;
  labelSingular: string;
  folder: string;
  /** Schema of the Vietnamese file's frontmatter. */
  schema: z.ZodType;
  /** Nested folders: milestones live in content/milestones/<agreement>/<task>.vi.mdx. */
  path?: string;
  /** How a new entry's file name is made. */
  slug: string;
  /** An entry's id is typed by the editor (`id` field, never written into the file). */
  typedId: boolean;
  summary: string;
}

export interface DataCollection {
  kind: 'yaml' | 'markdown';
  name: string;
  label: string;
  labelSingular: string;
  folder: string;
  schema: z.ZodType;
  summary: string;
  /** Shown for references only: the hosted source documents are verbatim texts, not edited here. */
  hidden?: boolean;
}

export type CmsCollection = MdxCollection | DataCollection;

/** The Lao file's frontmatter: which fields of an MDX entry are translated. */
export const translationSchema: z.ZodType = translationLo;

export const collections: CmsCollection[] = [
  {
    kind: 'mdx', name: 'news', label: 'Tin tức', labelSingular: 'tin', folder: 'content/news', schema: newsVi,
    slug: '{{fields.date}}-{{slug}}', typedId: false, summary: '{{date}} — {{title}}',
  },
  {
    kind: 'mdx', name: 'milestones', label: 'Nhiệm vụ (mốc)', labelSingular: 'nhiệm vụ', folder: 'content/milestones', schema: milestoneVi,
    path: '{{agreement}}/{{slug}}', slug: '{{slug}}', typedId: true, summary: '{{dirname}} · {{filename}} — {{title}}',
  },
  {
    kind: 'mdx', name: 'agreements', label: 'Thỏa thuận', labelSingular: 'thỏa thuận', folder: 'content/agreements', schema: agreementVi,
    slug: '{{slug}}', typedId: true, summary: '{{title}}',
  },
  {
    kind: 'mdx', name: 'areas', label: 'Lĩnh vực', labelSingular: 'lĩnh vực', folder: 'content/areas', schema: areaVi,
    slug: '{{slug}}', typedId: true, summary: '{{title}}',
  },
  { kind: 'yaml', name: 'agencies', label: 'Cơ quan', labelSingular: 'cơ quan', folder: 'content/agencies', schema: agency, summary: '{{name.vi}}' },
  { kind: 'yaml', name: 'provinces', label: 'Tỉnh', labelSingular: 'tỉnh', folder: 'content/provinces', schema: province, summary: '{{name.vi}}' },
  {
    kind: 'markdown', name: 'documents', label: 'Văn bản nguồn', labelSingular: 'văn bản', folder: 'content/documents', schema: document,
    summary: '{{title.vi}}', hidden: true,
  },
];
