/** Which addresses an article may link to or show images from (see mdx-safety.ts). */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Browsers ignore tabs, newlines and control characters inside a URL's scheme ("java\tscript:"). */
const normalizeUrl = (url: string) => url.replace(/[\u0000-\u0020]/g, '');

/** Why a link target is refused, or undefined when it is fine. */
export function linkProblem(url: string): string | undefined {
  const clean = normalizeUrl(url);
  const scheme = SCHEME.exec(clean)?.[1].toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    return `Liên kết "${url}" bị cấm: địa chỉ "${scheme}:" chạy mã hoặc chứa dữ liệu ẩn. Chỉ dùng https://…, mailto:… hoặc địa chỉ tương đối.`;
  }
  if (scheme && !LINK_SCHEMES.has(scheme)) return `Liên kết "${url}" dùng giao thức "${scheme}:" không được phép: chỉ dùng https://, http://, mailto: hoặc tel:.`;
  if (!scheme && clean.startsWith('/') && !clean.startsWith('//')) {
    return `Liên kết "${url}" bắt đầu bằng "/" sẽ hỏng khi trang được đặt trong một thư mục con: viết địa chỉ tương đối (ví dụ "../../agreements/ma-thoa-thuan/") hoặc ghi mã vào agreements/milestones ở phần thông tin đầu bài.`;
  }
  return undefined;
}

/** Why an image source is refused: images must be files stored beside the article. */
export function imageProblem(url: string): string | undefined {
  const clean = normalizeUrl(url);
  if (SCHEME.test(clean) || clean.startsWith('//') || clean.startsWith('/')) {
    return `Ảnh "${url}" phải là tệp đặt cạnh bài viết (ví dụ "./anh-hoi-nghi.jpg"), không lấy từ máy chủ khác hay đường dẫn tuyệt đối.`;
  }
  return undefined;
}
