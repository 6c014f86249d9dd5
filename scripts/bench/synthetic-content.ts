/**
 * Synthetic content for `npm run bench`: many agreements, milestones and news articles in both
 * languages, written into a copy's `content/` folder on top of the real provinces, agencies,
 * areas, glossary and documents (which are read, never changed). Every reference points at an
 * existing entry and every citation at an existing section and bullet of a hosted document,
 * so the project's content checker accepts the result and the build runs as for real content.
 *
 * Deterministic: the same options and the same real content give the same files.
 */
import { tmpdir } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { translationHash } from '../../src/lib/translation-hash.ts';
import { parseDocumentSections, taskUnits, citableIndexes, type TaskUnit } from '../../src/lib/document-sections.ts';
import { parseFuzzyDate } from '../../src/lib/fuzzy-date.ts';

export interface SyntheticOptions {
  agreements: number;
  /** Milestones per agreement. */
  milestones: number;
  news: number;
  seed?: number;
}

export interface SyntheticSummary {
  agreements: number;
  milestones: number;
  news: number;
  /** Files written (news count twice: vi.mdx and lo.mdx). */
  files: number;
  /** Entries of every collection that gets one page per language (provinces … news). */
  entriesWithPages: number;
  /** Milestones whose `when` uses each notation, to show the mix. */
  dateForms: Record<string, number>;
}

type Localized = { vi: string; lo?: string };
interface Province { id: string; country: 'vn' | 'la'; level: string; name: Localized }
interface Agency { id: string; province?: string; kind: string; name: Localized }
interface Area { id: string; name: Localized }
interface DocumentInfo { id: string; units: TaskUnit[] }

// ---------------------------------------------------------------- random, reproducible

