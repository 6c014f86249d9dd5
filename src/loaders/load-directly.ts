import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../schemas/index.ts';
import { contentLoader } from './content-loader.ts';
import { ContentSession, contentSession } from './content-session.ts';
import { layout } from './layout.ts';

/**
 * Runs the content loaders without Astro, over the content of `root`, and returns what they
 * found: the same reading and the same checks as a build, in milliseconds and without writing
 * anything. `npm run check`, `npm run translations` and the tests use it; the build gets the
 * same loaders from Astro's content layer.
 */
export async function loadDirectly(root = process.cwd()): Promise<ContentSession> {
  const session = contentSession(root.replace(/\/$/, ''));
  session.reportOnly = true;
  session.restart();
  // A fresh read of every file: forget the problems of files read by an earlier call, which may
  // have been deleted since (fix from the tests' helper, see tests/content/robust-reading.test.ts).
  session.fileProblems.clear();
  const quiet = { info() {}, warn() {}, error() {}, debug() {}, label: 'content', options: {}, fork: () => quiet } as unknown as LoaderContext['logger'];
  for (const collection of Object.keys(layout) as CollectionName[]) {
    const entries = new Map<string, unknown>();
    const store = {
      keys: () => [...entries.keys()],
      set: (entry: { id: string }) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      get: (id: string) => entries.get(id),
      clear: () => entries.clear(),
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      has: (id: string) => entries.has(id),
      addModuleImport: () => {},
    };
    const context = {
      collection,
      config: { root: pathToFileURL(`${session.root}/`) },
      store,
      logger: quiet,
      generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
      meta: new Map(),
      parseData: async ({ data }: { data: unknown }) => data,
    } as unknown as LoaderContext;
    await contentLoader(collection).load(context);
  }
  return session;
}

export { ContentSession };
