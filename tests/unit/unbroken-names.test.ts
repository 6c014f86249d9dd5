import { describe, expect, it } from 'vitest';
import { keepNamesWhole, namePatterns, unbreakableNames, wrapNames } from '../../src/lib/unbroken-names.ts';

const [places, terms] = unbreakableNames(
  [
    { vi: 'Xay Sổm Bun', lo: 'ໄຊສົມບູນ', levelLo: 'ແຂວງ' },
    { vi: 'Salavan', lo: 'ສາລະວັນ', levelLo: 'ແຂວງ' },
    { vi: 'Lào', lo: 'ລາວ' },
  ],
  [{ lo: 'ສາທາລະນະສຸກ' }, { lo: 'ນັກຮຽນ, ນັກສຶກສາ' }, { lo: 'ແຂວງ' }, { lo: 'ບົດບັນທຶກຄວາມເຂົ້າໃຈວ່າດ້ວຍການຮ່ວມມື' }, { lo: 'ອົງການປົກຄອງແຂວງ' }],
);
const names = [...places!, ...terms!];
const pattern = namePatterns([places!, terms!]);

describe('unbreakableNames', () => {
  it('keeps place names in both languages, with the Lao level word, and short Lao terms', () => {
    expect(places).toEqual(['ແຂວງໄຊສົມບູນ', 'Xay Sổm Bun', 'ແຂວງສາລະວັນ', 'ໄຊສົມບູນ', 'ສາລະວັນ']);
    expect(terms).toEqual(['ອົງການປົກຄອງແຂວງ', 'ສາທາລະນະສຸກ']);
  });

  it('leaves out one-syllable words, lists and long phrases that would overflow a phone', () => {
    for (const left of ['ລາວ', 'Salavan', 'ແຂວງ', 'ນັກຮຽນ, ນັກສຶກສາ', 'ບົດບັນທຶກຄວາມເຂົ້າໃຈວ່າດ້ວຍການຮ່ວມມື']) expect(names).not.toContain(left);
  });
});

describe('wrapNames: whole names only', () => {
  it('wraps the longest name, inside unspaced Lao text', () => {
    expect(wrapNames('ຮ່ວມມືກັບແຂວງໄຊສົມບູນແລະແຂວງສາລະວັນ', pattern)).toBe(
      'ຮ່ວມມືກັບ<span class="nowrap">ແຂວງໄຊສົມບູນ</span>ແລະ<span class="nowrap">ແຂວງສາລະວັນ</span>',
    );
  });

  it('keeps a place whole where a term overlaps it', () => {
    expect(wrapNames('ອົງການປົກຄອງແຂວງໄຊສົມບູນ', pattern)).toBe('ອົງການປົກຄອງ<span class="nowrap">ແຂວງໄຊສົມບູນ</span>');
    expect(wrapNames('ອົງການປົກຄອງແຂວງ ແລະ ສາທາລະນະສຸກ', pattern)).toBe('<span class="nowrap">ອົງການປົກຄອງແຂວງ</span> ແລະ <span class="nowrap">ສາທາລະນະສຸກ</span>');
  });

  it('does not cut a Lao syllable or a Vietnamese word', () => {
    // "ສາລະວັນນີ້": the name is followed by a new syllable, fine; "ສາລະວັນ" inside "ສາລະວັນນະ" would not be whole.
    expect(wrapNames('ສາລະວັນນີ້', pattern)).toBe('<span class="nowrap">ສາລະວັນ</span>ນີ້');
    expect(wrapNames('ເຂົ້າໄຊສົມບູນ', pattern)).toBe('ເຂົ້າ<span class="nowrap">ໄຊສົມບູນ</span>');
    expect(wrapNames('Xay Sổm Bunx', pattern)).toBe('Xay Sổm Bunx');
    expect(wrapNames('tỉnh Xay Sổm Bun.', pattern)).toBe('tỉnh <span class="nowrap">Xay Sổm Bun</span>.');
  });
});

describe('keepNamesWhole: text only', () => {
  it('leaves tags, attributes, SVG and scripts alone', () => {
    const html = '<a href="/x" title="ແຂວງໄຊສົມບູນ">ແຂວງໄຊສົມບູນ</a><svg><text>ແຂວງໄຊສົມບູນ</text></svg><script type="application/ld+json">{"n":"ແຂວງໄຊສົມບູນ"}</script><p>ແຂວງໄຊສົມບູນ</p>';
    expect(keepNamesWhole(html, pattern)).toBe(
      '<a href="/x" title="ແຂວງໄຊສົມບູນ"><span class="nowrap">ແຂວງໄຊສົມບູນ</span></a><svg><text>ແຂວງໄຊສົມບູນ</text></svg><script type="application/ld+json">{"n":"ແຂວງໄຊສົມບູນ"}</script><p><span class="nowrap">ແຂວງໄຊສົມບູນ</span></p>',
    );
  });

  it('returns the page unchanged without names, or with an empty one', () => {
    expect(keepNamesWhole('<p>x</p>', namePatterns([[], []]))).toBe('<p>x</p>');
    expect(keepNamesWhole('<p>x</p>', namePatterns([[''], []]))).toBe('<p>x</p>');
  });

  it('searches each text from its start, whatever another use of the shared patterns left behind', () => {
    const shared = namePatterns([places!, terms!]);
    for (const p of shared) p.lastIndex = 5; // as a search stopped part-way would leave it
    expect(wrapNames('ແຂວງໄຊສົມບູນ ແລະ ແຂວງສາລະວັນ', shared)).toBe('<span class="nowrap">ແຂວງໄຊສົມບູນ</span> ແລະ <span class="nowrap">ແຂວງສາລະວັນ</span>');
  });
});
