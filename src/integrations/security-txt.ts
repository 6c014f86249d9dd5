import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securitySettingsProblems, securityTxt, type SecuritySettings } from '../lib/security-txt.ts';

/**
 * Writes /.well-known/security.txt into the build from the publisher's settings. Invalid
 * settings stop the build at once; with no contact set yet, the build says so and writes no file
 * (RFC 9116 requires a contact, and none may be made up).
 */
export function securityTxtFile(settings: SecuritySettings, today: string): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'security-txt',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = securitySettingsProblems(settings);
        if (problems.length > 0) throw new Error(`src/site-config.ts:\n${problems.join('\n')}`);
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const text = securityTxt(settings, { site: site ?? 'https://localhost/', today });
        if (!text) {
          logger.warn('No /.well-known/security.txt: set siteConfig.security.contacts in src/site-config.ts (RFC 9116 requires a contact).');
          return;
        }
        const folder = join(fileURLToPath(dir), '.well-known');
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'security.txt'), text);
        logger.info('Wrote /.well-known/security.txt');
      },
    },
  };
}
