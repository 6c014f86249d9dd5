import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../validation/check-content.ts';
import { placeholderWarnings } from '../validation/placeholders.ts';
import { formatProblem, formatProblems } from '../validation/problems.ts';
import { readContent } from '../validation/read-content.ts';

/** Problems that stop a build: invalid content, and placeholders the scaffolder left unfilled. */
function blockingReport(root: string): string | undefined {
  const problems = checkContent(`${root}/content`, root);
  if (problems.length > 0) return formatProblems(problems);
  const unfilled = placeholderWarnings(readContent(`${root}/content`, root));
  if (unfilled.length === 0) return undefined;
  return [`Nội dung còn ${unfilled.length} chỗ chưa điền; trang web không được tạo cho đến khi điền xong:`, ...unfilled.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/**
 * Checks all content (schemas, cross-references, citations, translation statuses, safe MDX)
 * before Astro builds anything: a build with invalid content fails whole, never half-published.
 * In `astro dev` the problems are logged instead, so the preview keeps running, and the check
 * runs again whenever a file under content/ changes, so an editor sees the result of each save.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  const report = (logger: AstroIntegrationLogger) => {
    const text = blockingReport(root);
    if (text) logger.error(text);
    else logger.info('Nội dung hợp lệ: không có lỗi.');
  };
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        const text = blockingReport(root);
        if (text && command === 'build') throw new Error(text);
        if (text) logger.error(text);
      },
      'astro:server:setup': ({ server, logger }) => {
        const content = `${root}/content/`;
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(content);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(content)) return;
          clearTimeout(timer);
          // An editor's save can touch several files at once: check once they are all written.
          timer = setTimeout(() => report(logger), 150);
        });
      },
    },
  };
}
