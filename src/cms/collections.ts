import { z } from 'zod';
import { schemas } from '../schemas/index.ts';
import { laoAreaSchema, laoTitledSchema } from '../schemas/lao-text.ts';

/**
 * The collections editors work on, with the schema of the files they write. MDX entries are pairs:
 * `<id>.vi.mdx` holds every fact and the Vietnamese prose, `<id>.lo.mdx` the Lao prose only.
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

/** The Lao file's frontmatter of a collection: which fields of its MDX entries are translated. */
export function translationSchemaOf(collection: string): z.ZodType {
  return collection === 'areas' ? laoAreaSchema : laoTitledSchema;
}

export const collections: CmsCollection[] = [
  {
    kind: 'mdx', name: 'news', label: 'Tin tức', labelSingular: 'tin', folder: 'content/news', schema: schemas.news,
    slug: '{{fields.date}}-{{slug}}', typedId: false, summary: '{{date}} — {{title}}',
  },
  {
    kind: 'mdx', name: 'milestones', label: 'Nhiệm vụ (mốc)', labelSingular: 'nhiệm vụ', folder: 'content/milestones', schema: schemas.milestones,
    path: '{{agreement}}/{{slug}}', slug: '{{slug}}', typedId: true, summary: '{{dirname}} · {{filename}} — {{title}}',
  },
  {
    kind: 'mdx', name: 'agreements', label: 'Thỏa thuận', labelSingular: 'thỏa thuận', folder: 'content/agreements', schema: schemas.agreements,
    slug: '{{slug}}', typedId: true, summary: '{{title}}',
  },
  {
    kind: 'mdx', name: 'areas', label: 'Lĩnh vực', labelSingular: 'lĩnh vực', folder: 'content/areas', schema: schemas.areas,
    slug: '{{slug}}', typedId: true, summary: '{{name}}',
  },
  { kind: 'yaml', name: 'agencies', label: 'Cơ quan', labelSingular: 'cơ quan', folder: 'content/agencies', schema: schemas.agencies, summary: '{{name.vi}}' },
  { kind: 'yaml', name: 'provinces', label: 'Tỉnh', labelSingular: 'tỉnh', folder: 'content/provinces', schema: schemas.provinces, summary: '{{name.vi}}' },
  {
    kind: 'markdown', name: 'documents', label: 'Văn bản nguồn', labelSingular: 'văn bản', folder: 'content/documents', schema: schemas.documents,
    summary: '{{title.vi}}', hidden: true,
  },
];
