import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';

/**
 * The server's Content-Security-Policy (deploy/nginx.conf) has no 'unsafe-inline': the build must
 * not need it. Checked on every built page, since one inline script on one page breaks that page.
 */
const pages = builtPages();

describe('every built page works under the strict Content-Security-Policy', () => {
  it('has no inline script: only scripts loaded from the site, and data blocks (JSON-LD, JSON) that never run', () => {
    // A script element runs when its type is absent, "module" or a JavaScript MIME type; any other type is data.
    const runs = (type: string | undefined) => !type?.trim() || /^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(type.trim());
    const inline = [...pages].flatMap(([path, doc]) =>
      doc.querySelectorAll('script:not([src])')
        .filter((s) => runs(s.getAttribute('type')))
        .map((s) => `${path}: <script${s.getAttribute('type') ? ` type="${s.getAttribute('type')}"` : ''}> ${s.text.slice(0, 60)}`),
    );
    expect(inline).toEqual([]);
    expect(pages.size).toBeGreaterThan(100);
  });

  it('has no <style> element and no style attribute (style-src \'self\')', () => {
    const styled = [...pages].flatMap(([path, doc]) => [
      ...doc.querySelectorAll('style').map(() => `${path}: <style>`),
      ...doc.querySelectorAll('[style]').map((el) => `${path}: <${el.tagName.toLowerCase()} style="${el.getAttribute('style')}">`),
    ]);
    expect(styled).toEqual([]);
  });

  it('has no inline event handler and no javascript: address', () => {
    const found = [...pages].flatMap(([path, doc]) =>
      doc.querySelectorAll('*').flatMap((el) =>
        Object.entries(el.attributes)
          .filter(([name, value]) => /^on/i.test(name) || /^\s*javascript:/i.test(value))
          .map(([name, value]) => `${path}: <${el.tagName.toLowerCase()} ${name}="${value.slice(0, 40)}">`),
      ),
    );
    expect(found).toEqual([]);
  });
});
