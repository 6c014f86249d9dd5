import { readFileSync } from 'node:fs';
import { builtPaths, DIST } from './built-site.ts';

/**
 * One representative built page per template, per language: what browser checks run on.
 * Chosen from dist/ by URL shape, so new content never needs a test edit.
 */
const shapes: Record<string, RegExp> = {
  home: /^\/LANG\/$/,
  agreements: /^\/LANG\/agreements\/$/,
  agreement: /^\/LANG\/agreements\/[^/]+\/$/,
  milestones: /^\/LANG\/milestones\/$/,
  milestone: /^\/LANG\/milestones\/[^/]+\/[^/]+\/$/,
  areas: /^\/LANG\/areas\/$/,
  area: /^\/LANG\/areas\/[^/]+\/$/,
  provinces: /^\/LANG\/provinces\/$/,
  province: /^\/LANG\/provinces\/[^/]+\/$/,
  agencies: /^\/LANG\/agencies\/$/,
  agency: /^\/LANG\/agencies\/[^/]+\/$/,
  documents: /^\/LANG\/documents\/$/,
  document: /^\/LANG\/documents\/[^/]+\/$/,
  news: /^\/LANG\/news\/$/,
  article: /^\/LANG\/news\/[^/]+\/$/,
  glossary: /^\/LANG\/glossary\/$/,
  translations: /^\/LANG\/translations\/$/,
  // Timelines (issue 5): the full timeline, one page per filter value, their embeds, the commemorations.
  timeline: /^\/LANG\/timeline\/$/,
  'timeline-filter': /^\/LANG\/timeline\/[^/]+\/[^/]+\/$/,
  embed: /^\/LANG\/embed\/timeline\/(?:[^/]+\/[^/]+\/)?$/,
  commemorations: /^\/LANG\/commemorations\/$/,
  // The partnerships' history (issue 15): all agreements, and one per agreement.
  history: /^\/LANG\/history\/$/,
  'history-filter': /^\/LANG\/history\/[^/]+\/$/,
  // News, feeds, open data, map (issue 7): news list pages after the first, map, data page, per-language 404.
  'news-page': /^\/LANG\/news\/page\/\d+\/$/,
  map: /^\/LANG\/map\/$/,
  data: /^\/LANG\/data\/$/,
  'not-found-lang': /^\/LANG\/404\.html$/,
  // Search (issue 6): the one page with a script (js budget in budgets.config.json).
  search: /^\/LANG\/search\/$/,
};

/** Templates the current content may not need: a second news page exists only past 10 articles. */
const optional = new Set(['news-page']);

export interface Template {
  name: string;
  lang: 'vi' | 'lo' | 'both';
  path: string;
}

export function templates(root = DIST): Template[] {
  const paths = builtPaths(root).sort();
  const list: Template[] = [
    { name: 'landing', lang: 'both', path: '/' },
    { name: 'not-found', lang: 'both', path: '/404.html' },
  ];
  for (const lang of ['vi', 'lo'] as const) {
    for (const [name, shape] of Object.entries(shapes)) {
      const pattern = new RegExp(shape.source.replace('LANG', lang));
      // The richest example: the page with the most HTML is the hardest to get right.
      const path = paths.filter((p) => pattern.test(p)).sort((a, b) => b.length - a.length)[0];
      if (!path && optional.has(name)) continue;
      if (!path) throw new Error(`No built page for template "${name}" in ${lang}`);
      list.push({ name, lang, path });
    }
  }
  return list;
}

/** The template a built page belongs to ("milestone", "landing", …), or undefined. */
export function templateOf(path: string): string | undefined {
  if (path === '/') return 'landing';
  if (path === '/404.html') return 'not-found';
  const neutral = path.replace(/^\/(vi|lo)\//, '/LANG/');
  return Object.entries(shapes).find(([, shape]) => new RegExp(shape.source.replace('LANG', 'LANG')).test(neutral))?.[0];
}

export interface Budget {
  html: number;
  css: number;
  fonts: number;
  js: number;
  total: number;
}

/** The budget of a template: budgets.config.json's default with the template's overrides. */
export function budgetOf(template: string): Budget {
  const config = JSON.parse(readFileSync('budgets.config.json', 'utf8')) as { default: Budget; templates: Record<string, Partial<Budget>> };
  return { ...config.default, ...config.templates[template] };
}

/** The templates of a content page, whose first visits issue 16 budgets: `npm run bench` prints their median per language. */
export const CONTENT_PAGE_TEMPLATES = ['agreement', 'milestone', 'area', 'province', 'agency', 'document', 'article'];

/** Templates that must ship no JavaScript at all. */
export const contentTemplates = ['history', 'history-filter', 'agreement', 'milestone', 'area', 'province', 'agency', 'document', 'article', 'embed', 'commemorations', 'map', 'data', 'news', 'news-page', 'not-found-lang'];
