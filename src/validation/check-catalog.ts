import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { isImageFile } from '../lib/asset-safety.ts';
import { findCitation, parseDocumentSections, type DocumentSection } from '../lib/document-sections.ts';
import { labelCoverage } from '../lib/translation-status.ts';
import { proseFields, schemas, translatedCollections, type CollectionName, type TranslatedCollection } from '../schemas/index.ts';
import type { ReferencedCollection } from '../schemas/common.ts';
import type { ContentSession, LoadedEntry } from '../loaders/content-session.ts';
import { layout, MEDIA_FOLDER, matches } from '../loaders/layout.ts';
import { mdxProblems } from './mdx-safety.ts';
import { missingGlossaryKeys } from './glossary-terms.ts';
import { formatPlaceholders, placeholderProblems } from './placeholders.ts';
import { formatProblems, type Problem } from './problems.ts';
import { linksIn, type Path } from './schema-links.ts';
import { leadProblems, uncitedDocuments } from './task-bodies.ts';

const label: Record<ReferencedCollection, string> = {
  provinces: 'tỉnh/huyện trong content/provinces/',
  agencies: 'cơ quan trong content/agencies/',
  areas: 'lĩnh vực trong content/areas/',
  documents: 'văn bản trong content/documents/',
  agreements: 'thỏa thuận trong content/agreements/',
  milestones: 'mốc trong content/milestones/',
  news: 'tin trong content/news/',
};

/**
 * Runs every check that spans files over the loaded collections and stores the verdict in
 * `session.problems`: the problems each file had on its own (read, schema), then references,
 * citations, the glossary's required terms, Lao companions, MDX bodies, stray files and unfilled
 * placeholders.
 */
export function checkSession(session: ContentSession): void {
  const problems = [...session.fileProblems.values()].flat();
  const sections = new Map<string, DocumentSection[]>(session.all('documents').map((d) => [d.id, parseDocumentSections(d.body ?? '')]));
  const exists = (collection: ReferencedCollection, id: string) => session.entries.get(collection)?.has(id) ?? false;
  const mediaExists = (path: string) => existsSync(join(session.root, 'content', path));

  for (const [collection, entries] of session.entries) {
    for (const entry of entries.values()) {
      const report = (path: Path, message: string) => problems.push({ file: entry.file, line: entry.lineOf(path), field: path.join('.'), message });
      for (const link of linksIn(schemas[collection], entry.data)) {
        if (link.kind === 'reference') {
          if (!exists(link.collection, link.id)) report(link.path, `Không có ${label[link.collection]} mang mã "${link.id}".`);
          continue;
        }
        const { document, section, item } = link.source;
        if (!exists('documents', document)) continue; // reported as a reference
        const found = findCitation(sections.get(document)!, section, item);
        if (!found.ok && found.reason === 'section') {
          report([...link.path, 'section'], `Văn bản "${document}" không có mục "${section}". Các mục có: ${found.available.join(', ')}.`);
        } else if (!found.ok) {
          report([...link.path, 'item'], `Mục "${section}" của văn bản "${document}" không có gạch đầu dòng/dòng số ${item} (có: ${found.available.join(', ') || 'không có'}).`);
        }
      }
      problems.push(...mdxProblems(entry, { exists, sections, mediaExists }));
    }
  }
  for (const m of session.all('milestones')) {
    const d = m.data as { lead: string[]; coordinating: string[]; mentioned: string[]; when?: string; whenSource?: unknown };
    for (const [path, message] of leadProblems(d)) problems.push({ file: m.file, line: m.lineOf(path), field: path.join('.'), message });
    if (d.whenSource && d.when === undefined) problems.push({ file: m.file, line: m.lineOf(['whenSource']), field: 'whenSource', message: 'Có nguồn của thời hạn (whenSource) nhưng không có thời hạn (when).' });
    const folder = m.id.split('/')[0];
    if (m.data.agreement !== folder && exists('agreements', m.data.agreement as string)) {
      problems.push({ file: m.file, line: m.lineOf(['agreement']), field: 'agreement', message: `Mốc nằm trong thư mục "${folder}" nhưng ghi thỏa thuận "${String(m.data.agreement)}": hai giá trị phải trùng nhau.` });
    }
  }
  for (const a of session.all('agreements')) {
    for (const doc of uncitedDocuments(a.id, a.data.documents as string[], session.all('milestones'))) {
      problems.push({ file: a.file, line: a.lineOf(['documents']), field: 'documents', message: `Các mốc của thỏa thuận trích dẫn văn bản "${doc}" nhưng danh sách documents không có văn bản này: hãy thêm vào.` });
    }
  }
  for (const p of session.all('provinces')) {
    if (p.data.level === 'district' && !p.data.parent) problems.push({ file: p.file, line: p.lineOf(['parent']), field: 'parent', message: 'Một huyện (level: district) cần mã tỉnh chứa nó (parent).' });
  }
  for (const message of missingGlossaryKeys(new Set(session.entries.get('glossary')?.keys()))) problems.push({ file: 'content/glossary.yaml', field: '', message });
  problems.push(...companionProblems(session), ...handSetTranslationProblems(session), ...strayFiles(session));
  session.problems = problems;
  session.placeholders = placeholderProblems(allEntries(session));
  session.checked = true;
}

