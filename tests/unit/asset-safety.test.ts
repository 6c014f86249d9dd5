import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE_LIMIT_BYTES, inspectImage, inspectSvg, isImageFile, rasterType } from '../../src/lib/asset-safety.ts';

/** Images beside the content: fixtures in tests/unit/fixtures/assets/{ok,bad}/, each bad one for one reason. */
const FIXTURES = 'tests/unit/fixtures/assets';
const inspect = (folder: string, name: string) => inspectImage(name, readFileSync(join(FIXTURES, folder, name)));

describe('images that may be published', () => {
  it.each(readdirSync(join(FIXTURES, 'ok')))('%s passes', (name) => {
    expect(inspect('ok', name)).toEqual([]);
  });

  it('recognises each raster format by its bytes', () => {
    const types = Object.fromEntries(readdirSync(join(FIXTURES, 'ok')).map((name) => [name, rasterType(readFileSync(join(FIXTURES, 'ok', name)))]));
    expect(types).toEqual({ 'photo.png': 'png', 'photo.jpg': 'jpeg', 'photo.jpeg': 'jpeg', 'photo.webp': 'webp', 'dot.gif': 'gif', 'header-only.avif': 'avif', 'map.svg': undefined });
  });
});

describe('images that are refused, with the reason', () => {
  const expected: Record<string, string> = {
    'script.svg': 'phần tử <script>',
    'script-namespaced.svg': 'phần tử <svg:script>',
    'onload.svg': 'thuộc tính sự kiện onload trên <rect>',
    'onclick-upper.svg': 'thuộc tính sự kiện ONCLICK',
    'javascript-href.svg': 'địa chỉ chạy mã (javascript:alert(1)) trong href của <a>',
    'javascript-encoded.svg': 'địa chỉ chạy mã',
    'external-image.svg': 'tham chiếu ra ngoài tệp: href="https://example.com/tracker.png" trên <image>',
    'external-use.svg': 'tham chiếu ra ngoài tệp: xlink:href="other.svg#icon" trên <use>',
    'data-svg.svg': 'tham chiếu ra ngoài tệp: href="data:image/svg+xml',
    'css-url.svg': 'url(https://example.com/x.svg#p) trong style của <rect>',
    'fill-url.svg': 'url(https://example.com/p.svg#g) trong fill của <rect>',
    'css-import.svg': '@import',
    'style-url.svg': 'url(//example.com/beacon) trong <style>',
    'foreign-object.svg': 'phần tử <foreignObject>',
    'iframe.svg': 'phần tử <iframe>',
    'animate-href.svg': 'hiệu ứng đổi thuộc tính href trên <set>',
    'xml-stylesheet.svg': 'chỉ thị <?xml-stylesheet …?>',
    'entity.svg': '<!ENTITY>',
    'not-xml.svg': 'không phải XML hợp lệ',
    'html-root.svg': 'không bắt đầu bằng phần tử <svg> (gặp <html>)',
    'png-named.svg': 'tệp đuôi .svg nhưng là ảnh PNG: đổi đuôi thành .png',
    'png-named.jpg': 'tệp đuôi .jpg nhưng nội dung là ảnh PNG: đổi đuôi thành .png',
    'jpeg-named.webp': 'tệp đuôi .webp nhưng nội dung là ảnh JPEG',
    'html-named.png': 'tệp đuôi .png nhưng không phải ảnh PNG',
    'gif-named.avif': 'tệp đuôi .avif nhưng nội dung là ảnh GIF',
    'scan.tiff': 'định dạng .tiff không dùng trên trang',
  };

  it('has a reason written for every bad fixture', () => {
    expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s: %s', (name, reason) => {
    const problems = inspect('bad', name);
    expect(problems.join('\n')).toContain(reason);
  });

  it('refuses an image over the size limit, whatever its type, and names both sizes', () => {
    const png = readFileSync(join(FIXTURES, 'ok', 'photo.png'));
    const big = new Uint8Array(IMAGE_LIMIT_BYTES + 1);
    big.set(png);
    expect(inspectImage('anh.png', big)).toEqual(['ảnh nặng 5 MB (5.242.881 byte), quá giới hạn 5 MB: hãy giảm kích thước hoặc nén lại']);
    expect(inspectImage('anh.png', big.subarray(0, IMAGE_LIMIT_BYTES))).toEqual([]);
    expect(inspectImage('anh.png', png, 100)).toEqual([`ảnh nặng 0 MB (${png.length} byte), quá giới hạn 0 MB: hãy giảm kích thước hoặc nén lại`]);
  });

  it('reports every problem of a file once', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script/><script/><rect onclick="x()" onmouseover="y()"/></svg>';
    expect(inspectSvg(svg)).toHaveLength(3);
  });
});

describe('which files are images', () => {
  it('covers the web formats and the refused ones, not content files', () => {
    for (const name of ['a.svg', 'B.PNG', 'c.jpeg', 'media/d.webp', 'e.avif', 'f.gif', 'g.tif', 'h.svgz']) expect(isImageFile(name), name).toBe(true);
    for (const name of ['a.mdx', 'b.yaml', 'c.md', 'svg', 'd.svg.md']) expect(isImageFile(name), name).toBe(false);
  });
});
