import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languages } from '../lib/i18n.ts';

/**
 * Astro writes src/pages/[lang]/404.astro as /vi/404/index.html: only a top-level 404 page
 * becomes 404.html. The static host (nginx, issue 8) serves /vi/404.html for unknown addresses
 * under /vi/, so this moves each language's page there once the build is done.
 */
export function languageNotFoundPages(): AstroIntegration {
  return {
    name: 'language-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const lang of languages) {
          const built = `${root}/${lang}/404/index.html`;
          if (!existsSync(built)) throw new Error(`language-404: ${built} was not built`);
          renameSync(built, `${root}/${lang}/404.html`);
          rmdirSync(`${root}/${lang}/404`);
        }
        logger.info(`moved ${languages.map((l) => `/${l}/404/`).join(', ')} to ${languages.map((l) => `/${l}/404.html`).join(', ')}`);
      },
    },
  };
}
