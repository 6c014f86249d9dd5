import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteBase } from '../../src/lib/site-base.ts';

describe('the base folder (SITE_BASE)', () => {
  it('is "/" when unset or empty, and always has one leading and one trailing slash', () => {
    for (const raw of [undefined, '', '/', ' / ']) expect(siteBase(raw), String(raw)).toBe('/');
    for (const raw of ['hop-tac', '/hop-tac', 'hop-tac/', '/hop-tac/', '//hop-tac//']) expect(siteBase(raw), raw).toBe('/hop-tac/');
    expect(siteBase('/a/b')).toBe('/a/b/');
  });
});

describe('addresses built by src/lib/paths.ts under a base folder', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('puts every page and asset address under the base', async () => {
    vi.stubEnv('SITE_BASE', '/hop-tac/');
    vi.resetModules();
    const { localePath, pagePath, withBase } = await import('../../src/lib/paths.ts');
    expect(localePath('lo', pagePath('agreements', 'x'))).toBe('/hop-tac/lo/agreements/x/');
    expect(localePath('vi')).toBe('/hop-tac/vi/');
    expect(withBase('/favicon.svg')).toBe('/hop-tac/favicon.svg');
  });

  it('ignores a stray BASE_URL in the environment (Astro would copy it into import.meta.env)', async () => {
    vi.stubEnv('BASE_URL', '/elsewhere/');
    vi.resetModules();
    const { localePath } = await import('../../src/lib/paths.ts');
    expect(localePath('vi', '/news/')).toBe('/vi/news/');
  });
});
