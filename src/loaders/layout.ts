import type { CollectionName } from '../schemas/index.ts';

/**
 * Where each collection's files live under `content/`. The content loader reads exactly these
 * files; any other file in a content folder is reported, so nothing is silently left unpublished.
 */
export interface CollectionLayout {
  /** Folder under content/ ("." for content/ itself). */
  base: string;
  /** Path below `base`, segments separated by "/", "*" matching within one segment. */
  pattern: string;
  /**
   * `yaml`: one entry per YAML file; `map`: one YAML file of keyed entries;
   * `mdx`/`md`: front matter between "---" lines, then the body.
   */
  format: 'yaml' | 'map' | 'mdx' | 'md';
}

export const layout: Record<CollectionName, CollectionLayout> = {
  provinces: { base: 'provinces', pattern: '*.yaml', format: 'yaml' },
  agencies: { base: 'agencies', pattern: '*.yaml', format: 'yaml' },
  // Facts and Vietnamese prose in <id>.vi.mdx; the Lao prose beside it in <id>.lo.mdx
  // (the layout Decap-compatible CMSs call "multiple_files").
  areas: { base: 'areas', pattern: '*.vi.mdx', format: 'mdx' },
  areasLo: { base: 'areas', pattern: '*.lo.mdx', format: 'mdx' },
  documents: { base: 'documents', pattern: '*.md', format: 'md' },
  agreements: { base: 'agreements', pattern: '*.vi.mdx', format: 'mdx' },
  agreementsLo: { base: 'agreements', pattern: '*.lo.mdx', format: 'mdx' },
  // One folder per agreement: the id "agreement/task" is the milestone's stable URL.
  milestones: { base: 'milestones', pattern: '*/*.vi.mdx', format: 'mdx' },
  milestonesLo: { base: 'milestones', pattern: '*/*.lo.mdx', format: 'mdx' },
  news: { base: 'news', pattern: '*.vi.mdx', format: 'mdx' },
  newsLo: { base: 'news', pattern: '*.lo.mdx', format: 'mdx' },
  glossary: { base: '.', pattern: 'glossary.yaml', format: 'map' },
  // Yearly days of Vietnam–Laos relations, one file each.
  commemorations: { base: 'commemorations', pattern: '*.yaml', format: 'yaml' },
};

/** Folder under content/ for images that MDX bodies show (`<Figure src="media/…">`); not entries. */
export const MEDIA_FOLDER = 'media';

/** The entry id of a file matched by a collection's pattern: its path without the language and extension. */
export function idOf(path: string): string {
  return path.replace(/(\.(vi|lo))?\.(ya?ml|mdx?)$/, '');
}

/** An id is lowercase ASCII words joined by hyphens, per path segment: it becomes a URL. */
export const ID_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `path` (relative to the collection's base, "/"-separated) matches `pattern`. */
export function matches(pattern: string, path: string): boolean {
  const parts = pattern.split('/');
  const segments = path.split('/');
  return (
    parts.length === segments.length &&
    parts.every((part, i) => new RegExp(`^${part.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(segments[i]!))
  );
}
