import { z } from 'zod';
import { schemas, type CollectionName } from '../schemas/index.ts';
import type { SourceRef } from '../schemas/common.ts';
import { findCitation, parseDocumentSections, type DocumentSection } from '../lib/document-sections.ts';
import type { Problem } from './problems.ts';
import { readContent, type RawEntry } from './read-content.ts';
import { mdxProblems } from './mdx-safety.ts';

const viLocale = z.locales.vi();

/** Messages for what the schemas leave to zod's defaults: missing fields and unknown keys first. */
const editorMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Thiếu trường bắt buộc.';
  if (issue.code === 'unrecognized_keys') {
    return `Trường không có trong mẫu: ${issue.keys.map((k) => `"${k}"`).join(', ')} (kiểm tra chính tả tên trường).`;
  }
  return viLocale.localeError(issue);
};

interface ValidEntry extends RawEntry {
  data: Record<string, unknown>;
}

/**
 * Validates all content under `contentRoot`: each file against its schema, then every
 * cross-reference (ids of agencies, areas, provinces, documents; cited sections), then
 * translation statuses; MDX bodies against the safe-MDX rules (mdx-safety.ts). Returns every problem found, in file order.
 */
export function checkContent(contentRoot: string, projectRoot = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const valid: ValidEntry[] = [];
  const seen = new Map<string, string>();

  for (const entry of readContent(contentRoot, projectRoot)) {
    // An article's body is checked whatever its front matter says: unsafe MDX must never reach a build.
    problems.push(...mdxProblems(entry));
    if (entry.syntaxError) {
      problems.push({ file: entry.file, line: entry.syntaxError.line, field: '', message: entry.syntaxError.message });
      continue;
    }
    const key = `${entry.collection}:${entry.id}`;
    if (seen.has(key)) {
      problems.push({ file: entry.file, field: '', message: `Mã "${entry.id}" trùng với ${seen.get(key)}.` });
      continue;
    }
    seen.set(key, entry.file);
    const result = schemas[entry.collection].safeParse(entry.data, { error: editorMessages });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: entry.file, line: entry.lineOf(issue.path), field: issue.path.join('.'), message: issue.message });
      }
      continue;
    }
    valid.push({ ...entry, data: result.data as Record<string, unknown> });
  }

  problems.push(...checkReferences(valid), ...checkTranslations(valid));
  return problems;
}

function checkReferences(entries: ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = (collection: CollectionName) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const known: Record<string, Set<string>> = {
    provinces: ids('provinces'),
    agencies: ids('agencies'),
    areas: ids('areas'),
    documents: ids('documents'),
    agreements: ids('agreements'),
    milestones: ids('milestones'),
    news: ids('news'),
  };
  const sections = new Map<string, DocumentSection[]>(
    entries.filter((e) => e.collection === 'documents').map((e) => [e.id, parseDocumentSections(e.body ?? '')]),
  );
  const label: Record<string, string> = {
    provinces: 'tỉnh/huyện trong content/provinces/',
    agencies: 'cơ quan trong content/agencies/',
    areas: 'lĩnh vực trong content/areas/',
    documents: 'văn bản trong content/documents/',
    agreements: 'thỏa thuận trong content/agreements/',
    milestones: 'mốc trong content/milestones/',
    news: 'tin trong content/news/',
  };

  for (const entry of entries) {
    const report = (path: (string | number)[], message: string) =>
      problems.push({ file: entry.file, line: entry.lineOf(path), field: path.join('.'), message });
    const ref = (collection: string, value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string' && !known[collection].has(value)) {
        report(path, `Không có ${label[collection]} mang mã "${value}".`);
      }
    };
    const refs = (collection: string, values: unknown, path: (string | number)[]) =>
      ((values as unknown[] | undefined) ?? []).forEach((value, i) => ref(collection, value, [...path, i]));
    const cite = (source: SourceRef | undefined, path: (string | number)[]) => {
      if (!source) return;
      if (!known.documents.has(source.document)) {
        report([...path, 'document'], `Không có ${label.documents} mang mã "${source.document}".`);
        return;
      }
      const found = findCitation(sections.get(source.document)!, source.section, source.item);
      if (!found.ok && found.reason === 'section') {
        report([...path, 'section'], `Văn bản "${source.document}" không có mục "${source.section}". Các mục có: ${found.available.join(', ')}.`);
      } else if (!found.ok) {
        report([...path, 'item'], `Mục "${source.section}" của văn bản "${source.document}" không có gạch đầu dòng/dòng số ${source.item} (có: ${found.available.join(', ') || 'không có'}).`);
      }
    };
    const d = entry.data as Record<string, any>;
    switch (entry.collection) {
      case 'provinces':
        ref('provinces', d.parent, ['parent']);
        ref('provinces', d.successor, ['successor']);
        if (d.level === 'district' && !d.parent) report(['parent'], 'Một huyện (level: district) cần mã tỉnh chứa nó (parent).');
        break;
      case 'agencies':
        ref('provinces', d.province, ['province']);
        ref('agencies', d.successor, ['successor']);
        break;
      case 'documents':
        ref('agencies', d.issuer, ['issuer']);
        refs('documents', d.supersedes, ['supersedes']);
        break;
      case 'agreements':
        d.parties.forEach((party: { province: string; body?: string }, i: number) => {
          ref('provinces', party.province, ['parties', i, 'province']);
          ref('agencies', party.body, ['parties', i, 'body']);
        });
        refs('documents', d.documents, ['documents']);
        cite(d.signed?.source, ['signed', 'source']);
        uncitedDocuments(entry.id, d.documents as string[], entries).forEach((doc) =>
          report(['documents'], `Các mốc của thỏa thuận trích dẫn văn bản "${doc}" nhưng danh sách documents không có văn bản này: hãy thêm vào.`));
        cite(d.budget?.source, ['budget', 'source']);
        d.sources.forEach((s: SourceRef, i: number) => cite(s, ['sources', i]));
        break;
      case 'milestones':
        ref('agreements', d.agreement, ['agreement']);
        if (known.agreements.has(d.agreement) && !entry.id.startsWith(`${d.agreement}/`)) {
          report(['agreement'], `Mốc nằm trong thư mục "${entry.id.split('/')[0]}" nhưng ghi thỏa thuận "${d.agreement}": hai giá trị phải trùng nhau.`);
        }
        refs('areas', d.areas, ['areas']);
        refs('agencies', d.lead, ['lead']);
        refs('agencies', d.coordinating, ['coordinating']);
        refs('agencies', d.mentioned, ['mentioned']);
        leadProblems(d as { lead: string[]; coordinating: string[]; mentioned: string[] }).forEach(([path, message]) => report(path, message));
        refs('provinces', d.places, ['places']);
        cite(d.source, ['source']);
        cite(d.whenSource, ['whenSource']);
        if (d.whenSource && d.when === undefined) report(['whenSource'], 'Có nguồn của thời hạn (whenSource) nhưng không có thời hạn (when).');
        d.status.forEach((s: { source: SourceRef }, i: number) => cite(s.source, ['status', i, 'source']));
        break;
      case 'news':
        refs('agreements', d.agreements, ['agreements']);
        refs('milestones', d.milestones, ['milestones']);
        refs('provinces', d.provinces, ['provinces']);
        d.sources.forEach((s: SourceRef, i: number) => cite(s, ['sources', i]));
        break;
      case 'commemorations':
        d.sources.forEach((s: SourceRef, i: number) => cite(s, ['sources', i]));
        break;
      case 'newsLo':
        if (!known.news.has(entry.id)) report([], `Bản tiếng Lào không có bản tiếng Việt vi.mdx bên cạnh trong content/news/${entry.id}/.`);
        break;
    }
  }
  return problems;
}

