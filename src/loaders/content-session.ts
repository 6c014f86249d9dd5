import type { CollectionName } from '../schemas/index.ts';
import type { Problem } from '../validation/problems.ts';
import { layout } from './layout.ts';

/** One content entry as the loader read and validated it, with what messages need to point into its file. */
export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as shown to editors. */
  file: string;
  /** The data after its schema (defaults applied). */
  data: Record<string, unknown>;
  body?: string;
  bodyLine?: number;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * What the loaders of one content sync have read, shared between them: each collection's
 * loader fills in its part, and once all have, the checks that span collections run over the
 * whole (references, citations, translations). It lives on globalThis because Astro loads the
 * content config in its own module graph, and `npm run check` reads the result from its script.
 */
export class ContentSession {
  readonly entries = new Map<CollectionName, Map<string, LoadedEntry>>();
  /** Problems found while reading a file, by file: unreadable, not matching its schema. */
  readonly fileProblems = new Map<string, Problem[]>();
  /** Everything wrong with the content after the last complete check. */
  problems: Problem[] = [];
  /** Places still marked for an editor to fill (`npm run new`): valid, but a build refuses them. */
  placeholders: Problem[] = [];
  /** Keep problems for the caller to report (check script, tests) instead of failing the sync. */
  reportOnly = false;
  /** Set once every collection has been loaded and checked. */
  checked = false;
  readonly #loaded = new Set<CollectionName>();

  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  /** Replaces what a collection's loader found. Returns true when every collection is now loaded. */
  loaded(collection: CollectionName, entries: Map<string, LoadedEntry>): boolean {
    this.entries.set(collection, entries);
    this.#loaded.add(collection);
    return this.#loaded.size === Object.keys(layout).length;
  }

  /** Forget which collections reported, so the next full sync waits for all of them again. */
  restart() {
    this.#loaded.clear();
  }

  setFileProblems(file: string, problems: Problem[]) {
    if (problems.length > 0) this.fileProblems.set(file, problems);
    else this.fileProblems.delete(file);
  }

  /** Every loaded entry of a collection. */
  all(collection: CollectionName): LoadedEntry[] {
    return [...(this.entries.get(collection)?.values() ?? [])];
  }
}

const KEY = Symbol.for('hop-tac.content-session');
type WithSession = typeof globalThis & { [KEY]?: ContentSession };

/** The session for the project at `root`, created on first use. */
export function contentSession(root: string): ContentSession {
  const g = globalThis as WithSession;
  if (!g[KEY] || g[KEY].root !== root) g[KEY] = new ContentSession(root);
  return g[KEY];
}

/** The current session, if content has been loaded in this process. */
export function currentSession(): ContentSession | undefined {
  return (globalThis as WithSession)[KEY];
}
