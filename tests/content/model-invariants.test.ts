import { describe, expect, it } from 'vitest';
import { leadProblems, uncitedDocuments } from '../../src/validation/task-bodies.ts';
import { rawContent } from '../support/raw-content.ts';
import { parseDocumentSections, type DocumentSection } from '../../src/lib/document-sections.ts';
import { parseFuzzyDate } from '../../src/lib/fuzzy-date.ts';

/**
 * Invariants of the model read against the sources (issue 12, point 6): each class of error found
 * once in the content must fail here if it comes back anywhere.
 */

type Ref = { document: string; section: string; item?: number };
type Raw = Record<string, any> & { id: string };
const { session } = rawContent();
const entries = [...session.entries.values()].flatMap((m) => [...m.values()]);
const of = (collection: string): Raw[] =>
  entries.filter((e) => e.collection === collection).map((e) => ({ ...(e.data as object), id: e.id }) as Raw);
const provinces = new Map(of('provinces').map((p) => [p.id, p]));
const agencies = new Map(of('agencies').map((a) => [a.id, a]));
const agreements = of('agreements');
type Bodies = { lead: string[]; coordinating: string[]; mentioned: string[] };
const milestones = of('milestones').map((m): Raw & Bodies => ({ ...m, lead: m.lead ?? [], coordinating: m.coordinating ?? [], mentioned: m.mentioned ?? [], status: m.status ?? [] }));
const sections = new Map<string, DocumentSection[]>(
  entries.filter((e) => e.collection === 'documents').map((e) => [e.id, parseDocumentSections(e.body ?? '')]),
);

/** Every word of a cited place: the section's heading and all its blocks, or just the cited bullet or row. */
function textAt(ref: Ref): string {
  const section = sections.get(ref.document)?.find((s) => s.id === ref.section);
  if (!section) throw new Error(`no section ${ref.document} ${ref.section}`);
  const blocks = section.blocks.filter((b) => ref.item === undefined || ((b.kind === 'item' || b.kind === 'row') && b.index === ref.item));
  const words = blocks.map((b) => (b.kind === 'row' ? b.cells.join(' ') : b.text));
  return [ref.item === undefined ? section.heading : '', ...words].join(' ').replace(/\*+/g, '').replace(/\s+/g, ' ');
}

