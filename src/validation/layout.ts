import type { CollectionName } from '../schemas/index.ts';

/**
 * Where each collection's files live under `content/`, shared by Astro's loaders
 * and by the content checker so both read exactly the same files.
 */
export interface CollectionLayout {
  /** Folder under content/. */
  base: string;
  pattern: string;
  /** `data`: a YAML file; `frontmatter`: Markdown/MDX with YAML front matter; `map`: one YAML file of keyed entries. */
  format: 'data' | 'frontmatter' | 'map';
  /** Entry id from a path relative to `base`. */
  idOf: (path: string) => string;
}

const withoutExtension = (path: string) => path.replace(/\.(ya?ml|mdx?)$/, '');
const folderOf = (path: string) => path.split('/')[0];

export const layout: Record<CollectionName, CollectionLayout> = {
  provinces: { base: 'provinces', pattern: '*.yaml', format: 'data', idOf: withoutExtension },
  agencies: { base: 'agencies', pattern: '*.yaml', format: 'data', idOf: withoutExtension },
  areas: { base: 'areas', pattern: '*.yaml', format: 'data', idOf: withoutExtension },
  documents: { base: 'documents', pattern: '*.md', format: 'frontmatter', idOf: withoutExtension },
  agreements: { base: 'agreements', pattern: '*.yaml', format: 'data', idOf: withoutExtension },
  // One folder per agreement: the id "agreement/task" is the milestone's stable URL.
  milestones: { base: 'milestones', pattern: '*/*.yaml', format: 'data', idOf: withoutExtension },
  // content/news/<slug>/vi.mdx holds the facts, lo.mdx beside it the Lao prose.
  news: { base: 'news', pattern: '*/vi.mdx', format: 'frontmatter', idOf: folderOf },
  newsLo: { base: 'news', pattern: '*/lo.mdx', format: 'frontmatter', idOf: folderOf },
  glossary: { base: '.', pattern: 'glossary.yaml', format: 'map', idOf: withoutExtension },
  // Yearly days of Vietnam–Laos relations, one file each.
  commemorations: { base: 'commemorations', pattern: '*.yaml', format: 'data', idOf: withoutExtension },
};
