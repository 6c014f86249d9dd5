// Screenshots of the main pages in both languages at phone and desktop widths, for a person
// to look at: `npm run screens` (after a build). Files go to .tmp/screens/.
// Then the editors' web interface (/admin/, with its local backend over a temporary copy of the test
// content), into docs/images/cms/, where the editors' guide shows them (`-- --cms` takes only these).
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../tests/support/static-server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { cmsScreens } from './screens-cms.ts';

const cmsOnly = process.argv.includes('--cms');
const pages = (cmsOnly ? [] : process.argv[2]?.split(',') ?? [
  '/',
  '/vi/',
  '/lo/',
  '/vi/agreements/tuyen-quang-xiangkhouang-2021-2025/',
  '/lo/agreements/tuyen-quang-xiangkhouang-2021-2025/',
  '/lo/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-2-1/',
  '/vi/milestones/tuyen-quang-xiangkhouang-2021-2025/ii-5-1/',
  '/lo/documents/tuyen-quang-110-kh-ubnd-2023/',
  '/lo/provinces/tuyen-quang/',
  '/lo/agreements/gia-lai-southern-laos-2026-2030/',
  '/lo/milestones/gia-lai-southern-laos-2026-2030/ii-2-1/',
  '/vi/milestones/bac-giang-xaisomboun-2021-2025/ii-3-3/',
  '/lo/documents/khanh-hoa-592-kh-ubnd-2022/',
  '/vi/agencies/so-nong-nghiep-ptnt-bac-giang/',
  '/lo/translations/',
]);
const widths = { phone: 390, desktop: 1280 };
const out = '.tmp/screens';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  for (const [name, width] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const file = `${out}/${name}${path.replace(/\//g, '_') || '_'}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
await cmsScreens('docs/images/cms');
