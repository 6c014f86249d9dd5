import { agencyScaffold } from './agency.ts';
import { agreementScaffold } from './agreement.ts';
import type { ContentIndex } from './content-index.ts';
import { ScaffoldError, type Flags } from './flags.ts';
import { milestoneScaffold } from './milestone.ts';
import { newsScaffold } from './news.ts';
import { translationScaffold } from './translation.ts';
import type { Scaffold } from './result.ts';

export const usage = `Tạo tệp nội dung mới (cả hai ngôn ngữ), không hỏi gì thêm:

  npm run new -- news --slug 2026-05-10-tuyen-quang-tiep-don-doan --agreement tuyen-quang-xiangkhouang-2021-2025 [--date 2026-05-10] [--milestone thoa-thuan/ma-moc] [--province tuyen-quang] [--document ma-van-ban --section II.2 --item 1]
  npm run new -- milestone --agreement tuyen-quang-xiangkhouang-2021-2025 --id ii-2-5 --section II.2 --item 1 --area education [--when "Quý IV/2026"] [--lead ma-co-quan[,ma-co-quan-2]] [--document ma-van-ban]
  npm run new -- agreement --id tuyen-quang-xiangkhouang-2026-2030 --vn tuyen-quang --la xiangkhouang --from 2026 --to 2030 --signed 2026-03-29 --plan-date 2026-05-19 [--type agreement|memorandum|minutes|programme] [--document ma-van-ban] [--issuer ma-co-quan]
  npm run new -- agency --id so-y-te-xiangkhouang --province xiangkhouang [--kind department]
  npm run new -- translation --file content/news/2026-05-10-tuyen-quang-tiep-don-doan.vi.mdx   (tệp tiếng Lào cho người dịch)

Danh sách nhiều giá trị cách nhau bằng dấu phẩy: --area education,health`;

/** The files one `npm run new` call creates. */
export function scaffold(flags: Flags, index: ContentIndex, today: string): Scaffold {
  switch (flags.kind) {
    case 'news':
      return newsScaffold(flags, index, today);
    case 'milestone':
      return milestoneScaffold(flags, index);
    case 'agreement':
      return agreementScaffold(flags, index);
    case 'agency':
      return agencyScaffold(flags, index);
    case 'translation':
      return translationScaffold(flags, index);
    default:
      throw new ScaffoldError(`${flags.kind ? `Không có loại "${flags.kind}".` : 'Cần ghi loại nội dung.'} Chọn news, milestone, agreement, agency hoặc translation.\n\n${usage}`);
  }
}