/**
 * A body is lead, coordinator or merely mentioned, never two of these: a co-lead ("Sở Nội vụ; Sở Ngoại vụ"
 * in one lead column) goes into `lead` only.
 */
export function leadProblems(d: { lead: string[]; coordinating: string[]; mentioned: string[] }): [(string | number)[], string][] {
  const problems: [(string | number)[], string][] = [];
  d.lead.forEach((id, i) => {
    if (d.lead.indexOf(id) !== i) problems.push([['lead', i], `Cơ quan "${id}" được ghi hai lần trong lead.`]);
  });
  for (const field of ['coordinating', 'mentioned'] as const) {
    d[field].forEach((id, i) => {
      if (d.lead.includes(id)) problems.push([[field, i], `Cơ quan "${id}" đã là cơ quan chủ trì (lead): đồng chủ trì chỉ ghi trong lead, không ghi lại trong ${field}.`]);
    });
  }
  return problems;
}

/** Documents cited by an agreement's milestones (task, date or status source) that the agreement does not list. */
export function uncitedDocuments(agreement: string, listed: string[], entries: { collection: string; data: Record<string, unknown> }[]): string[] {
  const cited = new Set<string>();
  for (const e of entries) {
    if (e.collection !== 'milestones' || e.data.agreement !== agreement) continue;
    const m = e.data as { source: SourceRef; whenSource?: SourceRef; status: { source: SourceRef }[] };
    [m.source, m.whenSource, ...m.status.map((s) => s.source)].forEach((s) => s && cited.add(s.document));
  }
  return [...cited].filter((doc) => !listed.includes(doc)).sort();
}

/** Collects every localized text ({ vi, lo }) of an entry, with its path. */
export function localizedFields(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; hasLao: boolean }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedFields(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.vi === 'string' && Object.keys(record).every((k) => k === 'vi' || k === 'lo')) {
    return [{ path, hasLao: typeof record.lo === 'string' }];
  }
  return Object.entries(record).flatMap(([k, v]) => localizedFields(v, [...path, k]));
}

/** The recorded translation status must match the texts actually present. */
function checkTranslations(entries: ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const laoNews = new Set(entries.filter((e) => e.collection === 'newsLo').map((e) => e.id));
  for (const entry of entries) {
    const status = (entry.data.translation as { lo?: string } | undefined)?.lo;
    if (!status) continue;
    const fields = entry.collection === 'news' ? [{ path: ['lo.mdx'], hasLao: laoNews.has(entry.id) }] : localizedFields(entry.data);
    const missing = fields.filter((f) => !f.hasLao);
    const at = (message: string) =>
      problems.push({ file: entry.file, line: entry.lineOf(['translation', 'lo']), field: 'translation.lo', message });
    if ((status === 'complete' || status === 'outdated') && missing.length > 0) {
      at(`Ghi "${status}" nhưng còn thiếu bản tiếng Lào ở: ${missing.map((f) => f.path.join('.')).join(', ')}. Hãy dịch, hoặc ghi "partial".`);
    }
    if (status === 'missing' && missing.length < fields.length) {
      at('Ghi "missing" nhưng đã có bản tiếng Lào ở một số trường: hãy ghi "partial" hoặc "complete".');
    }
    if (status === 'partial' && (missing.length === 0 || missing.length === fields.length)) {
      at(`Ghi "partial" nhưng ${missing.length === 0 ? 'mọi trường đã có bản tiếng Lào: ghi "complete"' : 'chưa trường nào có bản tiếng Lào: ghi "missing"'}.`);
    }
  }
  return problems;
}
