import { describe, expect, it } from 'vitest';
import { mergePairs } from '../../src/data/merge-pairs.ts';
import { translationHash } from '../../src/lib/translation-hash.ts';

/** How the catalog (and the tests) join a Vietnamese entry with its Lao file. */
const facts = { agreement: 'a', areas: ['education'], title: 'Nhiệm vụ', summary: 'Tóm tắt' };
const hash = translationHash(['Nhiệm vụ', 'Tóm tắt'], 'Thân.');
const vi = (id: string, data: object = facts) => ({ id, data, body: 'Thân.' });
const lo = (id: string, data: object) => ({ id, data: { translatedFrom: hash, ...data }, body: 'ເນື້ອໃນ.' });

describe('joining the Vietnamese and Lao files of an entry', () => {
  it('keeps the facts of the Vietnamese file and turns each prose field into { vi, lo }', () => {
    const [entry] = mergePairs('milestones', [vi('a/x')], [lo('a/x', { title: 'ໜ້າວຽກ', summary: 'ສະຫຼຸບ' })]);
    expect(entry!.data).toEqual({
      agreement: 'a',
      areas: ['education'],
      title: { vi: 'Nhiệm vụ', lo: 'ໜ້າວຽກ' },
      summary: { vi: 'Tóm tắt', lo: 'ສະຫຼຸບ' },
      translation: { lo: 'complete' },
    });
    expect(entry!.lo?.body).toBe('ເນື້ອໃນ.');
    expect(entry!.vi.body).toBe('Thân.');
  });

  it('pairs by id, whatever the order, and leaves an entry without Lao file in Vietnamese only', () => {
    const merged = mergePairs('milestones', [vi('a/x'), vi('a/y')], [lo('a/y', { title: 'ໜ້າວຽກ Y', summary: 'ສະຫຼຸບ' })]);
    expect(merged.map((m) => [m.id, m.data.title, m.data.translation.lo])).toEqual([
      ['a/x', { vi: 'Nhiệm vụ' }, 'missing'],
      ['a/y', { vi: 'Nhiệm vụ', lo: 'ໜ້າວຽກ Y' }, 'complete'],
    ]);
    expect(merged[0]!.lo).toBeUndefined();
  });

  it('leaves out an outdated Lao file, so the page falls back to Vietnamese with its notice', () => {
    const [entry] = mergePairs('milestones', [vi('a/x')], [lo('a/x', { title: 'ໜ້າວຽກເກົ່າ', summary: 'ສະຫຼຸບ', translatedFrom: '0123456789ab' })]);
    expect(entry!.data.title).toEqual({ vi: 'Nhiệm vụ' });
    expect(entry!.data.translation.lo).toBe('outdated');
    expect(entry!.lo).toBeUndefined();
    expect(entry!.coverage.hash).toBe(hash);
  });

  it('never shows a Lao field the Vietnamese does not have', () => {
    const noSummary = { ...facts, summary: undefined };
    const [entry] = mergePairs('milestones', [vi('a/x', noSummary)], [lo('a/x', { title: 'ໜ້າວຽກ', summary: 'ສະຫຼຸບ', translatedFrom: translationHash(['Nhiệm vụ', undefined], 'Thân.') })]);
    expect(entry!.data).not.toHaveProperty('summary.lo');
    expect(entry!.data.summary).toBeUndefined();
  });

  it('uses each collection\'s prose fields: areas have a name and a description', () => {
    const area = { id: 'education', data: { name: 'Giáo dục', description: 'Mô tả', order: 1 } };
    const areaHash = translationHash(['Giáo dục', 'Mô tả'], '');
    const [entry] = mergePairs('areas', [area], [{ id: 'education', data: { name: 'ການສຶກສາ', description: 'ຄຳອະທິບາຍ', translatedFrom: areaHash } }]);
    expect(entry!.data).toEqual({ name: { vi: 'Giáo dục', lo: 'ການສຶກສາ' }, description: { vi: 'Mô tả', lo: 'ຄຳອະທິບາຍ' }, order: 1, translation: { lo: 'complete' } });
  });
});
