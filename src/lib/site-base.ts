/**
 * The folder the site is served from, from SITE_BASE: "/" at a domain's root, "/hop-tac/" for
 * SITE_BASE=hop-tac, /hop-tac or /hop-tac/. Read by astro.config.mjs (Astro's `base`, for its own
 * assets) and by src/lib/paths.ts (every link the pages write), so both always agree.
 * Not Astro's import.meta.env.BASE_URL: Astro fills import.meta.env from the whole environment,
 * so a BASE_URL variable left in a shell or CI job would silently replace it.
 */
export function siteBase(raw: string | undefined): string {
  const inner = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}
