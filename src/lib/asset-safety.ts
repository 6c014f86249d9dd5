import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Images placed beside the content (content/media/…) are published as they are: an SVG opened on
 * its own is a document that can run script, load other sites' resources or embed HTML, and a
 * file named .png may be anything. These pure checks return the problems of one file, in
 * Vietnamese for the editors; src/integrations/asset-check.ts runs them over the folders.
 */

/** Largest image published: a photo for the web fits well under it. */
export const IMAGE_LIMIT_BYTES = 5 * 1024 * 1024;

export type RasterType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

const rasterExtensions: Record<string, RasterType> = { '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.gif': 'gif', '.webp': 'webp', '.avif': 'avif' };
/** Image formats browsers show poorly or that hide other content (.svgz is compressed SVG the checks cannot read). */
const refusedExtensions = ['.svgz', '.bmp', '.tif', '.tiff', '.ico', '.heic', '.heif', '.jxl', '.psd', '.emf', '.wmf'];

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** Whether a file is an image these checks are about. */
export function isImageFile(name: string): boolean {
  const extension = extensionOf(name);
  return extension === '.svg' || extension in rasterExtensions || refusedExtensions.includes(extension);
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The raster format the bytes really are, by their signature ("magic number"), not by the file name. */
export function rasterType(bytes: Uint8Array): RasterType | undefined {
  const starts = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  // ISO base media file: a "ftyp" box whose major or compatible brands name AVIF.
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0), bytes.length);
    const brands = [ascii(bytes, 8, 12)];
    for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  }
  return undefined;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const typeName: Record<RasterType, string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF' };
const preferredExtension: Record<RasterType, string> = { png: '.png', jpeg: '.jpg', gif: '.gif', webp: '.webp', avif: '.avif' };

/** Problems of one image file: its format, its real type, its size and, for SVG, its content. */
export function inspectImage(name: string, bytes: Uint8Array, limit = IMAGE_LIMIT_BYTES): string[] {
  const extension = extensionOf(name);
  if (refusedExtensions.includes(extension)) {
    return [`định dạng ${extension} không dùng trên trang: hãy chuyển sang PNG, JPEG, WebP, AVIF hoặc SVG`];
  }
  const problems: string[] = [];
  if (bytes.length > limit) problems.push(`ảnh nặng ${megabytes(bytes.length)} (${bytes.length.toLocaleString('vi-VN')} byte), quá giới hạn ${megabytes(limit)}: hãy giảm kích thước hoặc nén lại`);
  const actual = rasterType(bytes);
  if (extension === '.svg') {
    if (actual) problems.push(`tệp đuôi .svg nhưng là ảnh ${typeName[actual]}: đổi đuôi thành ${preferredExtension[actual]}`);
    else problems.push(...inspectSvg(new TextDecoder().decode(bytes)));
    return problems;
  }
  const expected = rasterExtensions[extension];
  if (expected && actual !== expected) {
    problems.push(
      actual
        ? `tệp đuôi ${extension} nhưng nội dung là ảnh ${typeName[actual]}: đổi đuôi thành ${preferredExtension[actual]}`
        : `tệp đuôi ${extension} nhưng không phải ảnh ${typeName[expected]} (không có dấu hiệu nhận dạng của định dạng này ở đầu tệp)`,
    );
  }
  return problems;
}

/** Elements that run script or embed other documents. */
const forbiddenElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Animation elements can set an attribute (href, onclick …) to a value no attribute check sees. */
const animationElements = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);
/** Embedded images allowed in data: addresses: raster only (an SVG inside could carry script again). */
const SAFE_DATA = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;
const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();
/** What a browser reads: it ignores white space and control characters inside a URL scheme. */
const squeezed = (value: string) => value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();

/** A reference stays inside the document: a #fragment, or an embedded raster image. */
const isLocalReference = (target: string) => target.startsWith('#') || SAFE_DATA.test(target);