function allEntries(session: ContentSession): LoadedEntry[] {
  return [...session.entries.values()].flatMap((m) => [...m.values()]);
}

/** A Lao file needs its Vietnamese file, and holds only the prose fields of its collection. */
function companionProblems(session: ContentSession): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, laoCollection] of Object.entries(translatedCollections) as [TranslatedCollection, CollectionName][]) {
    for (const lo of session.all(laoCollection)) {
      const vi = session.entries.get(collection)?.get(lo.id);
      if (!vi) {
        problems.push({ file: lo.file, field: '', message: `Bản tiếng Lào không có bản tiếng Việt bên cạnh: cần tệp ${lo.file.replace(/\.lo\.mdx$/, '.vi.mdx')}.` });
        continue;
      }
      for (const key of proseFields[collection]) {
        if (lo.data[key] !== undefined && vi.data[key] === undefined) {
          problems.push({ file: lo.file, line: lo.lineOf([key]), field: key, message: `Bản tiếng Việt không có "${key}": bản tiếng Lào chỉ dịch những gì bản tiếng Việt có.` });
        }
      }
    }
  }
  return problems;
}

/**
 * Data files (provinces, agencies, documents, commemorations) keep their Lao text beside the
 * Vietnamese and say where the translation stands: the status must match the texts present.
 */
function handSetTranslationProblems(session: ContentSession): Problem[] {
  const problems: Problem[] = [];
  for (const entry of allEntries(session)) {
    const status = (entry.data.translation as { lo?: string } | undefined)?.lo;
    if (!status) continue;
    const { missing, total } = labelCoverage(entry.data);
    const at = (message: string) => problems.push({ file: entry.file, line: entry.lineOf(['translation', 'lo']), field: 'translation.lo', message });
    if ((status === 'complete' || status === 'outdated') && missing.length > 0) {
      at(`Ghi "${status}" nhưng còn thiếu bản tiếng Lào ở: ${missing.join(', ')}. Hãy dịch, hoặc ghi "partial".`);
    }
    if (status === 'missing' && missing.length < total) at('Ghi "missing" nhưng đã có bản tiếng Lào ở một số trường: hãy ghi "partial" hoặc "complete".');
    if (status === 'partial' && (missing.length === 0 || missing.length === total)) {
      at(`Ghi "partial" nhưng ${missing.length === 0 ? 'mọi trường đã có bản tiếng Lào: ghi "complete"' : 'chưa trường nào có bản tiếng Lào: ghi "missing"'}.`);
    }
  }
  return problems;
}

/** Files in content/ that no collection reads (they would silently never be published), and dangling links. */
function strayFiles(session: ContentSession): Problem[] {
  const content = join(session.root, 'content');
  const problems: Problem[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const absolute = join(dir, name);
      const path = relative(content, absolute).split(sep).join('/');
      const file = relative(session.root, absolute);
      let isDir = false;
      try {
        isDir = statSync(absolute).isDirectory();
      } catch {
        if (lstatSync(absolute).isSymbolicLink() && !session.fileProblems.has(file)) {
          problems.push({ file, field: '', message: 'Liên kết (symlink) trỏ tới tệp không tồn tại: hãy xóa liên kết hoặc đặt tệp thật vào đây.' });
        }
        continue;
      }
      if (isDir) {
        if (path !== MEDIA_FOLDER) walk(absolute);
        continue;
      }
      const read = Object.values(layout).some((spec) => {
        const below = spec.base === '.' ? path : path.startsWith(`${spec.base}/`) ? path.slice(spec.base.length + 1) : undefined;
        return below !== undefined && matches(spec.pattern, below);
      });
      // Images are the asset check's (src/integrations/asset-check.ts), wherever they sit.
      if (!read && !name.startsWith('.') && !isImageFile(name)) {
        problems.push({ file, field: '', message: `Tệp này không thuộc mẫu tên nào nên sẽ không được đăng. Các mẫu: ${expectedNames()}. Ảnh đặt trong content/${MEDIA_FOLDER}/.` });
      }
    }
  };
  walk(content);
  return problems;
}

const expectedNames = () => Object.values(layout).map((s) => `content/${s.base === '.' ? '' : `${s.base}/`}${s.pattern}`).filter((v, i, a) => a.indexOf(v) === i).join(', ');

/** The session's verdict as text, logged when a logger is given (dev, check script). */
export function reportSession(session: ContentSession, logger?: Pick<AstroIntegrationLogger, 'error' | 'info'>): string {
  const text = [
    session.problems.length > 0 ? formatProblems(session.problems) : '',
    session.placeholders.length > 0 ? formatPlaceholders(session.placeholders) : '',
  ].filter(Boolean).join('\n');
  if (text) logger?.error(text);
  else logger?.info('Nội dung hợp lệ: không có lỗi.');
  return text;
}
