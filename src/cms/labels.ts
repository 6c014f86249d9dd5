/**
 * Vietnamese labels and hints of the CMS fields. The field names, types, required flags and allowed
 * values come from the schemas (src/cms/fields.ts); only the words an editor reads live here.
 * A field without a label here shows its name, which a test reports (tests/unit/cms-config.test.ts).
 */

interface Label { label: string; hint?: string }

/** By field name, wherever it appears. */
const byName: Record<string, Label> = {
  title: { label: 'Tiêu đề' },
  summary: { label: 'Tóm tắt', hint: 'Một hai câu, hiện trong danh sách và kết quả tìm kiếm.' },
  body: { label: 'Nội dung' },
  date: { label: 'Ngày' },
  vi: { label: 'Tiếng Việt' },
  lo: { label: 'Tiếng Lào' },
  source: { label: 'Nguồn (văn bản, mục, gạch đầu dòng)' },
  sources: { label: 'Nguồn' },
  document: { label: 'Văn bản' },
  section: { label: 'Mục', hint: 'Số mục như in trong văn bản, ví dụ II.1.1; "preamble" cho phần mở đầu, "closing" cho đoạn kết.' },
  item: { label: 'Gạch đầu dòng số', hint: 'Thứ tự gạch đầu dòng "-" trong mục, đếm từ 1; bỏ trống nếu cả mục là một nhiệm vụ.' },
  agreement: { label: 'Thỏa thuận' },
  agreements: { label: 'Thỏa thuận liên quan' },
  milestones: { label: 'Nhiệm vụ liên quan' },
  provinces: { label: 'Tỉnh liên quan' },
  areas: { label: 'Lĩnh vực' },
  when: { label: 'Thời gian thực hiện', hint: 'Ghi như trong văn bản: Quý IV/2023, 6 tháng đầu năm 2023, 2021-2025, Hằng năm, Thường xuyên… Bỏ trống nếu văn bản không ghi thời gian.' },
  whenSource: { label: 'Nơi văn bản ghi thời gian', hint: 'Chỉ khi thời gian được ghi ở chỗ khác với mục của nhiệm vụ, ví dụ đoạn kết của kế hoạch (closing).' },
  dateBasis: { label: 'Căn cứ của ngày đăng', hint: 'Khi các nguồn được lưu không ghi ngày này: ghi nơi công bố và độ tin cậy.' },
  reference: { label: 'Căn cứ ngoài văn bản', hint: 'Khi không văn bản nào được lưu nêu ngày ký: ghi căn cứ và độ tin cậy (thay cho Nguồn).' },
  lead: { label: 'Cơ quan chủ trì', hint: 'Có thể nhiều cơ quan đồng chủ trì, như văn bản ghi.' },
  coordinating: { label: 'Cơ quan phối hợp' },
  mentioned: { label: 'Cơ quan khác được nêu' },
  quantities: { label: 'Số lượng dự kiến' },
  value: { label: 'Số lượng' },
  upTo: { label: 'Đến (khi văn bản ghi một khoảng)' },
  unit: { label: 'Đơn vị' },
  of: { label: 'Đếm cái gì (khi đơn vị chưa đủ rõ)' },
  year: { label: 'Năm' },
  places: { label: 'Địa bàn (tỉnh, huyện)' },
  status: { label: 'Báo cáo tiến độ', hint: 'Mỗi lần có báo cáo mới, thêm một mục: ngày, tình trạng, ghi chú và nguồn của báo cáo.' },
  note: { label: 'Ghi chú' },
  type: { label: 'Loại' },
  parties: { label: 'Các bên ký' },
  province: { label: 'Tỉnh' },
  period: { label: 'Giai đoạn' },
  from: { label: 'Từ năm' },
  to: { label: 'Đến năm' },
  signed: { label: 'Ký kết' },
  place: { label: 'Nơi ký' },
  documents: { label: 'Văn bản thực hiện' },
  budget: { label: 'Kinh phí' },
  amount: { label: 'Số tiền' },
  currency: { label: 'Đơn vị tiền' },
  description: { label: 'Mô tả' },
  order: { label: 'Thứ tự trong danh sách', hint: 'Số nhỏ hiện trước.' },
  country: { label: 'Nước' },
  kind: { label: 'Loại cơ quan' },
  name: { label: 'Tên' },
  shortName: { label: 'Tên viết tắt' },
  basis: { label: 'Căn cứ' },
  confidence: { label: 'Độ tin cậy' },
  validFrom: { label: 'Có hiệu lực từ ngày' },
  validTo: { label: 'Đến ngày (ngày cuối cùng)' },
  successor: { label: 'Đơn vị kế thừa' },
  change: { label: 'Thay đổi' },
  changeBasis: { label: 'Căn cứ của thay đổi' },
  translation: { label: 'Trạng thái bản dịch tiếng Lào' },
  level: { label: 'Cấp' },
  parent: { label: 'Thuộc tỉnh' },
  romanised: { label: 'Tên La-tinh quốc tế', hint: 'Ví dụ Xiangkhouang.' },
  aliases: { label: 'Cách viết khác trong văn bản' },
  capital: { label: 'Tỉnh lỵ' },
  coordinates: { label: 'Tọa độ' },
  lat: { label: 'Vĩ độ' },
  lon: { label: 'Kinh độ' },
  number: { label: 'Số văn bản' },
  issuer: { label: 'Cơ quan ban hành' },
  translatedFrom: { label: 'Bản dịch dựa trên bản tiếng Việt' },
  numberPublishedElsewhere: { label: 'Số văn bản công bố ở nơi khác' },
  datePublishedElsewhere: { label: 'Ngày công bố ở nơi khác' },
  signer: { label: 'Người ký' },
  supersedes: { label: 'Thay thế văn bản' },
  cites: { label: 'Văn bản được nhắc đến' },
  tasks: { label: 'Các phần giao nhiệm vụ', hint: 'Ví dụ II, IV.2: mỗi gạch đầu dòng trong đó phải có một nhiệm vụ (mốc).' },
  sourceFile: { label: 'Tên tệp gốc (.txt)' },
  id: { label: 'Mã (dùng trong địa chỉ trang)', hint: 'Chỉ điền khi tạo mới: chữ thường không dấu, số, nối bằng dấu gạch ngang, ví dụ ii-1-1 hoặc so-ngoai-vu-tuyen-quang. Không đổi được sau khi lưu.' },
};

