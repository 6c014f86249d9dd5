// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { assetCheck } from './src/integrations/asset-check.ts';
import { securityTxtFile } from './src/integrations/security-txt.ts';
import { siteConfig } from './src/site-config.ts';
import { buildDate } from './src/data/build-date.ts';
import { siteBase } from './src/lib/site-base.ts';
import { languageNotFoundPages } from './src/integrations/language-404.ts';
import { mdxNfc } from './src/integrations/mdx-nfc.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';

// The public address, used for canonical and hreflang links. Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://hoptac-vietlao.example.org';
// The folder the site is served from: "/" at a domain's root, or e.g. SITE_BASE=/hop-tac/.
// Every internal address goes through src/lib/paths.ts, which reads the same variable.
const base = siteBase(process.env.SITE_BASE);

export default defineConfig({
  site,
  // The content layer's store and the image cache live with the project, not in node_modules/.astro:
  // copies of the project that share node_modules (the tests' and the bench's) build side by side
  // and would otherwise overwrite one another's content.
  cacheDir: './.astro/cache/',
  trailingSlash: 'always',
  base,
  // Never inline CSS: the server's Content-Security-Policy allows only style sheets from the site (style-src 'self').
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Images under content/ and public/ are published as they are: no SVG with script or outside
    // references, no file whose bytes are not the image its name says, none over 5 MB.
    assetCheck(),
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
    // /.well-known/security.txt from siteConfig.security (RFC 9116).
    securityTxtFile(siteConfig.security, buildDate),
    // Fonts cut to the characters the built pages show (most of a first visit's bytes).
    fontSubset(),
    // /admin/: the editors' web interface (Decap CMS), written into the build; not a page of the site.
    cmsAdmin(),
  ],
  // assetsInlineLimit 0: Astro would otherwise inline small <script>s into the page, which the server's
  // Content-Security-Policy refuses (script-src 'self', no 'unsafe-inline'); files load from /_astro/.
  vite: {
    plugins: [mdxNfc(), tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every compiled MDX entry carries Astro's "use astro:head-inject" marker, which the bundler
        // reports once per file (hundreds of lines that hide real warnings); Astro handles it.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
