import { describe, expect, it } from 'vitest';
import { translationHash } from '../../src/lib/translation-hash.ts';
import { bilingualLabels, laoCoverage, untranslatedLabels } from '../../src/lib/translation-status.ts';

describe('the fingerprint of the Vietnamese prose (translatedFrom)', () => {
  const hash = translationHash(['Tiêu đề', 'Tóm tắt'], 'Thân bài.');

  it('is 12 hexadecimal characters, the same for the same text', () => {
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(translationHash(['Tiêu đề', 'Tóm tắt'], 'Thân bài.')).toBe(hash);
  });

  it('changes when any prose changes: a field, the body, a field that appears', () => {
    expect(translationHash(['Tiêu đề mới', 'Tóm tắt'], 'Thân bài.')).not.toBe(hash);
    expect(translationHash(['Tiêu đề', 'Tóm tắt'], 'Thân bài đã sửa.')).not.toBe(hash);
    expect(translationHash(['Tiêu đề', undefined], 'Thân bài.')).not.toBe(hash);
    // Fields are not run together: moving text from the title to the summary is a change.
    expect(translationHash(['Tiêu', 'đề Tóm tắt'], 'Thân bài.')).not.toBe(translationHash(['Tiêu đề', 'Tóm tắt'], 'Thân bài.'));
  });

  it('ignores what is not a change to a reader: spaces at the ends, Unicode composition', () => {
    expect(translationHash(['  Tiêu đề\n', 'Tóm tắt '], '\nThân bài.\n\n')).toBe(hash);
    expect(translationHash(['Tiêu đề'.normalize('NFD'), 'Tóm tắt'.normalize('NFD')], 'Thân bài.'.normalize('NFD'))).toBe(hash);
  });
});

describe('where a Lao translation stands, computed from the two files', () => {
  const keys = ['title', 'summary'];
  const vi = { data: { title: 'Tiêu đề', summary: 'Tóm tắt', quantities: [{ of: { vi: 'học sinh', lo: 'ນັກຮຽນ' } }] }, body: 'Thân bài.' };
  const current = translationHash(['Tiêu đề', 'Tóm tắt'], 'Thân bài.');
  const lo = (data: Record<string, unknown>, body = 'ເນື້ອໃນ.') => ({ data: { translatedFrom: current, ...data }, body });

  it('complete: every field and the body translated, from the current Vietnamese', () => {
    expect(laoCoverage(vi, lo({ title: 'ຫົວຂໍ້', summary: 'ສະຫຼຸບ' }), keys)).toEqual({ status: 'complete', missing: [], hash: current });
  });

  it('missing: no Lao file, with the fingerprint to record once it is made', () => {
    expect(laoCoverage(vi, undefined, keys)).toEqual({ status: 'missing', missing: ['lo.mdx'], hash: current });
  });

  it('partial: a field, the body or a label of the facts without Lao', () => {
    expect(laoCoverage(vi, lo({ title: 'ຫົວຂໍ້' }), keys)).toMatchObject({ status: 'partial', missing: ['summary'] });
    expect(laoCoverage(vi, lo({ title: 'ຫົວຂໍ້', summary: 'ສະຫຼຸບ' }, '  \n'), keys)).toMatchObject({ status: 'partial', missing: ['body'] });
    const unlabelled = { ...vi, data: { ...vi.data, quantities: [{ of: { vi: 'học sinh' } }] } };
    expect(laoCoverage(unlabelled, lo({ title: 'ຫົວຂໍ້', summary: 'ສະຫຼຸບ' }), keys)).toMatchObject({ status: 'partial', missing: ['quantities.0.of'] });
  });

  it('outdated: the Vietnamese changed since (fingerprint mismatch), whatever else is translated', () => {
    const old = { data: { translatedFrom: translationHash(['Tiêu đề cũ', 'Tóm tắt'], 'Thân bài.'), title: 'ຫົວຂໍ້', summary: 'ສະຫຼຸບ' }, body: 'ເນື້ອໃນ.' };
    expect(laoCoverage(vi, old, keys)).toEqual({ status: 'outdated', missing: [], hash: current });
    expect(laoCoverage(vi, { ...old, data: { ...old.data, summary: undefined } }, keys)).toEqual({ status: 'outdated', missing: ['summary'], hash: current });
  });

  it('outdated: marked by a translator even though the fingerprint matches', () => {
    expect(laoCoverage(vi, lo({ title: 'ຫົວຂໍ້', summary: 'ສະຫຼຸບ', outdated: true }), keys).status).toBe('outdated');
    expect(laoCoverage(vi, lo({ title: 'ຫົວຂໍ້', summary: 'ສະຫຼຸບ', outdated: false }), keys).status).toBe('complete');
  });

  it('does not ask for a body or field the Vietnamese does not have', () => {
    const short = { data: { title: 'Tiêu đề' } };
    const hash = translationHash(['Tiêu đề', undefined], '');
    expect(laoCoverage(short, { data: { title: 'ຫົວຂໍ້', translatedFrom: hash } }, keys)).toEqual({ status: 'complete', missing: [], hash });
  });
});

describe('bilingual labels in the facts', () => {
  it('finds every { vi, lo } label with its path, and only those', () => {
    const data = { name: { vi: 'a', lo: 'ກ' }, change: { vi: 'b' }, other: { vi: 'c', note: 'not a label' }, list: [{ of: { vi: 'd' } }], count: 3 };
    expect(bilingualLabels(data)).toEqual([
      { path: ['name'], hasLao: true },
      { path: ['change'], hasLao: false },
      { path: ['list', 0, 'of'], hasLao: false },
    ]);
    expect(untranslatedLabels(data)).toEqual([['change'], ['list', 0, 'of']]);
  });
});
