import { laoCoverage } from '../lib/translation-status.ts';
import { proseFields, translatedCollections, type TranslatedCollection } from '../schemas/index.ts';
import { PLACEHOLDER } from '../validation/placeholders.ts';
import type { ContentIndex } from './content-index.ts';
import { ScaffoldError, reader, type Flags } from './flags.ts';
import type { Scaffold } from './result.ts';
import { quote } from './yaml-text.ts';

const labels: Record<string, string> = { title: 'ຫົວຂໍ້', summary: 'ສະຫຼຸບຫຍໍ້', name: 'ຊື່', description: 'ຄຳອະທິບາຍ' };

/**
 * The Lao file of an entry, next to its Vietnamese file, for a translator to fill: each prose
 * field the Vietnamese has, the body if it has one, and `translatedFrom`, the fingerprint of the
 * Vietnamese as it is now. Run it again (after deleting the Lao file, or with --update) when the
 * Vietnamese has changed.
 */
export function translationScaffold(flags: Flags, index: ContentIndex): Scaffold {
  const f = reader(flags, ['file']);
  const file = f.required('file', 'content/news/2023-05-19-tuyen-quang-ke-hoach-110.vi.mdx').replace(/^\.\//, '');
  const match = /^content\/(areas|agreements|milestones|news)\/(.+)\.vi\.mdx$/.exec(file);
  if (!match) throw new ScaffoldError(`--file là tệp tiếng Việt của một thỏa thuận, lĩnh vực, mốc hoặc tin, ví dụ content/news/2023-05-19-tuyen-quang-ke-hoach-110.vi.mdx (nhận được "${file}").`);
  const collection = match[1] as TranslatedCollection;
  const vi = index.session.entries.get(collection)?.get(match[2]!);
  if (!vi) throw new ScaffoldError(`Không đọc được ${file}: tệp không có, hoặc đang có lỗi (chạy npm run check).`);
  if (index.session.entries.get(translatedCollections[collection])?.has(vi.id)) {
    throw new ScaffoldError(`Đã có bản tiếng Lào ${file.replace(/\.vi\.mdx$/, '.lo.mdx')}: hãy sửa tệp đó, rồi ghi translatedFrom theo mã mà npm run translations in ra.`);
  }
  const keys = proseFields[collection] as readonly string[];
  const { hash } = laoCoverage(vi, undefined, keys);
  const lines = [
    '---',
    '# ການແປພາສາລາວ: ແປແຕ່ລະແຖວ ແລະ ເນື້ອໃນຂ້າງລຸ່ມ, ແທນບ່ອນທີ່ຂຽນວ່າ "CẦN ĐIỀN".',
    ...keys.filter((k) => vi.data[k] !== undefined).map((k) => `${k}: ${quote(`${PLACEHOLDER} — ${labels[k]}`)}`),
    `translatedFrom: ${quote(hash)}   # ລະຫັດຂອງສະບັບພາສາຫວຽດນາມທີ່ແປ: ຢ່າແກ້ໄຂ`,
    '---',
    '',
    ...(vi.body?.trim() ? [`${PLACEHOLDER} — ເນື້ອໃນເປັນພາສາລາວ.`, ''] : []),
  ];
  return {
    files: [{ path: `${collection}/${match[2]}.lo.mdx`, text: lines.join('\n') }],
    next: ['ແປທຸກບ່ອນທີ່ຂຽນວ່າ "CẦN ĐIỀN", ແລ້ວກວດສອບດ້ວຍ: npm run check'],
  };
}
