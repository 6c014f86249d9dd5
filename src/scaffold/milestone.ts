import { parseDocumentSections } from '../lib/document-sections.ts';
import { PLACEHOLDER } from '../validation/placeholders.ts';
import type { ContentIndex } from './content-index.ts';
import { ScaffoldError, reader, type Flags } from './flags.ts';
import type { Scaffold } from './result.ts';
import { idList, isId, quote, sourceText } from './yaml-text.ts';

/**
 * A planned task of an agreement: content/milestones/<agreement>/<id>.vi.mdx, citing its section
 * of the plan. Its summary starts as the cited text itself, so the editor only shortens it.
 * The Lao file comes later, when a translator starts: `npm run new -- translation`.
 */
export function milestoneScaffold(flags: Flags, index: ContentIndex): Scaffold {
  const f = reader(flags, ['agreement', 'id', 'section', 'item', 'area', 'document', 'when', 'lead']);
  const agreementId = f.required('agreement', 'tuyen-quang-xiangkhouang-2021-2025');
  const agreement = index.must('agreements', agreementId).data;
  const id = f.required('id', 'ii-2-5');
  if (!isId(id)) throw new ScaffoldError(`Mã mốc "${id}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "ii-2-5" (theo số mục II.2, gạch đầu dòng 5).`);
  const section = f.required('section', 'II.2');
  const itemText = f.optional('item');
  const item = itemText === undefined ? undefined : Number(itemText);
  if (item !== undefined && !(Number.isInteger(item) && item > 0)) throw new ScaffoldError(`--item là số thứ tự gạch đầu dòng trong mục, từ 1 trở lên (nhận được "${itemText}").`);
  const areas = f.list('area');
  if (areas.length === 0) throw new ScaffoldError(`Thiếu --area (lĩnh vực), ví dụ: --area education. Các lĩnh vực có: ${[...index.areas.keys()].join(', ')}.`);
  areas.forEach((area) => index.must('areas', area));
  const documentId = f.optional('document') ?? agreement.documents?.[0];
  if (!documentId) throw new ScaffoldError(`Thỏa thuận "${agreementId}" chưa có văn bản kế hoạch (documents): ghi --document ma-van-ban.`);
  const document = index.must('documents', documentId);
  // "--lead a,b" when the lead column names several bodies.
  const leads = f.list('lead');
  leads.forEach((id) => index.must('agencies', id));
  const when = f.optional('when');

  const cited = citedText(document.body ?? '', section, item);
  const lines = [
    '---',
    `# Nhiệm vụ trích từ văn bản ${documentId}, mục ${section}${item ? `, gạch đầu dòng ${item}` : ''}.`,
    `# Điền các chỗ "${PLACEHOLDER}", rồi chạy: npm run check`,
    `agreement: ${agreementId}`,
    `areas: ${idList(areas)}`,
    `title: ${quote(`${PLACEHOLDER}: tên ngắn của nhiệm vụ (một dòng)`)}`,
    `summary: ${quote(cited ?? `${PLACEHOLDER}: nội dung nhiệm vụ như trong văn bản`)}`,
    when ? `when: ${quote(when)}` : '# when: "Quý IV/2026"   # thời hạn như văn bản ghi; bỏ dòng này nếu văn bản không nêu',
    leads.length > 0 ? `lead: ${idList(leads)}` : '# lead: [ma-co-quan-chu-tri]   # các cơ quan chủ trì, nếu văn bản nêu',
    'coordinating: []   # cơ quan phối hợp, ví dụ [so-tai-chinh-tuyen-quang]',
    'quantities: []     # số lượng, ví dụ - { value: 50, unit: student }',
    'places: []         # nơi thực hiện (mã tỉnh/huyện)',
    `source: ${sourceText(documentId, section, item)}`,
    '# Tiến độ: thêm một mục cho mỗi báo cáo, kèm nguồn, ví dụ:',
    '# status:',
    '#   - date: 2026-06-30',
    '#     status: in-progress   # in-progress | completed | postponed | cancelled',
    '#     source: { document: ma-bao-cao, section: "II.1", item: 2 }',
    '---',
    '',
  ];
  return {
    files: [{ path: `milestones/${agreementId}/${id}.vi.mdx`, text: lines.join('\n') }],
    next: [
      'Viết tên ngắn (title); rút gọn nội dung (summary) nếu cần, giữ đúng ý văn bản.',
      'Thêm thời hạn (when), cơ quan chủ trì (lead), phối hợp, số lượng nếu văn bản có nêu.',
      `Người dịch: npm run new -- translation --file content/milestones/${agreementId}/${id}.vi.mdx`,
    ],
  };
}

/** The text of the cited bullet, row or section heading, for a first summary; undefined when not found. */
function citedText(body: string, section: string, item?: number): string | undefined {
  const found = parseDocumentSections(body).find((s) => s.id === section);
  if (!found) return undefined;
  if (item === undefined) return found.heading || undefined;
  const block = found.blocks.find((b) => (b.kind === 'item' || b.kind === 'row') && b.index === item);
  if (!block) return undefined;
  return block.kind === 'row' ? block.cells.slice(1).join(' — ') : block.kind === 'item' ? block.text : undefined;
}
