// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteBase } from './src/lib/site-base.ts';
import { languageNotFoundPages } from './src/integrations/language-404.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';

// The public address, used for canonical and hreflang links. Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://hoptac-vietlao.example.org';
// The folder the site is served from: "/" at a domain's root, or e.g. SITE_BASE=/hop-tac/.
// Every internal address goes through src/lib/paths.ts, which reads the same variable.
const base = siteBase(process.env.SITE_BASE);

export default defineConfig({
  site,
  trailingSlash: 'always',
  base,
  // Never inline CSS: the server's Content-Security-Policy allows only style sheets from the site (style-src 'self').
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    contentCheck(),
    mdx(),
    // sitemap-index.xml: every page with its other-language version as an hreflang alternate; not the
    // pages marked noindex (the 404 pages, and the timeline embeds made to be framed by other sites).
    sitemap({
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi', lo: 'lo' } },
      filter: (page) => !/\/404(\.html|\/)?$|^\/(vi|lo)\/embed\//.test(new URL(page).pathname.slice(base.length - 1)),
      // The bilingual landing page "/" is neither language: the plugin would take it for Vietnamese.
      serialize: (item) => {
        const landing = new URL(base, site).href;
        return { ...item, links: item.url === landing ? undefined : item.links?.filter((link) => link.url !== landing) };
      },
    }),
    languageNotFoundPages(),
    // /admin/: the editors' web interface (Decap CMS), written into the build; not a page of the site.
    cmsAdmin(),
  ],
  // assetsInlineLimit 0: Astro would otherwise inline small <script>s into the page, which the server's
  // Content-Security-Policy refuses (script-src 'self', no 'unsafe-inline'); files load from /_astro/.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