describe('agencies after the 2025 reorganisation', () => {
  const ended = [...agencies.values()].filter((a) => a.province && provinces.get(a.province)?.validTo);

  it('every agency of a province that ended has its end date, or (a university) says why it has none', () => {
    expect(ended.length).toBeGreaterThan(40);
    const missing = ended.filter((a) => !a.validTo && !(a.kind === 'university' && a.change && a.changeBasis)).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it('no agency of a province outlives it, and each end says what happened and on what basis', () => {
    for (const a of ended.filter((x) => x.validTo)) {
      expect(a.validTo <= provinces.get(a.province)!.validTo, a.id).toBe(true);
      expect(a.change && a.changeBasis, a.id).toBeTruthy();
    }
  });

  it('each People\'s Committee of a merged province names the committee that replaced it', () => {
    // The provincial committees (city and district committees are attached to their province too).
    const committees = ended.filter((a) => a.kind === 'people-committee' && /^Ủy ban nhân dân tỉnh /.test(a.name.vi));
    expect(committees.map((a) => a.id).sort()).toEqual(['ubnd-bac-giang', 'ubnd-gia-lai', 'ubnd-khanh-hoa', 'ubnd-tuyen-quang']);
    for (const a of committees) {
      const successor = agencies.get(a.successor);
      expect(successor?.kind, a.id).toBe('people-committee');
      expect(successor?.province, a.id).toBe(provinces.get(a.province)!.successor);
    }
  });

  it('a successor starts after its predecessor ends', () => {
    for (const a of agencies.values()) {
      if (!a.successor) continue;
      const next = agencies.get(a.successor)!;
      expect(a.validTo, a.id).toBeDefined();
      if (next.validFrom) expect(next.validFrom > a.validTo, `${a.id} → ${next.id}`).toBe(true);
      if (next.validTo) expect(next.validTo > a.validTo, `${a.id} → ${next.id}`).toBe(true);
    }
  });
});

describe('agreements and the documents their milestones cite', () => {
  it('each agreement lists every document its milestones cite, for the task, its date or its progress', () => {
    const asChecked = entries.map((e) => ({ collection: e.collection, data: { status: [], ...(e.data as object) } as Record<string, unknown> }));
    for (const a of agreements) expect(uncitedDocuments(a.id, a.documents ?? [], asChecked), a.id).toEqual([]);
  });

  it('the check would catch a missing one', () => {
    const bacGiang = agreements.find((a) => a.id === 'bac-giang-xaisomboun-2021-2025')!;
    const asChecked = entries.map((e) => ({ collection: e.collection, data: { status: [], ...(e.data as object) } as Record<string, unknown> }));
    expect(uncitedDocuments(bacGiang.id, ['bac-giang-plan-xaisomboun-2022'], asChecked)).toEqual(['bac-giang-steering-conclusions-2024']);
  });

  it('a signing date cites the section that states it, or says it comes from outside the documents', () => {
    for (const a of agreements.filter((x) => x.signed)) {
      if (a.signed.reference) {
        expect(a.signed.source, a.id).toBeUndefined();
        continue;
      }
      const parsed = parseFuzzyDate(String(a.signed.date));
      expect(parsed.ok, a.id).toBe(true);
      // The day and month, or the month and year, as the document prints them ("29/3/2026", "29/6/2022").
      const [y, m, d] = String(a.signed.date instanceof Date ? a.signed.date.toISOString().slice(0, 10) : a.signed.date).split('-').map(Number);
      expect(textAt(a.signed.source), a.id).toContain(`${d}/${m}/${y}`);
    }
    expect(agreements.find((a) => a.id === 'bac-giang-xaisomboun-2021-2025')!.signed.reference).toMatchObject({ confidence: 'M' });
  });
});

describe('milestones against their cited text', () => {
  it('a co-lead is never listed again as coordinating or mentioned', () => {
    for (const m of milestones) expect(leadProblems(m), m.id).toEqual([]);
    expect(milestones.filter((m) => m.lead.length > 1).map((m) => m.id).sort()).toEqual([
      'bac-giang-xaisomboun-2021-2025/ii-1-1',
      'bac-giang-xaisomboun-2021-2025/ii-1-2',
      'bac-giang-xaisomboun-2021-2025/ii-4-4',
      'bac-giang-xaisomboun-2021-2025/iv-9',
      'bac-giang-xaisomboun-2021-2025/tb-2024-2-7-2',
      'khanh-hoa-lao-localities-2022/iii-19',
      'khanh-hoa-lao-localities-2022/iii-20',
      'khanh-hoa-lao-localities-2022/iii-22',
    ]);
  });

  it('a row whose lead column names several bodies has all of them as lead', () => {
    for (const m of milestones.filter((x) => x.source.document === 'khanh-hoa-592-kh-ubnd-2022' && x.source.section === 'III')) {
      const row = sections.get('khanh-hoa-592-kh-ubnd-2022')!.find((s) => s.id === 'III')!.blocks.find((b) => b.kind === 'row' && b.index === m.source.item);
      const leadCell = row && row.kind === 'row' ? row.cells[2]! : '';
      const named = leadCell.split(/;|, (?=Báo)/).filter((s) => s.trim()).length;
      expect(m.lead.length, `${m.id}: "${leadCell}"`).toBe(named);
    }
  });

  it('a task whose text sets a rhythm ("định kỳ", "hằng năm", "hằng quý", "năm một lần") has a date', () => {
    const rhythm = /định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|năm một lần|mỗi năm|\/năm/i;
    const undated = milestones.filter((m) => !m.when && rhythm.test(textAt(m.source))).map((m) => m.id);
    expect(undated).toEqual([]);
    expect(milestones.find((m) => m.id === 'gia-lai-southern-laos-2026-2030/ii-1-1')!.when).toBe('Định kỳ hai năm một lần');
    expect(milestones.find((m) => m.id === 'gia-lai-southern-laos-2026-2030/ii-9-4')!.when).toBe('Định kỳ hằng quý');
  });

  it('a deadline day is printed where the task or its date source points', () => {
    for (const m of milestones.filter((x) => /trước ngày/i.test(x.when ?? ''))) {
      const days = [...String(m.when).matchAll(/(\d{1,2}\/\d{1,2}(?:\/\d{4})?)/g)].map((x) => x[1]!);
      const text = textAt(m.source) + ' ' + (m.whenSource ? textAt(m.whenSource) : '');
      for (const day of days) expect(text, `${m.id}: ${day}`).toContain(day);
    }
  });

  it('the Khánh Hòa report deadline cites the plan\'s closing paragraph', () => {
    const m = milestones.find((x) => x.id === 'khanh-hoa-lao-localities-2022/iv-1')!;
    expect(m.whenSource).toEqual({ document: 'khanh-hoa-592-kh-ubnd-2022', section: 'closing' });
    expect(textAt(m.whenSource)).toMatch(/^ ?Trên đây là Kế hoạch .* trước ngày 15\/11\/2022/);
    expect(textAt(m.source)).not.toContain('15/11/2022');
  });
});
