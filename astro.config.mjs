// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';

// The public address, used for canonical and hreflang links. Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://hoptac-vietlao.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
