import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsConfigYaml, DEFAULT_LOCAL_BACKEND, type CmsConfigOptions } from '../cms/config.ts';

/**
 * The editors' web interface at /admin/: Decap CMS from its npm package (pinned in package.json),
 * copied into the build so that nothing loads from another host, with the configuration generated
 * from the schemas and the site's own additions (src/cms/admin/main.ts). Not an Astro page, so it is
 * in neither the sitemap nor the search index; its own Content-Security-Policy is in deploy/nginx.conf.
 */

const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const adminEntry = fileURLToPath(new URL('../cms/admin/main.ts', import.meta.url));

/** decap-cms.js and the chunks it loads from beside itself (webpack's automatic public path). */
const isDecapFile = (name: string) => /^(\d+\.)?decap-cms\.js$/.test(name);

const PAGE = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Biên tập nội dung — Hợp tác Việt – Lào</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="decap-cms.js"></script>
<script src="admin.js"></script>
</body>
</html>
`;

/** Writes the whole /admin/ folder into `dir`. */
export async function writeAdmin(dir: string, options: CmsConfigOptions = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const decap = readdirSync(decapDist).filter(isDecapFile);
  for (const name of decap) copyFileSync(join(decapDist, name), join(dir, name));
  await build({ entryPoints: [adminEntry], bundle: true, format: 'iife', minify: true, target: 'es2022', outfile: join(dir, 'admin.js'), logLevel: 'silent' });
  writeFileSync(join(dir, 'config.yml'), cmsConfigYaml(options));
  writeFileSync(join(dir, 'index.html'), PAGE);
  return [...decap, 'admin.js', 'config.yml', 'index.html'];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.yml': 'text/yaml; charset=utf-8' };

export function cmsAdmin(options: Omit<CmsConfigOptions, 'siteUrl' | 'localBackendUrl'> = {}): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'cms-admin',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      // `npm run cms` / `npm run dev`: the same files, written once into node_modules/.cache and served from there.
      'astro:server:setup': async ({ server, logger }) => {
        const dir = join(process.cwd(), 'node_modules/.cache/cms-admin');
        await writeAdmin(dir, { ...options, localBackendUrl: process.env.CMS_LOCAL_BACKEND ?? DEFAULT_LOCAL_BACKEND, siteUrl: site });
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (!path.startsWith(`${base}admin`)) return next();
          if (path === `${base}admin`) {
            res.writeHead(301, { location: `${base}admin/` }).end();
            return;
          }
          const name = path.slice(`${base}admin/`.length) || 'index.html';
          try {
            const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, '')));
            res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
          } catch {
            next();
          }
        });
        logger.info(`giao diện biên tập: ${base}admin/`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeAdmin(join(fileURLToPath(dir), 'admin'), { ...options, siteUrl: site });
        logger.info(`/admin/: ${files.length} files (Decap CMS ${require('decap-cms/package.json').version})`);
      },
    },
  };
}
