import type { Lang } from './i18n.ts';
import { siteBase } from './site-base.ts';

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

/**
 * The folder the site is served from, without its trailing slash: "" at a domain's root,
 * "/hop-tac" when built with SITE_BASE=/hop-tac/ (see site-base.ts). Astro and Vitest put the
 * environment in import.meta.env; scripts run by plain Node have none: the site is then at the root.
 */
const base = siteBase(import.meta.env?.SITE_BASE).slice(0, -1);

/** An address inside the site, under its base folder: "/favicon.svg" → "/hop-tac/favicon.svg". */
export function withBase(path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Path of a page in one language, under the site's base folder: "/vi/agreements/x/". */
export function localePath(lang: Lang, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return withBase(`/${lang}${clean}`);
}

/** The language-neutral part of a localized path ("/lo/areas/" → "/areas/"). */
export function stripLang(pathname: string): string {
  const match = /^\/(vi|lo)(\/.*)?$/.exec(pathname);
  if (!match) return pathname;
  return match[2] ?? '/';
}
