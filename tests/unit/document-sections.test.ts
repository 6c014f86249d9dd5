import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitation, parseDocumentSections, sectionAnchor, taskUnits, uncoveredTasks } from '../../src/lib/document-sections.ts';
import { inlineMarkup } from '../../src/lib/inline-markup.ts';

const plan110 = readFileSync('content/documents/tuyen-quang-110-kh-ubnd-2023.md', 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

describe('parseDocumentSections on Plan 110/KH-UBND', () => {
  const sections = parseDocumentSections(plan110);
  const ids = sections.map((s) => s.id);

  it('finds the document’s own numbering, in order', () => {
    expect(ids).toEqual([
      'preamble', 'I', 'II', 'II.1', 'II.1.1', 'II.1.2', 'II.2', 'II.3', 'II.4', 'II.4.1', 'II.4.2', 'II.5',
      'III', 'III.1', 'III.2', 'IV', 'IV.1', 'IV.2', 'closing',
    ]);
  });
  it('counts the bullets of each section', () => {
    const bullets = (id: string) => sections.find((s) => s.id === id)!.blocks.filter((b) => b.kind === 'item').length;
    expect([bullets('II.1.1'), bullets('II.1.2'), bullets('II.2'), bullets('II.3'), bullets('II.4.1'), bullets('II.4.2'), bullets('II.5')]).toEqual([2, 2, 4, 4, 5, 4, 2]);
  });
  it('joins a sentence split by a page break back into its bullet', () => {
    const tourism = sections.find((s) => s.id === 'II.4.1')!.blocks[1];
    expect(tourism.kind).toBe('item');
    expect(tourism.kind === 'item' && tourism.text.endsWith('giới thiệu các điểm du lịch của mỗi địa phương.')).toBe(true);
  });
  it('keeps the distribution list out of section IV.2', () => {
    expect(sections.find((s) => s.id === 'IV.2')!.blocks).toEqual([]);
    expect(sections.at(-1)!.blocks[0]).toEqual({ kind: 'paragraph', text: 'Nơi nhận:' });
  });
  it('checks citations against the numbering', () => {
    expect(findCitation(sections, 'II.5', 2)).toEqual({ ok: true });
    expect(findCitation(sections, 'II.5', 3)).toEqual({ ok: false, reason: 'item', available: ['1', '2'] });
    expect(findCitation(sections, 'II.6')).toMatchObject({ ok: false, reason: 'section' });
  });
});

describe('table rows', () => {
  it('become numbered rows that can be cited', () => {
    const sections = parseDocumentSections('II. NHIỆM VỤ\n\n1.\tTham mưu kế hoạch\tSở Ngoại vụ\tThường xuyên\n\n2.\tTổ chức đoàn\tSở Tư pháp\tQuý II năm 2022');
    expect(sections[1].blocks).toEqual([
      { kind: 'row', index: 1, cells: ['1.', 'Tham mưu kế hoạch', 'Sở Ngoại vụ', 'Thường xuyên'] },
      { kind: 'row', index: 2, cells: ['2.', 'Tổ chức đoàn', 'Sở Tư pháp', 'Quý II năm 2022'] },
    ]);
    expect(findCitation(sections, 'II', 2)).toEqual({ ok: true });
  });
});

describe('anchors and inline markup', () => {
  it('gives stable anchors for sections and bullets', () => {
    expect(sectionAnchor('II.1.1')).toBe('s-II.1.1');
    expect(sectionAnchor('II.1.1', 2)).toBe('s-II.1.1-2');
  });
  it('turns bold and autolinks into runs, leaving other text alone', () => {
    expect(inlineMarkup('Trang <http://dulichtuyenquang.gov.vn>, **Ủy ban** <b>x</b>')).toEqual([
      { kind: 'text', text: 'Trang ' },
      { kind: 'link', href: 'http://dulichtuyenquang.gov.vn', text: 'http://dulichtuyenquang.gov.vn' },
      { kind: 'text', text: ', ' },
      { kind: 'strong', text: 'Ủy ban' },
      { kind: 'text', text: ' <b>x</b>' },
    ]);
  });
});

describe('task units and coverage', () => {
  const sections = parseDocumentSections(plan110);
  it('takes bullets where a section has them, else undivided sections', () => {
    const units = taskUnits(sections, ['II.1', 'IV']);
    expect(units).toEqual([
      { section: 'II.1.1', item: 1 }, { section: 'II.1.1', item: 2 },
      { section: 'II.1.2', item: 1 }, { section: 'II.1.2', item: 2 },
      { section: 'IV.1' }, { section: 'IV.2' },
    ]);
  });
  it('reports what no citation covers; a section citation covers all its bullets', () => {
    const units = taskUnits(sections, ['II.1', 'IV']);
    expect(uncoveredTasks(units, [{ section: 'II.1.1' }, { section: 'II.1.2', item: 2 }, { section: 'IV.2' }])).toEqual([
      { section: 'II.1.2', item: 1 },
      { section: 'IV.1' },
    ]);
  });
});

describe('the closing paragraph', () => {
  it('starts the closing section, so a deadline set there can be cited as "closing"', () => {
    const text = [
      'II. NỘI DUNG', '', '1. Lĩnh vực', '', '- Việc một.', '',
      'Trên đây là Kế hoạch; yêu cầu các sở báo cáo kết quả trước ngày 15/11/2022 (thông qua Sở Ngoại vụ)./.', '',
      'Nơi nhận:', '', '- Sở Ngoại vụ;',
    ].join('\n');
    const sections = parseDocumentSections(text);
    expect(sections.map((s) => s.id)).toEqual(['preamble', 'II', 'II.1', 'closing']);
    expect(sections.find((s) => s.id === 'II.1')!.blocks).toEqual([{ kind: 'item', index: 1, text: 'Việc một.' }]);
    const closing = sections.find((s) => s.id === 'closing')!;
    expect(closing.blocks[0]).toEqual({ kind: 'paragraph', text: 'Trên đây là Kế hoạch; yêu cầu các sở báo cáo kết quả trước ngày 15/11/2022 (thông qua Sở Ngoại vụ)./.' });
    expect(closing.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toContain('Nơi nhận:');
  });

  it('without a closing paragraph, the distribution list still starts it', () => {
    const sections = parseDocumentSections(['I. MỤC ĐÍCH', '', '- Một.', '', 'Nơi nhận:', '- Lưu VT.'].join('\n'));
    expect(sections.map((s) => s.id)).toEqual(['preamble', 'I', 'closing']);
  });
});