/** mulberry32: small, fast, good enough to vary content reproducibly. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const some = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, some };
}
type Random = ReturnType<typeof random>;

// ---------------------------------------------------------------- reading the real content

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function yamlFiles(dir: string): { id: string; data: Record<string, any> }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, name), 'utf8')) ?? {} }));
}

function readReal(content: string) {
  const provinces: Province[] = yamlFiles(join(content, 'provinces')).map(({ id, data }) => ({ id, ...data }) as Province);
  const agencies: Agency[] = yamlFiles(join(content, 'agencies')).map(({ id, data }) => ({ id, ...data }) as Agency);
  const areaFile = (name: string) => FRONTMATTER.exec(readFileSync(join(content, 'areas', name), 'utf8'));
  const areaDir = join(content, 'areas');
  const areas: Area[] = (existsSync(areaDir) ? readdirSync(areaDir).filter((n) => n.endsWith('.vi.mdx')).sort() : [])
    .map((name) => {
      const vi = (parse(areaFile(name)?.[1] ?? '') ?? {}) as { name: string; order?: number };
      const loName = name.replace(/\.vi\.mdx$/, '.lo.mdx');
      const lo = existsSync(join(areaDir, loName)) ? ((parse(areaFile(loName)?.[1] ?? '') ?? {}) as { name?: string }) : {};
      return { id: name.replace(/\.vi\.mdx$/, ''), order: vi.order ?? 0, name: { vi: vi.name, ...(lo.name ? { lo: lo.name } : {}) } };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ id, name }) => ({ id, name }));
  const glossaryPath = join(content, 'glossary.yaml');
  const glossary: Record<string, Localized> = existsSync(glossaryPath) ? parse(readFileSync(glossaryPath, 'utf8')) ?? {} : {};

  const documents: DocumentInfo[] = [];
  const docDir = join(content, 'documents');
  for (const name of existsSync(docDir) ? readdirSync(docDir).filter((n) => n.endsWith('.md')).sort() : []) {
    const match = FRONTMATTER.exec(readFileSync(join(docDir, name), 'utf8'));
    if (!match) continue;
    const front = (parse(match[1] as string) ?? {}) as { tasks?: string[] };
    const sections = parseDocumentSections(match[2] ?? '');
    // The document's own task units (bullets under its `tasks` parts) are what real milestones cite;
    // a document without `tasks` still offers every numbered bullet or row.
    let units = taskUnits(sections, front.tasks ?? []).filter((u) => u.item !== undefined);
    if (units.length === 0) {
      units = sections
        .filter((s) => s.id !== 'preamble' && s.id !== 'closing')
        .flatMap((s) => citableIndexes(s).map((item) => ({ section: s.id, item })));
    }
    if (units.length > 0) documents.push({ id: name.replace(/\.md$/, ''), units });
  }
  return { provinces, agencies, areas, glossary, documents };
}

// ---------------------------------------------------------------- text in both languages

const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

/** Tasks as the plans phrase them; `{topic}` is an area name. */
const TASKS: { vi: string; lo: string }[] = [
  { vi: 'Tổ chức hội thảo chia sẻ kinh nghiệm về {topic}', lo: 'ຈັດກອງປະຊຸມສຳມະນາແລກປ່ຽນບົດຮຽນກ່ຽວກັບ{topic}' },
  { vi: 'Trao đổi đoàn công tác về {topic}', lo: 'ແລກປ່ຽນຄະນະຜູ້ແທນກ່ຽວກັບ{topic}' },
  { vi: 'Tập huấn nâng cao năng lực cho cán bộ về {topic}', lo: 'ຝຶກອົບຮົມຍົກລະດັບຄວາມສາມາດໃຫ້ພະນັກງານກ່ຽວກັບ{topic}' },
  { vi: 'Tiếp nhận học viên sang học tập, thực tập về {topic}', lo: 'ຮັບນັກສຳມະນາກອນມາຮຽນ ແລະ ຝຶກງານກ່ຽວກັບ{topic}' },
  { vi: 'Xây dựng mô hình trình diễn về {topic}', lo: 'ສ້າງແບບຢ່າງສາທິດກ່ຽວກັບ{topic}' },
  { vi: 'Hỗ trợ trang thiết bị phục vụ hợp tác về {topic}', lo: 'ສະໜອງອຸປະກອນເພື່ອຮັບໃຊ້ການຮ່ວມມືດ້ານ{topic}' },
  { vi: 'Khảo sát, đánh giá nhu cầu hợp tác về {topic}', lo: 'ສຳຫຼວດ ແລະ ປະເມີນຄວາມຕ້ອງການຮ່ວມມືດ້ານ{topic}' },
  { vi: 'Ký kết văn bản hợp tác chuyên ngành về {topic}', lo: 'ລົງນາມເອກະສານຮ່ວມມືສະເພາະຂະແໜງດ້ານ{topic}' },
  { vi: 'Tuyên truyền, quảng bá kết quả hợp tác về {topic}', lo: 'ໂຄສະນາເຜີຍແຜ່ຜົນຂອງການຮ່ວມມືດ້ານ{topic}' },
  { vi: 'Sơ kết, đánh giá kết quả hợp tác về {topic}', lo: 'ສະຫຼຸບ ແລະ ປະເມີນຜົນການຮ່ວມມືດ້ານ{topic}' },
  { vi: 'Trao đổi thông tin định kỳ giữa các cơ quan chuyên môn về {topic}', lo: 'ແລກປ່ຽນຂໍ້ມູນຂ່າວສານເປັນປະຈຳລະຫວ່າງພາກສ່ວນວິຊາການດ້ານ{topic}' },
  { vi: 'Cử chuyên gia hỗ trợ kỹ thuật về {topic}', lo: 'ສົ່ງຊ່ຽວຊານໄປຊ່ວຍເຫຼືອດ້ານເຕັກນິກກ່ຽວກັບ{topic}' },
];

