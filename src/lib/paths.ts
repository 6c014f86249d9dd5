import type { Lang } from './i18n.ts';

/** URL segment of each kind of page; the same in both languages so a page keeps its slug. */
export const sections = {
  agreements: 'agreements',
  milestones: 'milestones',
  areas: 'areas',
  provinces: 'provinces',
  agencies: 'agencies',
  documents: 'documents',
  news: 'news',
} as const;
export type SectionName = keyof typeof sections;

/** Language-neutral path of a page ("/agreements/x/"), joined to a language by `localePath`. */
export function pagePath(section?: SectionName, id?: string): string {
  if (!section) return '/';
  return id ? `/${sections[section]}/${id}/` : `/${sections[section]}/`;
}

/** Path of a page in one language: "/vi/agreements/x/". */
export function localePath(lang: Lang, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `/${lang}${clean}`;
}

/** The language-neutral part of a localized path ("/lo/areas/" → "/areas/"). */
export function stripLang(pathname: string): string {
  const match = /^\/(vi|lo)(\/.*)?$/.exec(pathname);
  if (!match) return pathname;
  return match[2] ?? '/';
}
