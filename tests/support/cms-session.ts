import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { writeAdmin } from '../../src/integrations/cms-admin.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

/** The fixture content tree in issue 12's layout (tests/cms/make-fixture.ts writes it). */
export const FIXTURE_CONTENT = 'tests/cms/fixture/content';

/** decap-server in file-system mode over `repo`, on 127.0.0.1 only; resolves once it listens. */
export async function startLocalBackend(repo: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`decap-server did not start:\n${output}`)), 20_000);
    const watch = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('listening')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.on('exit', (code) => fail(new Error(`decap-server exited (${code}):\n${output}`)));
  });
  return child;
}

/**
 * The CMS as an editor runs it with `npm run cms`, over a temporary copy of `content` (the real
 * content/ is never written by tests): /admin/ served on 127.0.0.1, decap-server on another port.
 * Every request to any other host is refused and recorded in `outside`.
 */
export async function openCms(content = FIXTURE_CONTENT) {
  const repo = mkdtempSync(join(tmpdir(), 'cms-repo-'));
  cpSync(content, join(repo, 'content'), { recursive: true });
  const port = await freePort();
  const site = mkdtempSync(join(tmpdir(), 'cms-site-'));
  await writeAdmin(join(site, 'admin'), { localBackendUrl: `http://127.0.0.1:${port}/api/v1`, backend: { name: 'github', repo: 'test/test', branch: 'main' } });
  const backend = await startLocalBackend(repo, port);
  const server = await serveStatic(site);
  let browser: Browser;
  try {
    browser = await launchBrowser('shell');
  } catch (error) {
    backend.kill();
    await server.close();
    throw error;
  }
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  return {
    repo,
    url: `${server.url}/admin/`,
    outside,
    consoleErrors,
    /** A page signed in to the local backend, at the collections list (or at the sign-in, with `signIn` false). */
    async page(width = 1280, height = 900, signIn = true): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
      await context.route('**/*', (route) => {
        const { hostname } = new URL(route.request().url());
        if (hostname === '127.0.0.1' || route.request().url().startsWith('data:') || route.request().url().startsWith('blob:')) return route.continue();
        outside.push(route.request().url());
        return route.abort();
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto(`${server.url}/admin/`);
      if (!signIn) {
        await page.getByRole('button', { name: /Đăng nhập|Login/ }).waitFor();
        return page;
      }
      // The local backend asks for no account: one button opens the CMS.
      await page.getByRole('button', { name: /Đăng nhập|Login/ }).click();
      await page.getByRole('link', { name: 'Tin tức' }).first().waitFor();
      return page;
    },
    async close() {
      await browser.close();
      backend.kill();
      await server.close();
      rmSync(repo, { recursive: true, force: true });
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/**
 * Fields by label in one language's pane: Vietnamese on the left half of the editor, Lao on the right.
 * (Decap also renders each fact, hidden, in the Lao pane, so a label alone matches twice.)
 */
async function inPane(page: Page, label: string | RegExp, pane: 'vi' | 'lo', which: 'first' | 'last' = 'first') {
  const half = (page.viewportSize()?.width ?? 1280) / 2;
  for (let attempt = 0; attempt < 50; attempt++) {
    const matches = [];
    for (const element of await page.getByLabel(label, { exact: typeof label === 'string' }).all()) {
      const box = await element.boundingBox();
      if (box && box.width > 0 && (pane === 'vi' ? box.x < half : box.x >= half)) matches.push(element);
    }
    const found = which === 'first' ? matches[0] : matches.at(-1);
    if (found) return found;
    await page.waitForTimeout(200);
  }
  throw new Error(`No field "${label}" in the ${pane} pane`);
}
export const vi = (page: Page, label: string | RegExp, which: 'first' | 'last' = 'first') => inPane(page, label, 'vi', which);
export const lo = (page: Page, label: string | RegExp) => inPane(page, label, 'lo');

/** A reference picker (react-select): type part of a Vietnamese name, take the first match. */
export async function pick(page: Page, field: Promise<Locator>, text: string) {
  const input = await field;
  await input.click();
  await input.pressSequentially(text);
  await page.getByRole('option', { name: new RegExp(text) }).first().click();
}

/**
 * Publishes the open entry. Unless the entry is expected to be refused, waits for Decap's
 * "saved" notice (Mục đã được lưu), shown once the local backend has written every language's file: reading the
 * files earlier can catch one of them half written.
 */
export async function publish(page: Page, { refused = false } = {}) {
  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  if (!refused) await page.getByText('Mục đã được lưu').first().waitFor({ timeout: 15_000 });
}

