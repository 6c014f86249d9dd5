import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths.ts';

/** Every page may be indexed (the 404 pages say noindex themselves); the sitemap lists them with their languages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
