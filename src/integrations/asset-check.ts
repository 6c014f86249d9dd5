import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectImage, isImageFile } from '../lib/asset-safety.ts';

/**
 * Folders whose images reach the site: content/ (editors' figures, content/media/…) and public/
 * (copied to the site as they are).
 */
export const ASSET_FOLDERS = ['content', 'public'] as const;

export interface AssetProblem {
  /** Path from the project root, with "/" on every system. */
  file: string;
  message: string;
}

function imageFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return imageFiles(path);
    return entry.isFile() && isImageFile(entry.name) ? [path] : [];
  });
}

/**
 * Every problem of every image under `folders` of the project at `root` (src/lib/asset-safety.ts
 * says what is checked). For the build (below) and for `npm run check`.
 */
export function checkAssets(root: string, folders: readonly string[] = ASSET_FOLDERS): AssetProblem[] {
  return folders.flatMap((folder) =>
    imageFiles(join(root, folder)).flatMap((path) => {
      const file = relative(root, path).split(sep).join('/');
      return inspectImage(file, readFileSync(path)).map((message) => ({ file, message }));
    }),
  );
}

export function formatAssetProblems(problems: AssetProblem[]): string {
  return [`Ảnh không an toàn để đăng (${problems.length} lỗi); sửa hoặc xoá tệp:`, ...problems.map((p) => `  ${p.file} — ${p.message}`)].join('\n');
}

/**
 * Refuses unsafe images before Astro builds anything: an SVG that runs script or loads other
 * sites' files, a file whose bytes are not the image its name says, an image over the size limit.
 * In `astro dev` the problems are logged instead, and an image added or changed is checked again.
 */
export function assetCheck(): AstroIntegration {
  let root = '';
  const report = (logger: AstroIntegrationLogger) => {
    const problems = checkAssets(root);
    if (problems.length > 0) logger.error(formatAssetProblems(problems));
    return problems;
  };
  return {
    name: 'asset-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root).replace(/[\\/]$/, '');
        const problems = checkAssets(root);
        if (problems.length > 0 && command === 'build') throw new Error(formatAssetProblems(problems));
        if (problems.length > 0) logger.error(formatAssetProblems(problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        const folders = ASSET_FOLDERS.map((folder) => join(root, folder) + sep);
        server.watcher.on('all', (event, path) => {
          if ((event === 'add' || event === 'change') && isImageFile(path) && folders.some((f) => path.startsWith(f))) {
            if (report(logger).length === 0) logger.info('Ảnh hợp lệ.');
          }
        });
      },
    },
  };
}
