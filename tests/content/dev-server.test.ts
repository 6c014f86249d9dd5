import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy, startDev } from '../support/project-copy.ts';

/**
 * `npm run dev` with a bad file: the live preview keeps running, logs the problem naming the
 * file, and shows it on the pages it serves, so an editor sees what to fix without a restart.
 */
const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

describe('npm run dev with a bad file', () => {
  // A byte-order mark: the file cannot be read at all (not merely invalid), the hardest case for a preview.
  const root = projectCopy();
  const bad = 'content/milestones/tuyen-quang-xiangkhouang-2021-2025/co-bom.vi.mdx';
  writeFileSync(join(root, bad), '\uFEFF---\nagreement: tuyen-quang-xiangkhouang-2021-2025\nareas: [education]\ntitle: Nhiệm vụ thử\nsource: { document: tuyen-quang-110-kh-ubnd-2023, section: II.2, item: 1 }\n---\n');
  let server: ReturnType<typeof startDev> | undefined;
  afterAll(() => {
    server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps running, logs the problem with the file, and serves pages that show it', async () => {
    const port = await freePort();
    server = startDev(root, port);
    const logged = await server.waitFor(new RegExp(`${bad.replace(/[.]/g, '\\.')}:1 — Tệp bắt đầu bằng dấu BOM`), 90_000);
    expect(logged).toBeTruthy();
    await server.waitFor(/ready in \d+ ms/, 60_000);
    // Vite may still be optimising dependencies on the first requests: ask again for up to a minute.
    let response: Response | undefined;
    for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 1_000))) {
      response = await fetch(`http://127.0.0.1:${port}/vi/`, { signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
      if (response?.status === 200) break;
    }
    expect(response?.status, server.output).toBe(200);
    const html = await response!.text();
    expect(html).toContain('data-content-problems');
    expect(html).toContain(bad);
    expect(server.exited, server.output).toBe(false);
    expect(server.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 180_000);
});
