import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../validation/check-content.ts';
import { formatProblems } from '../validation/problems.ts';

/**
 * Checks all content (schemas, cross-references, citations, translation statuses) before
 * Astro builds anything: a build with invalid content fails whole, never half-published.
 * In `astro dev` the problems are logged instead, so the preview keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkContent(`${root}/content`, root);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
