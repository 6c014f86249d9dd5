import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { securityTxtFile } from '../../src/integrations/security-txt.ts';
import { securityTxt, type SecuritySettings } from '../../src/lib/security-txt.ts';

/** /.well-known/security.txt (RFC 9116) from the publisher's settings. */
const settings: SecuritySettings = {
  contacts: ['mailto:an-ninh@hoptac.example.gov.vn', 'https://hoptac.example.gov.vn/lien-he/'],
  policy: 'https://hoptac.example.gov.vn/chinh-sach-bao-mat/',
  languages: ['vi', 'lo', 'en'],
  validDays: 180,
};
/** RFC 9116 fields as name → values; comments and blank lines left out. */
const fields = (text: string) => {
  const map = new Map<string, string[]>();
  for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
    const [, name, value] = /^([A-Za-z-]+): (.+)$/.exec(line) ?? [];
    expect(name, line).toBeTruthy();
    map.set(name, [...(map.get(name) ?? []), value]);
  }
  return map;
};

describe('security.txt', () => {
  it('lists every contact in order, expires validDays after the build, names its canonical address', () => {
    const text = securityTxt(settings, { site: 'https://hoptac.example.gov.vn/hop-tac/', today: '2026-12-03' })!;
    const f = fields(text);
    expect(f.get('Contact')).toEqual(settings.contacts);
    expect(f.get('Expires')).toEqual(['2027-06-01T00:00:00Z']);
    expect(f.get('Preferred-Languages')).toEqual(['vi, lo, en']);
    // RFC 9116 places the file at the domain's root, whatever folder the site is in.
    expect(f.get('Canonical')).toEqual(['https://hoptac.example.gov.vn/.well-known/security.txt']);
    expect(f.get('Policy')).toEqual([settings.policy]);
    expect([...f.keys()].filter((k) => !['Contact', 'Expires', 'Preferred-Languages', 'Canonical', 'Policy'].includes(k))).toEqual([]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is not written without a contact (the RFC requires one), and refuses malformed settings', () => {
    expect(securityTxt({ ...settings, contacts: [] }, { site: 'https://x.example/', today: '2026-12-03' })).toBeUndefined();
    expect(() => securityTxt({ ...settings, contacts: ['an-ninh@hoptac.example.gov.vn'] }, { site: 'https://x.example/', today: '2026-12-03' })).toThrow(/not a mailto:, https:\/\/ or tel: address/);
    expect(() => securityTxt({ ...settings, validDays: 400 }, { site: 'https://x.example/', today: '2026-12-03' })).toThrow(/less than a year/);
  });

  it('is written into the build by the integration, or the build says why not', () => {
    const dist = mkdtempSync(join(tmpdir(), 'security-txt-'));
    try {
      const run = (s: SecuritySettings) => {
        const integration = securityTxtFile(s, '2026-12-03');
        const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
        (integration.hooks['astro:config:setup'] as unknown as (o: object) => void)({ config: { site: 'https://hoptac.example.gov.vn' } });
        (integration.hooks['astro:build:done'] as unknown as (o: object) => void)({ dir: pathToFileURL(`${dist}/`), logger });
        return logger;
      };
      const silent = run({ ...settings, contacts: [] });
      expect(existsSync(join(dist, '.well-known/security.txt'))).toBe(false);
      expect(silent.warn).toHaveBeenCalledWith(expect.stringContaining('siteConfig.security.contacts'));
      run(settings);
      expect(fields(readFileSync(join(dist, '.well-known/security.txt'), 'utf8')).get('Contact')).toEqual(settings.contacts);
      expect(() => run({ ...settings, policy: 'http://insecure.example/' })).toThrow(/src\/site-config\.ts:\nsiteConfig\.security\.policy/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
