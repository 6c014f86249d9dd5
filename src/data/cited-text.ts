import { parseDocumentSections, type DocumentSection } from '../lib/document-sections.ts';
import type { SourceRef } from '../schemas/common.ts';
import type { DocumentEntry } from './catalog.ts';

const parsed = new Map<string, DocumentSection[]>();

/** The sections of a hosted document, parsed once per build. */
export function sectionsOf(doc: DocumentEntry): DocumentSection[] {
  let sections = parsed.get(doc.id);
  if (!sections) {
    sections = parseDocumentSections(doc.body ?? '');
    parsed.set(doc.id, sections);
  }
  return sections;
}

/** The exact words of the cited bullet or row (or the section heading), to quote beside a citation. */
export function citedText(doc: DocumentEntry, source: SourceRef): string | undefined {
  const section = sectionsOf(doc).find((s) => s.id === source.section);
  if (!section) return undefined;
  if (source.item === undefined) return section.heading || undefined;
  for (const block of section.blocks) {
    if (block.kind === 'item' && block.index === source.item) return stripMarkup(block.text);
    if (block.kind === 'row' && block.index === source.item) return stripMarkup(block.cells.join(' · '));
  }
  return undefined;
}

/** The copies use light Markdown (bold, autolinks); quotes show plain text. */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/<(https?:[^>]+)>/g, '$1');
}
