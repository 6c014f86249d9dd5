import { PLACEHOLDER } from '../validation/placeholders.ts';
import type { ContentIndex } from './content-index.ts';
import { ScaffoldError, reader, type Flags } from './flags.ts';
import type { Scaffold } from './result.ts';
import { idList, isId, quote, sourceText } from './yaml-text.ts';

/**
 * A news article: content/news/<slug>.vi.mdx (facts and Vietnamese text). The Lao file comes
 * when a translator starts (`npm run new -- translation`), so it records the Vietnamese it translates.
 */
export function newsScaffold(flags: Flags, index: ContentIndex, today: string): Scaffold {
  const f = reader(flags, ['slug', 'date', 'agreement', 'milestone', 'province', 'document', 'section', 'item']);
  const date = f.optional('date') ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ScaffoldError(`--date viết dạng YYYY-MM-DD, ví dụ 2026-05-10 (nhận được "${date}").`);
  const slug = f.required('slug', `${date}-tuyen-quang-tiep-don-doan-xiangkhouang`);
  if (!isId(slug)) throw new ScaffoldError(`Tên thư mục bài "${slug}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "${date}-tuyen-quang-tiep-don-doan".`);
  const agreements = f.list('agreement');
  const agreementData = agreements.map((id) => index.must('agreements', id).data);
  const milestones = f.list('milestone');
  milestones.forEach((id) => index.must('milestones', id));
  const provinces = f.list('province');
  provinces.forEach((id) => index.must('provinces', id));
  const document = f.optional('document') ?? agreementData.flatMap((a) => a.documents ?? [])[0];
  if (!document) throw new ScaffoldError('Mỗi tin cần một nguồn: ghi --document ma-van-ban --section II.1 (hoặc --agreement ma-thoa-thuan để lấy văn bản của thỏa thuận).');
  index.must('documents', document);
  const section = f.optional('section') ?? 'preamble';
  const item = f.optional('item') === undefined ? undefined : Number(f.optional('item'));

  const vi = [
    '---',
    `title: ${quote(`${PLACEHOLDER}: tiêu đề tin`)}`,
    `summary: ${quote(`${PLACEHOLDER}: một hai câu tóm tắt (hiện trong danh sách tin)`)}`,
    `date: ${date}`,
    `agreements: ${idList(agreements)}`,
    ...(milestones.length ? ['milestones:', ...milestones.map((m) => `  - ${m}`)] : ['milestones: []']),
    `provinces: ${idList(provinces)}`,
    'sources:',
    `  - ${sourceText(document, section, item)}`,
    '---',
    '',
    `${PLACEHOLDER}: nội dung bài, viết bằng Markdown. Mỗi đoạn cách nhau một dòng trống; in đậm viết **như thế này**; liên kết viết [chữ](https://địa-chỉ).`,
    '',
  ].join('\n');
  return {
    files: [
      { path: `news/${slug}.vi.mdx`, text: vi },
    ],
    next: [
      `Viết tiêu đề, tóm tắt và nội dung bài trong news/${slug}.vi.mdx; kiểm tra nguồn (sources) trỏ đúng mục của văn bản.`,
      `Người dịch, khi bản tiếng Việt đã xong: npm run new -- translation --file content/news/${slug}.vi.mdx`,
    ],
  };
}