/** Every url(…) target in a CSS text or attribute value. */
function cssUrls(text: string): string[] {
  return [...text.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((m) => m[2].trim());
}

function cssProblems(css: string, where: string): string[] {
  const problems: string[] = [];
  if (/@import/i.test(css)) problems.push(`ảnh SVG nạp CSS từ nơi khác (@import) trong ${where}`);
  for (const target of cssUrls(css)) {
    if (!isLocalReference(target)) problems.push(`ảnh SVG tham chiếu ra ngoài tệp: url(${target}) trong ${where} (chỉ dùng được url(#mã) trong cùng tệp)`);
  }
  return problems;
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  // Numeric character references decoded as a browser would: &#106;avascript: is javascript:.
  htmlEntities: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  ignorePiTags: false,
  ignoreDeclaration: false,
});

/** Problems of an SVG document's text; empty when it may be published. */
export function inspectSvg(source: string): string[] {
  const text = source.replace(/^\uFEFF/, '');
  // Entity declarations can expand into markup the checks below never see (and into huge texts).
  if (/<!ENTITY/i.test(text)) return ['ảnh SVG có khai báo <!ENTITY>: hãy xuất lại ảnh không có phần DOCTYPE'];
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return [`tệp SVG không phải XML hợp lệ: ${valid.err.msg} (dòng ${valid.err.line})`];
  const nodes = parser.parse(text) as XmlNode[];
  const problems: string[] = [];
  let root: string | undefined;

  const visit = (list: XmlNode[], depth: number) => {
    for (const node of list) {
      const name = Object.keys(node).find((key) => key !== ':@')!;
      if (name === '#text' || name === '#comment') continue;
      if (name === '#cdata') continue; // read with its parent (style); elsewhere it is text
      if (name.startsWith('?')) {
        if (name !== '?xml') problems.push(`ảnh SVG có chỉ thị <${name} …?> (nạp tệp khác vào ảnh)`);
        continue;
      }
      const element = localName(name);
      if (depth === 0) root ??= element;
      const attributes = node[':@'] ?? {};
      const where = `<${name}>`;
      if (forbiddenElements.has(element)) problems.push(`ảnh SVG có phần tử ${where}: ảnh không được chứa mã chạy hay trang nhúng`);
      for (const [attribute, raw] of Object.entries(attributes)) {
        const value = String(raw);
        const local = localName(attribute);
        if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
        if (local.startsWith('on')) problems.push(`ảnh SVG có thuộc tính sự kiện ${attribute} trên ${where}: ảnh không được chứa mã chạy`);
        if (/(javascript|vbscript):|data:text\/html/.test(squeezed(value))) {
          problems.push(`ảnh SVG có địa chỉ chạy mã (${value.trim().slice(0, 40)}) trong ${attribute} của ${where}`);
        } else if (local === 'href' || local === 'src') {
          if (!isLocalReference(value.trim())) {
            problems.push(`ảnh SVG tham chiếu ra ngoài tệp: ${attribute}="${value.trim().slice(0, 80)}" trên ${where} (chỉ dùng được #mã trong cùng tệp, hoặc ảnh data:image/png, jpeg, gif, webp, avif)`);
          }
        } else if (local === 'style' || /url\(/i.test(value)) {
          problems.push(...cssProblems(value, `${attribute} của ${where}`));
        }
        if (animationElements.has(element) && local === 'attributename' && (/^(href|src)$/.test(localName(value)) || localName(value).startsWith('on'))) {
          problems.push(`ảnh SVG có hiệu ứng đổi thuộc tính ${value} trên ${where}`);
        }
      }
      const children = (node[name] as XmlNode[] | undefined) ?? [];
      if (element === 'style') {
        const css = children.map((c) => (c['#text'] as string | undefined) ?? ((c['#cdata'] as XmlNode[] | undefined)?.map((t) => t['#text']).join('') ?? '')).join('');
        problems.push(...cssProblems(css, where));
      }
      visit(children, depth + 1);
    }
  };
  visit(nodes, 0);
  if (root !== 'svg') problems.unshift(`tệp SVG không bắt đầu bằng phần tử <svg> (gặp ${root ? `<${root}>` : 'tệp trống'})`);
  return [...new Set(problems)];
}