const QUANTITY_UNITS: { unit: string; of: Localized }[] = [
  { unit: 'student', of: { vi: 'học sinh, sinh viên sang học tập', lo: 'ນັກຮຽນ, ນັກສຶກສາທີ່ມາຮຽນ' } },
  { unit: 'trainee', of: { vi: 'học viên các lớp tập huấn', lo: 'ນັກສຳມະນາກອນຂອງຫຼັກສູດຝຶກອົບຮົມ' } },
  { unit: 'official', of: { vi: 'cán bộ chuyên môn được cử đi', lo: 'ພະນັກງານວິຊາການທີ່ຖືກສົ່ງໄປ' } },
  { unit: 'delegation', of: { vi: 'đoàn công tác trao đổi', lo: 'ຄະນະຜູ້ແທນແລກປ່ຽນ' } },
  { unit: 'model', of: { vi: 'mô hình trình diễn', lo: 'ແບບຢ່າງສາທິດ' } },
  { unit: 'course', of: { vi: 'lớp tập huấn', lo: 'ຫຼັກສູດຝຶກອົບຮົມ' } },
  { unit: 'event', of: { vi: 'sự kiện giao lưu', lo: 'ກິດຈະກຳແລກປ່ຽນ' } },
  { unit: 'scholarship', of: { vi: 'suất học bổng toàn phần', lo: 'ທຶນການສຶກສາເຕັມສ່ວນ' } },
];

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A date in the editors' notation inside the agreement's period (the pages parse `when`
 * with the period as context and refuse a date outside it). Undefined: the plan sets none.
 */
function fuzzyDate(r: Random, from: number, to: number): { text?: string; form: string } {
  const y = r.int(from, to);
  const forms: [string, () => string | undefined][] = [
    ['Quý N/YYYY', () => `Quý ${r.pick(ROMAN)}/${y}`],
    ['Hằng năm', () => 'Hằng năm'],
    ['YYYY-YYYY', () => (from < to ? `${from}-${to}` : `${y}`)],
    ['Thường xuyên', () => 'Thường xuyên'],
    ['tháng M/YYYY', () => `tháng ${r.int(1, 12)}/${y}`],
    ['6 tháng đầu/cuối năm', () => `6 tháng ${r.pick(['đầu', 'cuối'])} năm ${y}`],
    ['YYYY', () => `${y}`],
    ['Từ năm YYYY', () => `Từ năm ${y}`],
    ['YYYY và YYYY', () => (y < to ? `${y} và ${r.int(y + 1, to)}` : `${y}`)],
    ['trước ngày D/M/YYYY', () => `trước ngày ${r.int(1, 28)}/${r.int(1, 12)}/${y}`],
    ['trước ngày D/M hằng năm', () => `trước ngày ${r.pick(['31/10', '15/11', '30/6'])} hằng năm`],
    ['Quý II hoặc III năm YYYY', () => `Quý II hoặc III năm ${y}`],
    ['YYYY-MM-DD', () => `${y}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`],
    ['Hằng năm, YYYY-YYYY', () => `Hằng năm, ${from}-${to}`],
    ['Quý I/YYYY - Quý IV/YYYY', () => (y < to ? `Quý I/${y} - Quý IV/${to}` : `Quý I/${y} - Quý IV/${y}`)],
    ['(không ghi)', () => undefined],
  ];
  const [form, make] = r.pick(forms);
  const text = make();
  if (text === undefined) return { form };
  const parsed = parseFuzzyDate(text, { period: { from, to } });
  // The generator must only write what the checker and the pages accept: a failure here is a bug in this file.
  if (!parsed.ok) throw new Error(`synthetic date "${text}" (period ${from}-${to}) rejected: ${parsed.error}`);
  return { text, form };
}

