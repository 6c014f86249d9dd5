import { agencyKinds } from '../schemas/agency.ts';
import { PLACEHOLDER } from '../validation/placeholders.ts';
import type { ContentIndex } from './content-index.ts';
import { ScaffoldError, reader, type Flags } from './flags.ts';
import type { Scaffold } from './result.ts';
import { isId, quote } from './yaml-text.ts';

/** A body named in the documents: content/agencies/<id>.yaml, of a province or national (--country). */
export function agencyScaffold(flags: Flags, index: ContentIndex): Scaffold {
  const f = reader(flags, ['id', 'province', 'country', 'kind']);
  const id = f.required('id', 'so-y-te-xiangkhouang');
  if (!isId(id)) throw new ScaffoldError(`Mã cơ quan "${id}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "so-y-te-xiangkhouang".`);
  const kind = f.optional('kind') ?? 'department';
  if (!(agencyKinds as readonly string[]).includes(kind)) throw new ScaffoldError(`--kind phải là một trong: ${agencyKinds.join(', ')}.`);
  const province = f.optional('province');
  const country = province ? index.must('provinces', province).data.country : f.optional('country');
  if (!country) throw new ScaffoldError('Ghi tỉnh của cơ quan (--province xiangkhouang), hoặc --country vn|la cho cơ quan trung ương.');
  if (country !== 'vn' && country !== 'la') throw new ScaffoldError(`--country phải là vn hoặc la (nhận được "${country}").`);
  const lines = [
    `# Điền các chỗ "${PLACEHOLDER}", rồi chạy: npm run check`,
    ...(province ? [`province: ${province}`] : []),
    `country: ${country}`,
    `kind: ${kind}`,
    'name:',
    `  vi: ${quote(`${PLACEHOLDER}: tên đầy đủ, ví dụ Sở Y tế tỉnh Xiêng Khoảng`)}`,
    '  # lo: tên tiếng Lào (người dịch điền, rồi bỏ dấu #)',
    '# shortName: { vi: Sở Y tế }   # tên ngắn dùng trong bảng, nếu cần',
    'translation: { lo: missing }',
    '',
  ];
  return {
    files: [{ path: `agencies/${id}.yaml`, text: lines.join('\n') }],
    next: ['Viết tên đầy đủ của cơ quan (name.vi) như văn bản ghi.', 'Người dịch: thêm tên tiếng Lào (name.lo) rồi ghi translation: { lo: complete }.'],
  };
}
