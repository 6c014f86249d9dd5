import { describe, expect, it } from 'vitest';
import { parseDocumentSections, taskUnits, uncoveredTasks, type TaskUnit } from '../../src/lib/document-sections.ts';
import { rawContent } from '../support/raw-content.ts';

/**
 * Completeness is tested, not claimed: each document's own numbering (sections, bullets,
 * table rows) under its task parts must be covered by milestones citing it.
 */
const { session } = rawContent();
const documents = session.all('documents');
const citations = new Map<string, TaskUnit[]>();
for (const m of session.all('milestones')) {
  const { source } = m.data as { source: { document: string; section: string; item?: number } };
  citations.set(source.document, [...(citations.get(source.document) ?? []), { section: source.section, item: source.item }]);
}

describe('every numbered task of every source document has a milestone', () => {
  // Plans and notices assign tasks; a report or decision may assign none.
  const assigning = documents.filter((d) => ['plan', 'notice'].includes((d.data as { type: string }).type));

  it('each plan and notice names the parts that hold its tasks', () => {
    expect(assigning.length).toBeGreaterThan(0);
    for (const doc of assigning) expect((doc.data as { tasks?: string[] }).tasks?.length, doc.file).toBeGreaterThan(0);
  });

  it.each(documents.filter((d) => ((d.data as { tasks?: string[] }).tasks ?? []).length > 0).map((d) => [d.id, d] as const))('%s', (_, doc) => {
    const units = taskUnits(parseDocumentSections(doc.body ?? ''), (doc.data as { tasks: string[] }).tasks);
    expect(units.length).toBeGreaterThan(0);
    const missing = uncoveredTasks(units, citations.get(doc.id) ?? []);
    expect(missing.map((u) => (u.item ? `${u.section} #${u.item}` : u.section))).toEqual([]);
  });
});
