/**
 * The glossary keys the site composes from values the schemas allow ("status-…", "level-…-…",
 * "document-type-…"): every one must be in content/glossary.yaml. A missing key would otherwise
 * pass `npm run check` and stop the build on the first page that needs it, with a stack trace and
 * no word on which line to add.
 */
import { displayStatuses } from '../lib/milestone-status.ts';
import { placementPrecisions } from '../lib/timeline-placement.ts';
import { agencyKinds } from '../schemas/agency.ts';
import { agreementTypes } from '../schemas/agreement.ts';
import { confidence, translationStatus } from '../schemas/common.ts';
import { documentTypes } from '../schemas/document.ts';
import { quantityUnits } from '../schemas/milestone.ts';
import { provinceSchema } from '../schemas/province.ts';

const countries = provinceSchema.shape.country.options;
const levels = provinceSchema.shape.level.options;

/** Every key pages look up, with what each names (for the message). */
export const requiredGlossaryKeys: { key: string; names: string }[] = [
  ...countries.map((c) => ({ key: `country-${c}`, names: `tên nước (country: ${c})` })),
  ...levels.flatMap((l) => countries.map((c) => ({ key: `level-${l}-${c}`, names: `cấp hành chính (level: ${l}, country: ${c})` }))),
  ...documentTypes.map((t) => ({ key: `document-type-${t}`, names: `loại văn bản (type: ${t})` })),
  ...agreementTypes.map((t) => ({ key: `agreement-type-${t}`, names: `loại thỏa thuận (type: ${t})` })),
  ...agencyKinds.map((k) => ({ key: `agency-kind-${k}`, names: `loại cơ quan (kind: ${k})` })),
  ...quantityUnits.map((u) => ({ key: `unit-${u}`, names: `đơn vị (unit: ${u})` })),
  ...displayStatuses.map((s) => ({ key: `status-${s}`, names: `trạng thái mốc (${s})` })),
  ...placementPrecisions.map((p) => ({ key: `precision-${p}`, names: `độ chính xác của thời hạn (${p})` })),
  ...confidence.options.map((c) => ({ key: `confidence-${c}`, names: `độ tin cậy (confidence: ${c})` })),
  ...translationStatus.options.map((s) => ({ key: `translation-${s}`, names: `tình trạng bản dịch (${s})` })),
];

/** The required keys missing from the glossary's `keys`, as messages for content/glossary.yaml (one message when it has none). */
export function missingGlossaryKeys(keys: ReadonlySet<string>): string[] {
  if (keys.size === 0) return [`Không có bảng thuật ngữ (content/glossary.yaml) hoặc bảng trống: các trang cần ${requiredGlossaryKeys.length} thuật ngữ, như "${requiredGlossaryKeys[0]!.key}".`];
  return requiredGlossaryKeys
    .filter(({ key }) => !keys.has(key))
    .map(({ key, names }) => `Thiếu thuật ngữ "${key}", ${names}, mà các trang cần: hãy thêm dòng ${key}: { vi: …, lo: … }.`);
}