const isoDay = (r: Random, from: number, to: number) =>
  `${r.int(from, to)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

// ---------------------------------------------------------------- writing

const yaml = (value: unknown) =>
  stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, aliasDuplicateObjects: false });

/** One generated entry, independent of how content files are laid out. */
export interface SyntheticEntry {
  collection: 'agreements' | 'milestones' | 'news';
  /** The entry's id: "<agreement>/<task>" for milestones, the slug for news. */
  id: string;
  /** Front matter / data as the schema reads it (bilingual fields as { vi, lo }). */
  data: Record<string, unknown>;
  /** News: Lao front matter (title, summary) and the prose of each language. */
  lo?: Record<string, unknown>;
  body?: { vi: string; lo: string };
}

/**
 * The only place that knows the content files' layout: writes one entry as an MDX pair,
 * <id>.vi.mdx (facts and Vietnamese prose) and <id>.lo.mdx (Lao prose and the fingerprint of
 * the Vietnamese it translates), and returns the number of files written.
 */
export function writeEntry(content: string, entry: SyntheticEntry): number {
  const write = (path: string, data: Record<string, unknown>, body = '') => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `---\n${yaml(data)}---\n${body ? `\n${body}\n` : ''}`);
  };
  const base = join(content, entry.collection, entry.id);
  const { translation: _status, ...facts } = entry.data;
  let vi = facts;
  let lo: Record<string, unknown> = entry.lo ?? {};
  if (entry.collection !== 'news') {
    // Prose fields are { vi, lo } in the generator: each language goes to its own file.
    vi = { ...facts };
    lo = {};
    for (const key of ['title', 'summary']) {
      const text = facts[key] as { vi: string; lo?: string } | undefined;
      if (!text) continue;
      vi[key] = text.vi;
      if (text.lo) lo[key] = text.lo;
    }
    if (typeof vi.lead === 'string') vi.lead = [vi.lead];
  }
  write(`${base}.vi.mdx`, vi, entry.body?.vi);
  if (Object.keys(lo).length === 0) return 1;
  const translatedFrom = translationHash([vi.title as string, vi.summary as string | undefined], entry.body?.vi ?? '');
  write(`${base}.lo.mdx`, { ...lo, translatedFrom }, entry.body?.lo);
  return 2;
}

/** Drops the Lao side of every localized text (for untranslated entries). */
function withoutLao(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLao);
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.vi === 'string' && Object.keys(record).every((k) => k === 'vi' || k === 'lo')) return { vi: record.vi };
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutLao(v)]));
}

/**
 * Replaces `content/agreements`, `content/milestones` and `content/news` under `content` with
 * synthetic entries; everything else in `content` is read and kept.
 */
export function generateSyntheticContent(content: string, options: SyntheticOptions): SyntheticSummary {
  // It deletes folders: only ever inside a temporary copy, never the project's own content.
  if (!resolve(content).startsWith(`${resolve(tmpdir())}/`)) {
    throw new Error(`Refusing to replace content outside the temporary folder (${tmpdir()}): ${content}`);
  }
  const r = random(options.seed ?? 20240519);
  const real = readReal(content);
  const vnProvinces = real.provinces.filter((p) => p.country === 'vn' && p.level === 'province');
  const laProvinces = real.provinces.filter((p) => p.country === 'la' && p.level === 'province');
  if (vnProvinces.length === 0 || laProvinces.length === 0) throw new Error('content/provinces needs at least one Vietnamese and one Lao province');
  if (real.areas.length === 0) throw new Error('content/areas is empty');
  if (real.documents.length === 0) throw new Error('no document in content/documents has a citable bullet');
  // Only agreement types the glossary can name (pages look the label up and fail otherwise).
  const types = (['agreement', 'memorandum', 'minutes'] as const).filter((t) => real.glossary[`agreement-type-${t}`]);
  if (types.length === 0) throw new Error('content/glossary.yaml names no agreement type');
  const typeLabel = (t: string): Localized => real.glossary[`agreement-type-${t}`] as Localized;

  for (const dir of ['agreements', 'milestones', 'news']) rmSync(join(content, dir), { recursive: true, force: true });

  const periods = [[2021, 2025], [2022, 2026], [2023, 2027], [2026, 2030], [2019, 2023], [2024, 2024]] as const;
  const dateForms: Record<string, number> = {};
  const milestoneIds: { agreement: string; id: string; vn: Province; la: Province; doc: string }[] = [];
  const agreementIds: string[] = [];
  let files = 0;
  let milestoneCount = 0;

  for (let a = 1; a <= options.agreements; a++) {
    const vn = vnProvinces[(a - 1) % vnProvinces.length] as Province;
    // Walk through the pairs so that neighbouring agreements differ on both sides.
    const la = laProvinces[(a - 1 + Math.floor((a - 1) / vnProvinces.length)) % laProvinces.length] as Province;
    const [from, to] = r.pick(periods);
    const type = r.pick(types);
    const id = `thu-nghiem-${String(a).padStart(3, '0')}-${vn.id}-${la.id}`;
    agreementIds.push(id);
    const docs = r.some(real.documents, Math.min(real.documents.length, r.int(1, 2)));
    const mainDoc = docs[0] as DocumentInfo;
    const bodyOf = (province: Province) =>
      real.agencies.find((x) => x.province === province.id && x.kind === 'people-committee')?.id;
    const agreementAreas = r.some(real.areas, Math.min(real.areas.length, r.int(3, 6)));
    const label = typeLabel(type);
    const agreement = {
      type,
      title: {
        vi: `${label.vi} giữa tỉnh ${vn.name.vi} và tỉnh ${la.name.vi} giai đoạn ${from}-${to} (bản thử nghiệm số ${a})`,
        lo: `${label.lo ?? label.vi}ລະຫວ່າງແຂວງ${vn.name.lo ?? vn.name.vi} ແລະ ແຂວງ${la.name.lo ?? la.name.vi} ໄລຍະ ${from}-${to} (ສະບັບທົດລອງທີ ${a})`,
      },
      summary: {
        vi: `Hai tỉnh thống nhất hợp tác trong các lĩnh vực ${agreementAreas.map((x) => lowerFirst(x.name.vi)).join('; ')}, với ${options.milestones} nhiệm vụ cụ thể được giao cho các sở, ngành trong giai đoạn ${from}-${to}.`,
        lo: `ສອງແຂວງຕົກລົງຮ່ວມມືກັນໃນຂົງເຂດ ${agreementAreas.map((x) => x.name.lo ?? x.name.vi).join('; ')}, ໂດຍມີ ${options.milestones} ໜ້າວຽກສະເພາະທີ່ມອບໃຫ້ບັນດາພະແນກການ ໃນໄລຍະ ${from}-${to}.`,
      },
      parties: [
        { province: vn.id, ...(bodyOf(vn) ? { body: bodyOf(vn) } : {}) },
        { province: la.id, ...(bodyOf(la) ? { body: bodyOf(la) } : {}) },
      ],
      period: { from, to },
      signed: {
        date: r.chance(0.5) ? isoDay(r, from, from) : `${r.int(1, 12)}/${from}`,
        place: { vi: `tỉnh ${vn.name.vi}`, lo: `ແຂວງ${vn.name.lo ?? vn.name.vi}` },
        source: { document: mainDoc.id, section: 'preamble' },
      },
      documents: docs.map((d) => d.id),
      ...(r.chance(0.4)
        ? {
            budget: {
              amount: r.int(5, 500) * 100_000_000,
              currency: 'VND',
              description: {
                vi: 'Kinh phí do ngân sách tỉnh bảo đảm theo dự toán hằng năm của các cơ quan chủ trì.',
                lo: 'ງົບປະມານແມ່ນງົບປະມານຂອງແຂວງ ຕາມແຜນງົບປະມານປະຈຳປີຂອງພາກສ່ວນຮັບຜິດຊອບ.',
              },
              source: { document: mainDoc.id, section: 'preamble' },
            },
          }
        : {}),
      sources: [{ document: mainDoc.id, section: 'preamble' }],
      translation: { lo: 'complete' },
    };
    files += writeEntry(content, { collection: 'agreements', id, data: agreement });

    const localAgencies = real.agencies.filter((x) => x.province === vn.id || x.province === la.id);
    const agencyPool = localAgencies.length > 0 ? localAgencies : real.agencies;
    for (let m = 1; m <= options.milestones; m++) {
      const doc = r.pick(docs);
      const unit = r.pick(doc.units);
      const source = { document: doc.id, section: unit.section, ...(unit.item !== undefined ? { item: unit.item } : {}) };
      const area = r.pick(agreementAreas);
      const task = r.pick(TASKS);
      const topicVi = lowerFirst(area.name.vi);
      const topicLo = area.name.lo ?? area.name.vi;
      const date = fuzzyDate(r, from, to);
      dateForms[date.form] = (dateForms[date.form] ?? 0) + 1;
      const quantity = r.chance(0.4) ? r.pick(QUANTITY_UNITS) : undefined;
      const value = r.int(2, 100);
      const lead = agencyPool.length > 0 && r.chance(0.7) ? r.pick(agencyPool).id : undefined;
      const reported = r.chance(0.25);
      const started = isoDay(r, from, Math.min(to, 2025));
      const milestone: Record<string, unknown> = {
        agreement: id,
        areas: r.chance(0.2) ? [...new Set([area.id, r.pick(real.areas).id])] : [area.id],
        title: {
          vi: `${task.vi.replace('{topic}', topicVi)} với tỉnh ${la.name.vi} (nhiệm vụ ${m})`,
          lo: `${task.lo.replace('{topic}', topicLo)} ກັບແຂວງ${la.name.lo ?? la.name.vi} (ໜ້າວຽກທີ ${m})`,
        },
        summary: {
          vi: `Các cơ quan của tỉnh ${vn.name.vi} chủ trì, phối hợp với các cơ quan của tỉnh ${la.name.vi} ${lowerFirst(task.vi.replace('{topic}', topicVi))}${quantity ? `, dự kiến ${value} ${quantity.of.vi}` : ''}; nội dung theo mục ${unit.section} của văn bản, bảo đảm hiệu quả và tiết kiệm.`,
          lo: `ບັນດາພາກສ່ວນຂອງແຂວງ${vn.name.lo ?? vn.name.vi} ເປັນເຈົ້າການ ປະສານສົມທົບກັບບັນດາພາກສ່ວນຂອງແຂວງ${la.name.lo ?? la.name.vi} ${task.lo.replace('{topic}', topicLo)}${quantity ? `, ຄາດວ່າ ${value} ${quantity.of.lo}` : ''}; ເນື້ອໃນຕາມມາດຕາ ${unit.section} ຂອງເອກະສານ, ຮັບປະກັນປະສິດທິຜົນ ແລະ ປະຢັດ.`,
        },
        ...(date.text !== undefined ? { when: date.text } : {}),
        ...(lead ? { lead: [lead] } : {}),
        coordinating: r.some(agencyPool.filter((x) => x.id !== lead), r.int(0, 2)).map((x) => x.id),
        mentioned: r.some(agencyPool.filter((x) => x.id !== lead), r.int(0, 1)).map((x) => x.id),
        quantities: quantity
          ? [{ value, ...(r.chance(0.2) ? { upTo: value + r.int(1, 20) } : {}), unit: quantity.unit, ...(r.chance(0.5) ? { of: quantity.of } : {}), ...(r.chance(0.3) ? { year: r.int(from, to) } : {}) }]
          : [],
        places: r.some([vn.id, la.id], r.int(0, 2)),
        source,
        status: reported
          ? [
              {
                date: started,
                status: 'in-progress',
                ...(r.chance(0.5) ? { note: { vi: 'Đã khởi động theo kế hoạch.', lo: 'ໄດ້ເລີ່ມຕົ້ນຕາມແຜນການ.' } } : {}),
                source,
              },
              ...(r.chance(0.4) ? [{ date: `${Number(started.slice(0, 4)) + 1}${started.slice(4)}`, status: r.pick(['completed', 'completed', 'postponed']), source }] : []),
            ]
          : [],
      };
      // Translation status must match the texts present: mostly complete, some partial, a few missing.
      const roll = r.next();
      let data: Record<string, unknown> = milestone;
      if (roll < 0.05) {
        data = { ...(withoutLao(milestone) as Record<string, unknown>), translation: { lo: 'missing' } };
      } else if (roll < 0.15) {
        data = { ...milestone, summary: { vi: (milestone.summary as Localized).vi }, translation: { lo: 'partial' } };
      } else {
        data = { ...milestone, translation: { lo: 'complete' } };
      }
      const mid = `nv-${String(m).padStart(3, '0')}`;
      files += writeEntry(content, { collection: 'milestones', id: `${id}/${mid}`, data });
      milestoneCount++;
      milestoneIds.push({ agreement: id, id: `${id}/${mid}`, vn, la, doc: doc.id });
    }
  }

  for (let n = 1; n <= options.news; n++) {
    const picked = milestoneIds.length > 0 ? r.some(milestoneIds, Math.min(3, milestoneIds.length)) : [];
    const first = picked[0];
    const date = isoDay(r, 2021, 2025);
    const slug = `${date}-tin-thu-nghiem-${String(n).padStart(3, '0')}`;
    const vn = first?.vn ?? vnProvinces[0]!;
    const la = first?.la ?? laProvinces[0]!;
    const doc = first?.doc ?? real.documents[0]!.id;
    const front = {
      title: `Tỉnh ${vn.name.vi} và tỉnh ${la.name.vi} đẩy mạnh hợp tác (tin thử nghiệm số ${n})`,
      summary: `Ngày ${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}, đại diện hai tỉnh ${vn.name.vi} và ${la.name.vi} rà soát tiến độ các nhiệm vụ hợp tác.`,
      date,
      agreements: [...new Set(picked.map((p) => p.agreement))],
      milestones: picked.map((p) => p.id),
      provinces: [vn.id, la.id],
      sources: [{ document: doc, section: 'preamble' }],
      translation: { lo: 'complete' },
    };
    const vi = [
      `Tại buổi làm việc, hai bên đánh giá kết quả thực hiện các nhiệm vụ hợp tác giữa tỉnh **${vn.name.vi}** và tỉnh **${la.name.vi}**, trao đổi về những khó khăn trong quá trình triển khai và thống nhất các giải pháp trong thời gian tới.`,
      'Các nhiệm vụ được nhắc đến trong buổi làm việc:',
      ...picked.map((p) => `- Nhiệm vụ ${p.id.split('/')[1]} của ${p.agreement}`),
      '',
      'Hai bên thống nhất tiếp tục duy trì trao đổi thông tin định kỳ, phối hợp chặt chẽ trong công tác chuẩn bị và tổ chức các hoạt động đã đề ra.',
    ].join('\n');
    const lo = [
      `ໃນກອງປະຊຸມ, ສອງຝ່າຍໄດ້ປະເມີນຜົນການຈັດຕັ້ງປະຕິບັດໜ້າວຽກຮ່ວມມືລະຫວ່າງແຂວງ**${vn.name.lo ?? vn.name.vi}** ແລະ ແຂວງ**${la.name.lo ?? la.name.vi}**, ແລກປ່ຽນກ່ຽວກັບຄວາມຫຍຸ້ງຍາກໃນການຈັດຕັ້ງປະຕິບັດ ແລະ ຕົກລົງວິທີແກ້ໄຂໃນໄລຍະຕໍ່ໜ້າ.`,
      'ໜ້າວຽກທີ່ໄດ້ກ່າວເຖິງໃນກອງປະຊຸມ:',
      ...picked.map((p) => `- ໜ້າວຽກ ${p.id.split('/')[1]} ຂອງ ${p.agreement}`),
      '',
      'ສອງຝ່າຍຕົກລົງສືບຕໍ່ແລກປ່ຽນຂໍ້ມູນຂ່າວສານເປັນປະຈຳ ແລະ ປະສານສົມທົບຢ່າງໃກ້ຊິດໃນການກະກຽມ ແລະ ຈັດຕັ້ງກິດຈະກຳທີ່ໄດ້ກຳນົດໄວ້.',
    ].join('\n');
    const loFront = {
      title: `ແຂວງ${vn.name.lo ?? vn.name.vi} ແລະ ແຂວງ${la.name.lo ?? la.name.vi} ຊຸກຍູ້ການຮ່ວມມື (ຂ່າວທົດລອງທີ ${n})`,
      summary: `ວັນທີ ${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}, ຜູ້ຕາງໜ້າສອງແຂວງໄດ້ທົບທວນຄວາມຄືບໜ້າຂອງໜ້າວຽກຮ່ວມມື.`,
    };
    files += writeEntry(content, { collection: 'news', id: slug, data: front, lo: loFront, body: { vi, lo } });
  }

  // Every collection below gives one page per entry and language.
  const entriesWithPages =
    real.provinces.length + real.agencies.length + real.areas.length + countDocuments(content) +
    options.agreements + milestoneCount + options.news;
  return { agreements: options.agreements, milestones: milestoneCount, news: options.news, files, entriesWithPages, dateForms };
}

function countDocuments(content: string): number {
  const dir = join(content, 'documents');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')).length : 0;
}
