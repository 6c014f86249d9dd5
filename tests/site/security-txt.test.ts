import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site-config.ts';
import { DIST } from '../support/built-site.ts';

/** The build writes /.well-known/security.txt exactly when the publisher has given a contact. */
describe('the built security.txt', () => {
  const file = join(DIST, '.well-known', 'security.txt');
  it('follows siteConfig.security', () => {
    expect(existsSync(file)).toBe(siteConfig.security.contacts.length > 0);
    if (!existsSync(file)) return;
    const contacts = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('Contact: ')).map((l) => l.slice(9));
    expect(contacts).toEqual(siteConfig.security.contacts);
  });
});
