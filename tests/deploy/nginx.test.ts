import { request } from 'node:https';
import { connect, type ConnectionOptions } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { startNginx } from '../support/nginx.ts';
import { securityTxt } from '../../src/lib/security-txt.ts';
import { templates } from '../support/templates.ts';

/** deploy/nginx.conf, run by nginx on 127.0.0.1 against the build, as a server would run it. */
let server: Awaited<ReturnType<typeof startNginx>>;
beforeAll(async () => {
  server = await startNginx(DIST);
});
afterAll(() => server?.stop());

const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

/** The Content-Security-Policy header as { directive: [sources] }. */
function csp(header: string | null): Record<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return Object.fromEntries(header!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

/** Raw bytes as sent, without the client decompressing them. */
function raw(path: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(server.url + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

const asset = (extension: string) => {
  const name = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith(extension));
  if (!name) throw new Error(`no ${extension} file in ${DIST}/_astro`);
  return `/_astro/${name}`;
};

describe('the shipped nginx configuration', () => {
  it('serves every page template with 200 and a strict Content-Security-Policy', async () => {
    const paths = ['/', ...templates().map((t) => t.path).filter((p) => p !== '/404.html')];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      const policy = csp(response.headers.get('content-security-policy'));
      expect(policy['default-src'], path).toEqual(["'self'"]);
      expect(policy['script-src'], path).not.toContain("'unsafe-inline'");
      expect(policy['script-src'], path).not.toContain("'unsafe-eval'");
      expect(policy['style-src'], path).toEqual(["'self'"]);
      expect(policy['object-src'], path).toEqual(["'none'"]);
      // Embed pages are made to be shown inside other sites; no other page may be framed.
      const embed = /^\/(vi|lo)\/embed\//.test(path);
      expect(policy['frame-ancestors'], path).toEqual(embed ? ['*'] : ["'none'"]);
      expect(response.headers.get('x-frame-options'), path).toBe(embed ? null : 'DENY');
    }
    expect(paths.length).toBeGreaterThan(30);
  });

  it('sends HSTS (over HTTPS) and nosniff on pages, assets and errors alike, and a referrer policy and CSP with pages and errors', async () => {
    for (const path of ['/vi/', asset('.css'), asset('.woff2'), '/khong-co-trang-nay/']) {
      const response = await get(path);
      const hsts = /max-age=(\d+)/.exec(response.headers.get('strict-transport-security') ?? '');
      expect(Number(hsts?.[1]), path).toBeGreaterThanOrEqual(31_536_000);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      if (path.startsWith('/_astro/')) continue;
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
    }
  });

  it.each(['vi', 'lo'])('answers an unknown address under /%s/ with 404 and that language\'s not-found page', async (lang) => {
    const response = await get(`/${lang}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    // The language's own page once the build has one, else the bilingual page.
    const expected = existsSync(join(DIST, lang, '404.html')) ? join(DIST, lang, '404.html') : join(DIST, '404.html');
    expect(await response.text()).toBe(readFileSync(expected, 'utf8'));
  });

  it('answers an unknown address elsewhere with 404 and the bilingual not-found page', async () => {
    const response = await get('/khong-co/trang-nay');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  });

  it('redirects a folder address without its final slash, keeping the host and port', async () => {
    const response = await get('/vi/news');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/vi/news/');
  });

  it('caches hashed assets for a year and makes browsers revalidate pages', async () => {
    for (const path of [asset('.css'), asset('.woff2')]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(asset('.css'))).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await get(asset('.woff2'))).headers.get('content-type')).toBe('font/woff2');
    for (const path of ['/', '/vi/', '/favicon.svg']) expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
  });

  it('sends the document policies with pages, SVG images and scripts only, and nosniff, CORP and caching with everything', async () => {
    const documentOnly = ['x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];
    for (const path of [asset('.css'), asset('.woff2'), '/vi/data/milestones.json', '/vi/data/milestones.csv']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      for (const name of ['content-security-policy', ...documentOnly]) expect(response.headers.get(name), `${name} on ${path}`).toBeNull();
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('cross-origin-resource-policy'), path).toMatch(/^(same-origin|cross-origin)$/);
      expect(response.headers.get('cache-control'), path).toBeTruthy();
    }
    for (const path of ['/favicon.svg', '/vi/missing-page/']) {
      const response = await get(path);
      expect(csp(response.headers.get('content-security-policy'))['default-src'], path).toEqual(["'self'"]);
      for (const name of documentOnly) expect(response.headers.get(name), `${name} on ${path}`).toBeTruthy();
    }
    // Pagefind's worker runs under its own response's policy, so scripts keep it.
    expect(csp((await get('/pagefind/pagefind-worker.js')).headers.get('content-security-policy'))['script-src']).toContain("'wasm-unsafe-eval'");
  });

  it('compresses pages and style sheets with gzip, and leaves fonts (already compressed) alone', async () => {
    for (const [path, file] of [['/vi/agreements/', join(DIST, 'vi/agreements/index.html')], [asset('.css'), join(DIST, asset('.css'))]]) {
      const { headers, body } = await raw(path, { 'accept-encoding': 'gzip' });
      expect(headers['content-encoding'], path).toBe('gzip');
      expect(String(headers.vary), path).toMatch(/Accept-Encoding/i);
      const original = readFileSync(file);
      expect(gunzipSync(body).equals(original), path).toBe(true);
      expect(body.length, path).toBeLessThan(original.length / 2);
    }
    const font = await raw(asset('.woff2'), { 'accept-encoding': 'gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    const plain = await raw('/vi/', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
  });
});

describe('open data and calendars', () => {
  it.each([
    ['/vi/data/milestones.csv', 'text/csv; charset=utf-8', 'vi/data/milestones.csv'],
    ['/lo/data/agreements.csv', 'text/csv; charset=utf-8', 'lo/data/agreements.csv'],
    ['/vi/calendar/milestones.ics', 'text/calendar; charset=utf-8', 'vi/calendar/milestones.ics'],
    ['/lo/data/milestones.json', 'application/json; charset=utf-8', 'lo/data/milestones.json'],
  ])('%s goes out as %s, gzip-compressed', async (path, type, file) => {
    const { headers, body } = await raw(path, { 'accept-encoding': 'gzip' });
    expect(headers['content-type']).toBe(type);
    expect(headers['content-encoding']).toBe('gzip');
    const original = readFileSync(join(DIST, file));
    expect(gunzipSync(body).equals(original)).toBe(true);
    expect(body.length).toBeLessThan(original.length / 2);
  });

  // "Cite this" files (issue 15) are read by reference managers, TimelineJS files by Knight Lab's
  // viewer on its own host: their own types, and readable from any origin.
  it.each([
    ['/vi/cite/documents/bac-giang-plan-xaisomboun-2022.bib', 'application/x-bibtex; charset=utf-8'],
    ['/lo/cite/documents/bac-giang-plan-xaisomboun-2022.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['/vi/timeline/timelinejs.json', 'application/json; charset=utf-8'],
  ])('%s goes out as %s, readable by other sites', async (path, type) => {
    const { headers } = await raw(path, {});
    expect(headers['content-type']).toBe(type);
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
  });
});

/** A TLS handshake with the server: the protocol and cipher agreed, or the error. */
function handshake(options: ConnectionOptions): Promise<{ protocol?: string | null; cipher?: string; error?: string }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: server.httpsPort, servername: undefined, ...options }, () => {
      resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().standardName });
      socket.end();
    });
    socket.on('error', (error) => resolve({ error: `${(error as NodeJS.ErrnoException).code}: ${error.message}` }));
  });
}
// The client offers old protocols and ciphers too (OpenSSL security level 0): only the server can refuse them.
const anything = { ciphers: 'ALL:@SECLEVEL=0', rejectUnauthorized: false } as const;

describe('HTTPS', () => {
  it('speaks TLS 1.3 and TLS 1.2', async () => {
    expect((await handshake({ ...anything, minVersion: 'TLSv1.3' })).protocol).toBe('TLSv1.3');
    expect((await handshake({ ...anything, maxVersion: 'TLSv1.2' })).protocol).toBe('TLSv1.2');
  });

  it.each(['TLSv1', 'TLSv1.1'] as const)('refuses %s', async (version) => {
    const result = await handshake({ ...anything, minVersion: version, maxVersion: version });
    expect(result.protocol).toBeUndefined();
    expect(result.error).toMatch(/alert protocol version|ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION|unsupported protocol/i);
  });

  it('agrees on TLS 1.2 only to forward-secret AEAD ciphers', async () => {
    const weak = await handshake({ ...anything, maxVersion: 'TLSv1.2', ciphers: 'AES128-SHA:AES256-SHA:AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384:@SECLEVEL=0' });
    expect(weak.protocol).toBeUndefined();
    expect(weak.error).toMatch(/handshake failure|no shared cipher/i);
    const strong = await handshake({ ...anything, maxVersion: 'TLSv1.2' });
    expect(strong.cipher).toMatch(/^TLS_ECDHE_(ECDSA|RSA)_WITH_(AES_\d+_GCM|CHACHA20_POLY1305)_SHA\d+$/);
  });

  it('sends plain HTTP to the same address over HTTPS, without HSTS (browsers ignore it over HTTP)', async () => {
    for (const path of ['/', '/vi/news/?trang=2', '/khong-co/']) {
      const response = await fetch(server.httpUrl + path, { redirect: 'manual' });
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe(`https://127.0.0.1${path}`);
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
    expect((await get('/vi/')).headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });
});

describe('cross-origin headers', () => {
  it('isolates pages and their files from other sites\' windows and pages', async () => {
    for (const path of ['/vi/', '/lo/agreements/', asset('.css'), '/pagefind/pagefind.js', '/khong-co/']) {
      const response = await get(path);
      // COOP governs a window's document; the page's files do not need it (and go without it).
      const document = !path.startsWith('/_astro/') && !path.endsWith('.js');
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe(document ? 'same-origin' : null);
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(response.headers.get('cross-origin-embedder-policy'), path).toBeNull();
    }
  });

  it('lets other sites frame the embeds, and fetch the open data, feeds and calendars', async () => {
    const embed = await get('/vi/embed/timeline/');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    // A framing site with Cross-Origin-Embedder-Policy: require-corp shows only frames that send it too.
    expect(embed.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(embed.headers.get('access-control-allow-origin')).toBeNull();
    for (const path of ['/vi/data/milestones.json', '/lo/data/milestones.csv', '/vi/rss.xml', '/lo/calendar/milestones.ics', '/sitemap-index.xml']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });
});

describe('Pagefind\'s files', () => {
  const pagefind = (folder: string) => {
    const name = readdirSync(join(DIST, 'pagefind', folder))[0];
    if (!name) throw new Error(`no file in ${DIST}/pagefind/${folder}`);
    return `/pagefind/${folder}/${name}`;
  };
  it('caches the hashed index, fragment, filter and metadata files for a year', async () => {
    const meta = readdirSync(join(DIST, 'pagefind')).filter((name) => name.endsWith('.pf_meta'));
    expect(meta.length).toBeGreaterThanOrEqual(2);
    for (const path of [pagefind('fragment'), pagefind('index'), pagefind('filter'), ...meta.map((m) => `/pagefind/${m}`)]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
  });

  it('sends the gzipped index, fragment, filter and metadata files as gzip, so the browser unpacks them, not Pagefind\'s JavaScript', async () => {
    const meta = readdirSync(join(DIST, 'pagefind')).find((name) => name.endsWith('.pf_meta'))!;
    for (const path of [pagefind('fragment'), pagefind('index'), pagefind('filter'), `/pagefind/${meta}`]) {
      const { headers, body } = await raw(path, { 'accept-encoding': 'gzip' });
      expect(headers['content-encoding'], path).toBe('gzip');
      // The file as written, not gzipped again; unpacked, it starts with the signature by which
      // Pagefind knows the browser has unpacked it.
      expect(body.equals(readFileSync(join(DIST, path))), path).toBe(true);
      expect(gunzipSync(body).subarray(0, 12).toString(), path).toBe('pagefind_dcd');
    }
    // Pagefind's script is compressed by nginx like any script; nothing else is marked.
    expect((await raw('/pagefind/pagefind-entry.json', {})).headers['content-encoding']).toBeUndefined();
    expect((await raw('/vi/', {})).headers['content-encoding']).toBeUndefined();
    // A chunk that is not there (an old build's, say) is the "not found" page, readable as sent.
    const missing = await raw('/pagefind/index/khong-co.pf_index', { 'accept-encoding': 'gzip' });
    expect(missing.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(missing.body).toString()).toContain('<!DOCTYPE html>');
    const plain = await raw('/pagefind/index/khong-co.pf_index', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<!DOCTYPE html>');
  });

  it('revalidates the entry files, whose names stay the same from build to build', async () => {
    const entries = readdirSync(join(DIST, 'pagefind')).filter((name) => !name.endsWith('.pf_meta') && !['fragment', 'index', 'filter'].includes(name));
    expect(entries).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    for (const path of entries.map((e) => `/pagefind/${e}`)) expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
  });
});

describe('Content-Security-Policy reports', () => {
  it('are off by default: no report-uri, report-to or Reporting-Endpoints', async () => {
    const response = await get('/vi/');
    expect(csp(response.headers.get('content-security-policy'))['report-uri']).toBeUndefined();
    expect(csp(response.headers.get('content-security-policy'))['report-to']).toBeUndefined();
    expect(response.headers.get('reporting-endpoints')).toBeNull();
  });
});

/**
 * The routing rules on a small site of known shape: a language with its own 404 page and one
 * without, and an embed page. The real build may not have these yet; the configuration must.
 */
describe('the configuration on a site with a Vietnamese 404 page, no Lao one, and an embed page', () => {
  let root = '';
  let small: Awaited<ReturnType<typeof startNginx>>;
  const files: Record<string, string> = {
    '404.html': '<!doctype html><title>404 song ngữ</title>',
    'vi/404.html': '<!doctype html><title>Không tìm thấy</title>',
    'vi/index.html': '<!doctype html><title>vi</title>',
    'lo/index.html': '<!doctype html><title>lo</title>',
    'vi/embed/ban-do/index.html': '<!doctype html><title>nhúng</title>',
    '.well-known/security.txt': securityTxt(
      { contacts: ['mailto:an-ninh@hoptac.example.gov.vn'], policy: null, languages: ['vi', 'lo', 'en'], validDays: 180 },
      { site: 'https://hoptac.example.gov.vn/', today: '2026-12-03' },
    )!,
  };
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'nginx-site-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    small = await startNginx(root);
  });
  afterAll(async () => {
    await small?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  const at = (path: string) => fetch(small.url + path, { redirect: 'manual' });

  it('serves /vi/404.html for an unknown Vietnamese address, with status 404', async () => {
    const response = await at('/vi/khong-co/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(files['vi/404.html']);
  });

  it('falls back to /404.html for a language without its own page, still with status 404', async () => {
    const response = await at('/lo/ບໍ່ມີ/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(files['404.html']);
  });

  it('serves /.well-known/security.txt as UTF-8 text that any site may read', async () => {
    const response = await at('/.well-known/security.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await response.text()).toBe(files['.well-known/security.txt']);
  });

  it('names the CSP report address in the policy and Reporting-Endpoints once it is set, on every page', async () => {
    const reporting = await startNginx(root, { cspReportUri: 'https://bao-cao.example.gov.vn/csp' });
    try {
      for (const path of ['/vi/', '/vi/embed/ban-do/', '/khong-co/']) {
        const response = await fetch(reporting.url + path, { redirect: 'manual' });
        const policy = csp(response.headers.get('content-security-policy'));
        expect(policy['report-uri'], path).toEqual(['https://bao-cao.example.gov.vn/csp']);
        expect(policy['report-to'], path).toEqual(['csp']);
        expect(policy['frame-ancestors'], path).toEqual(path.includes('/embed/') ? ['*'] : ["'none'"]);
        expect(response.headers.get('reporting-endpoints'), path).toBe('csp="https://bao-cao.example.gov.vn/csp"');
      }
    } finally {
      await reporting.stop();
    }
  });

  it('lets other sites frame the embed pages, and only them', async () => {
    const embed = await at('/vi/embed/ban-do/');
    expect(embed.status).toBe(200);
    expect(csp(embed.headers.get('content-security-policy'))['frame-ancestors']).toEqual(['*']);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const page = await at('/vi/');
    expect(csp(page.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });
});
