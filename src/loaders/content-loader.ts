import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { schemas, type CollectionName } from '../schemas/index.ts';
import { validateEntry } from '../validation/validate-entry.ts';
import { checkSession, reportSession } from '../validation/check-catalog.ts';
import type { Problem } from '../validation/problems.ts';
import { contentSession, type ContentSession, type LoadedEntry } from './content-session.ts';
import { ID_SEGMENT, idOf, layout, matches } from './layout.ts';
import { readFile } from './read-file.ts';

/**
 * The one way content comes in. Each file is read once, here: bytes checked and decoded,
 * front matter parsed with one YAML parser, data validated against the collection's schema
 * with messages for editors. Once every collection is loaded, the checks that span
 * collections run over what was loaded (src/validation/check-catalog.ts).
 *
 * A build (and `astro sync`) fails on any problem before a page is written; `astro dev` logs
 * the problems and keeps serving, re-checking after every save.
 */
export function contentLoader(collection: CollectionName): Loader {
  const spec = layout[collection];
  return {
    name: `content-${collection}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const session = contentSession(root.replace(/\/$/, ''));
      const base = join(root, 'content', spec.base);
      const entries = new Map<string, LoadedEntry>();
      const untouched = new Set(context.store.keys());
      for (const path of listFiles(base, spec.pattern)) {
        for (const entry of loadFile(collection, session, context, join(base, path), path)) {
          entries.set(entry.id, entry);
          untouched.delete(entry.id);
        }
      }
      untouched.forEach((id) => context.store.delete(id));
      if (session.loaded(collection, entries)) finish(session, context);
      context.watcher?.on('all', (event, changed) => {
        const path = relative(base, changed).split(sep).join('/');
        if (!path.startsWith('..') && matches(spec.pattern, path)) {
          const current = session.entries.get(collection) ?? new Map<string, LoadedEntry>();
          for (const [id, entry] of current) if (entry.file === relative(session.root, changed)) current.delete(id);
          if (event !== 'unlink' && event !== 'unlinkDir') {
            for (const entry of loadFile(collection, session, context, changed, path)) current.set(entry.id, entry);
          } else {
            session.setFileProblems(relative(session.root, changed), []);
            context.store.delete(idOf(path));
          }
        }
        // Any change under content/ (a stray file, a deleted target) may change the verdict.
        if (changed.startsWith(join(root, 'content'))) recheckSoon(session, context);
      });
    },
  };
}

/** Reads, parses and validates one file; stores its entries when valid. */
function loadFile(collection: CollectionName, session: ContentSession, context: LoaderContext, absolute: string, path: string): LoadedEntry[] {
  const spec = layout[collection];
  const file = relative(session.root, absolute);
  const problems: Problem[] = [];
  const done = (entries: LoadedEntry[]) => {
    session.setFileProblems(file, problems);
    return entries;
  };
  const id = idOf(path);
  const bad = id.split('/').find((segment) => !ID_SEGMENT.test(segment));
  if (bad !== undefined) {
    problems.push({ file, field: '', message: `Tên tệp "${bad}" không dùng được làm mã (id) trong địa chỉ trang: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "so-ngoai-vu-tuyen-quang".` });
    return done([]);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ file, field: '', message: code === 'ENOENT' ? 'Liên kết (symlink) trỏ tới tệp không tồn tại: hãy xóa liên kết hoặc đặt tệp thật vào đây.' : `Không đọc được tệp (${code}).` });
    return done([]);
  }
  const read = readFile(bytes, spec.format);
  if (!read.ok) {
    problems.push({ file, line: read.line, field: '', message: read.message });
    return done([]);
  }
  // A Lao file with nothing in it (the web editor writes one for an entry not yet translated)
  // stands for "no Lao version": the page falls back to Vietnamese, as without the file.
  const empty = (read.value.data === null || read.value.data === undefined) && !read.value.body?.trim();
  if (empty && collection.endsWith('Lo')) return done([]);
  const raw = spec.format === 'map'
    ? Object.entries(read.value.data as Record<string, unknown>).map(([key, data]) => ({ id: key, data, lineOf: (p: readonly PropertyKey[]) => read.value.lineOf([key, ...p]) }))
    : [{ id, data: read.value.data, lineOf: read.value.lineOf }];
  const entries: LoadedEntry[] = [];
  for (const item of raw) {
    const result = validateEntry(schemas[collection], item.data);
    if (!result.ok) {
      for (const issue of result.issues) problems.push({ file, line: item.lineOf(issue.path), field: issue.path.join('.'), message: issue.message });
      continue;
    }
    const entry: LoadedEntry = { collection, id: item.id, file, data: result.data, body: read.value.body, bodyLine: read.value.bodyLine, lineOf: item.lineOf };
    entries.push(entry);
    context.store.set({
      id: item.id,
      data: result.data,
      body: read.value.body,
      filePath: file,
      digest: context.generateDigest(bytes.toString("base64")),
      // MDX bodies are compiled by @astrojs/mdx when a page renders them; an entry without a body
      // (most tasks: facts and a summary) has nothing to compile, and the build skips it.
      deferredRender: spec.format === 'mdx' && Boolean(read.value.body?.trim()),
    });
  }
  return done(entries);
}

/** All collections are in: run the cross-collection checks, then fail (build), log (dev) or keep (check script). */
function finish(session: ContentSession, context: LoaderContext) {
  session.restart();
  checkSession(session);
  if (context.watcher || session.reportOnly) {
    reportSession(session, context.logger);
    return;
  }
  if (session.problems.length + session.placeholders.length > 0) {
    const error = new Error(reportSession(session));
    // The message says everything an editor needs; Astro's stack trace would only hide it.
    error.stack = error.message;
    throw error;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
/** An editor's save can touch several files at once: check once they are all written. */
function recheckSoon(session: ContentSession, context: LoaderContext) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    checkSession(session);
    reportSession(session, context.logger);
  }, 150);
}

/** Files under `base` matching `pattern` (see layout.ts), sorted; dangling symlinks included so they are reported. */
export function listFiles(base: string, pattern: string): string[] {
  const [first, ...rest] = pattern.split('/');
  let dirents: Dirent[];
  try {
    dirents = readdirSync(base, { withFileTypes: true });
  } catch {
    return [];
  }
  const names = dirents.filter((d) => matches(first!, d.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (rest.length === 0) return names.filter((d) => !isDirectory(join(base, d.name))).map((d) => d.name);
  return names
    .filter((d) => isDirectory(join(base, d.name)))
    .flatMap((d) => listFiles(join(base, d.name), rest.join('/')).map((path) => `${d.name}/${path}`));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling symlink: listed as a file, reported when read
  }
}
