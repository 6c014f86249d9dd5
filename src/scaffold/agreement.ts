import { agreementTypes } from '../schemas/agreement.ts';
import { PLACEHOLDER } from '../validation/placeholders.ts';
import type { ContentIndex } from './content-index.ts';
import { ScaffoldError, reader, type Flags } from './flags.ts';
import type { Scaffold } from './result.ts';
import { isId, quote, sourceText } from './yaml-text.ts';

/**
 * An agreement and the plan that carries it out: content/agreements/<id>.vi.mdx and
 * content/documents/<document>.md, where the editor pastes the plan's full text verbatim.
 * Milestones follow, one per task, with `npm run new -- milestone`.
 */
export function agreementScaffold(flags: Flags, index: ContentIndex): Scaffold {
  const f = reader(flags, ['id', 'type', 'vn', 'la', 'from', 'to', 'signed', 'document', 'issuer', 'plan-date']);
  const id = f.required('id', 'tuyen-quang-xiangkhouang-2026-2030');
  if (!isId(id)) throw new ScaffoldError(`Mã thỏa thuận "${id}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "tuyen-quang-xiangkhouang-2026-2030".`);
  const type = f.optional('type') ?? 'agreement';
  if (!(agreementTypes as readonly string[]).includes(type)) throw new ScaffoldError(`--type phải là một trong: ${agreementTypes.join(', ')}.`);
  const vn = f.required('vn', 'tuyen-quang');
  const la = f.required('la', 'xiangkhouang');
  for (const [flag, province, country] of [['vn', vn, 'vn'], ['la', la, 'la']] as const) {
    const data = index.must('provinces', province).data;
    if (data.country !== country) throw new ScaffoldError(`--${flag} cần một tỉnh của ${country === 'vn' ? 'Việt Nam' : 'Lào'}; "${province}" không phải.`);
  }
  const from = Number(f.required('from', '2026'));
  const to = Number(f.required('to', '2030'));
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) throw new ScaffoldError('--from và --to là năm bắt đầu và năm kết thúc, ví dụ --from 2026 --to 2030.');
  const signed = type === 'programme' ? f.optional('signed') : f.required('signed', '2026-03-29');
  const documentId = f.optional('document') ?? `${id}-ke-hoach`;
  if (!isId(documentId)) throw new ScaffoldError(`Mã văn bản "${documentId}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.`);
  if (index.documents.has(documentId)) throw new ScaffoldError(`Đã có văn bản "${documentId}": chọn mã khác bằng --document.`);
  const issuer = f.optional('issuer') ?? defaultIssuer(index, vn);
  index.must('agencies', issuer);
  const planDate = f.required('plan-date', '2026-05-19');

  const agreement = [
    '---',
    `# Điền các chỗ "${PLACEHOLDER}", rồi chạy: npm run check`,
    `type: ${type}   # ${agreementTypes.join(' | ')}`,
    `title: ${quote(`${PLACEHOLDER}: tên thỏa thuận như văn bản ghi`)}`,
    `summary: ${quote(`${PLACEHOLDER}: hai ba câu: hai bên cam kết hợp tác những gì, kế hoạch nào cụ thể hóa`)}`,
    'parties:',
    `  - { province: ${vn} }   # thêm body: ma-co-quan-ky nếu văn bản nêu cơ quan ký`,
    `  - { province: ${la} }`,
    `period: { from: ${from}, to: ${to} }`,
    ...(signed
      ? ['signed:', `  date: ${quote(signed)}`, `  source: ${sourceText(documentId, 'preamble')}   # mục của văn bản nêu ngày ký`]
      : []),
    `documents: [${documentId}]`,
    'sources:',
    `  - ${sourceText(documentId, 'preamble')}`,
    '---',
    '',
  ];
  const document = [
    '---',
    'type: plan',
    '# number: "110/KH-UBND"   # số văn bản như bản in',
    `date: ${quote(planDate)}`,
    `issuer: ${issuer}`,
    'title:',
    `  vi: ${quote(`${PLACEHOLDER}: tên văn bản như bản in`)}`,
    'summary:',
    `  vi: ${quote(`${PLACEHOLDER}: văn bản này để làm gì, một hai câu`)}`,
    '# tasks: các phần có nhiệm vụ cần theo dõi, ví dụ [II, IV]; mỗi gạch đầu dòng trong đó cần một mốc.',
    'tasks: []',
    `sourceFile: ${quote(`${documentId}.txt`)}   # tên tệp gốc trong bộ tài liệu`,
    'translation: { lo: missing }',
    '---',
    '',
    `${PLACEHOLDER}: dán toàn văn văn bản vào đây, giữ nguyên từng chữ như bản gốc: số mục "I.", "1.", "1.1." và gạch đầu dòng "- " mỗi thứ một dòng.`,
    '',
  ];
  return {
    files: [
      { path: `agreements/${id}.vi.mdx`, text: agreement.join('\n') },
      { path: `documents/${documentId}.md`, text: document.join('\n') },
    ],
    next: [
      `Dán toàn văn kế hoạch vào documents/${documentId}.md, giữ nguyên từng chữ; ghi tasks (ví dụ [II]).`,
      'Sửa signed.source cho đúng mục nêu ngày ký; viết tên và tóm tắt thỏa thuận.',
      `Thêm mỗi nhiệm vụ một mốc: npm run new -- milestone --agreement ${id} --id ii-1-1 --section II.1 --item 1 --area education`,
    ],
  };
}

/** The people's committee (or provincial administration) of the Vietnamese province, when there is exactly one. */
function defaultIssuer(index: ContentIndex, province: string): string {
  const committees = [...index.agencies.values()].filter((a) => {
    const d = a.data;
    return d.province === province && d.kind === 'people-committee' && !d.validTo;
  });
  if (committees.length === 1) return committees[0].id;
  throw new ScaffoldError(`Ghi cơ quan ban hành kế hoạch: --issuer ma-co-quan (ví dụ ubnd-${province}).`);
}