/** By collection and dotted path, where one name means different things. */
const byPath: Record<string, Label> = {
  'agreements.parties.body': { label: 'Cơ quan ký' },
  'news.date': { label: 'Ngày đăng tin' },
  'milestones.status.date': { label: 'Ngày báo cáo' },
  'milestones.status.status': { label: 'Tình trạng' },
  'milestones.status.source': { label: 'Nguồn của báo cáo (văn bản, mục, gạch đầu dòng)' },
  'milestones.title': { label: 'Tên nhiệm vụ' },
  'areas.title': { label: 'Tên lĩnh vực' },
  'areas.summary': { label: 'Lĩnh vực gồm những gì', hint: 'Một hai câu.' },
  'agencies.name': { label: 'Tên đầy đủ' },
  'capital.name': { label: 'Tên tỉnh lỵ' },
};

export function fieldLabel(collection: string, path: string): Label {
  const name = path.split('.').pop()!;
  const tail = path.split('.').slice(-2).join('.');
  return byPath[`${collection}.${path}`] ?? byPath[`${collection}.${name}`] ?? byPath[tail] ?? byName[name] ?? { label: name };
}

/** Allowed values shown with their Vietnamese words; the value itself is what the file holds. */
const options: Record<string, Record<string, string>> = {
  status: { 'in-progress': 'Đang thực hiện', completed: 'Đã hoàn thành', postponed: 'Hoãn', cancelled: 'Hủy bỏ' },
  unit: {
    student: 'học sinh, sinh viên', trainee: 'học viên', person: 'người', official: 'cán bộ', delegation: 'đoàn',
    model: 'mô hình', scholarship: 'suất học bổng', course: 'lớp', event: 'sự kiện', VND: 'đồng', LAK: 'kíp', USD: 'USD',
  },
  country: { vn: 'Việt Nam', la: 'Lào' },
  level: { province: 'tỉnh', district: 'huyện' },
  confidence: { H: 'đã xác nhận', M: 'theo một nguồn', U: 'chưa xác minh' },
  kind: {
    'people-committee': 'Chính quyền tỉnh', department: 'Sở, ngành', office: 'Văn phòng', university: 'Trường đại học',
    college: 'Trường cao đẳng', school: 'Trường học', hospital: 'Bệnh viện', media: 'Báo chí, phát thanh, truyền hình',
    centre: 'Trung tâm', association: 'Hội, đoàn thể', committee: 'Ban chỉ đạo', other: 'Cơ quan khác',
  },
  type: {
    agreement: 'Thỏa thuận', memorandum: 'Bản ghi nhớ', minutes: 'Biên bản', programme: 'Chương trình hợp tác (không ký riêng)',
    plan: 'Kế hoạch', notice: 'Thông báo', decision: 'Quyết định', report: 'Báo cáo',
  },
  lo: { complete: 'đã dịch đủ', partial: 'dịch một phần', missing: 'chưa dịch', outdated: 'bản dịch cũ' },
};

export function optionLabel(path: string, value: string): string {
  const words = options[path.split('.').pop()!]?.[value];
  return words ? `${words} (${value})` : value;
}

/** How a reference picker shows and searches the entries of each collection: by Vietnamese name. */
export function referenceDisplay(collection: string): { display: string[]; search: string[] } {
  if (collection === 'agencies') return { display: ['{{name.vi}}'], search: ['name.vi', 'shortName.vi'] };
  if (collection === 'provinces') return { display: ['{{name.vi}}'], search: ['name.vi', 'romanised'] };
  if (collection === 'documents') return { display: ['{{title.vi}}'], search: ['title.vi', 'number'] };
  if (collection === 'areas') return { display: ['{{name}}'], search: ['name'] };
  return { display: ['{{title}}'], search: ['title'] };
}
