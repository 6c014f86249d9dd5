import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAO_RUN, laoSyllables, spaceLaoSyllables } from '../../src/lib/lao-syllables.ts';

const split = (text: string) => laoSyllables(text).join('|');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
/** Every run of Lao letters in the real content: titles, summaries, news, glossary, names. */
const runs = [...new Set(files('content').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(LAO_RUN)].map((m) => m[0])))];

describe('Lao syllables of real phrases from the content', () => {
  it.each([
    ['ແຂວງຕວຽນກວາງ ອອກແຜນການຈັດຕັ້ງປະຕິບັດບົດບັນທຶກການຮ່ວມມືກັບແຂວງຊຽງຂວາງ', 'ແຂວງ|ຕວຽນ|ກວາງ|ອອກ|ແຜນ|ການ|ຈັດ|ຕັ້ງ|ປະ|ຕິ|ບັດ|ບົດ|ບັນ|ທຶກ|ການ|ຮ່ວມ|ມື|ກັບ|ແຂວງ|ຊຽງ|ຂວາງ'],
    ['ຄະນະກຳມະການປະຊາຊົນແຂວງຕວຽນກວາງ', 'ຄະ|ນະ|ກຳ|ມະ|ການ|ປະ|ຊາ|ຊົນ|ແຂວງ|ຕວຽນ|ກວາງ'],
    ['ມະຫາວິທະຍາໄລເຕິນເຈົ່າ', 'ມະ|ຫາ|ວິ|ທະ|ຍາ|ໄລ|ເຕິນ|ເຈົ່າ'],
    ['ວິທະຍາໄລວິຊາຊີບເຕັກນິກ-ເຕັກໂນໂລຊີຕວຽນກວາງ', 'ວິ|ທະ|ຍາ|ໄລ|ວິ|ຊາ|ຊີບ|ເຕັກ|ນິກ|ເຕັກ|ໂນ|ໂລ|ຊີ|ຕວຽນ|ກວາງ'],
    ['ກອງປະຊຸມສະຫຼຸບໄລຍະກາງຂອງບົດບັນທຶກການຮ່ວມມື', 'ກອງ|ປະ|ຊຸມ|ສະ|ຫຼຸບ|ໄລ|ຍະ|ກາງ|ຂອງ|ບົດ|ບັນ|ທຶກ|ການ|ຮ່ວມ|ມື'],
    ['ບົດບັນທຶກຄວາມເຂົ້າໃຈວ່າດ້ວຍການຮ່ວມມື', 'ບົດ|ບັນ|ທຶກ|ຄວາມ|ເຂົ້າ|ໃຈ|ວ່າ|ດ້ວຍ|ການ|ຮ່ວມ|ມື'],
    ['ແຂວງຄັ໋ງຮວ່າ ແລະ ບັນດາທ້ອງຖິ່ນຂອງລາວ', 'ແຂວງ|ຄັ໋ງ|ຮວ່າ|ແລະ|ບັນ|ດາ|ທ້ອງ|ຖິ່ນ|ຂອງ|ລາວ'],
    ['ຍັງບໍ່ມີລາຍງານ', 'ຍັງ|ບໍ່|ມີ|ລາຍ|ງານ'],
    ['ກຳລັງດຳເນີນການ', 'ກຳ|ລັງ|ດຳ|ເນີນ|ການ'],
    ['ສື່ມວນຊົນ', 'ສື່|ມວນ|ຊົນ'],
    ['ອົງການປົກຄອງແຂວງໄຊສົມບູນ', 'ອົງ|ການ|ປົກ|ຄອງ|ແຂວງ|ໄຊ|ສົມ|ບູນ'],
    ['ພະແນກການຕ່າງປະເທດແຂວງອັດຕະປື', 'ພະ|ແນກ|ການ|ຕ່າງ|ປະ|ເທດ|ແຂວງ|ອັດ|ຕະ|ປື'],
    ['ການສຶກສາ ແລະ ການຝຶກອົບຮົມ', 'ການ|ສຶກ|ສາ|ແລະ|ການ|ຝຶກ|ອົບ|ຮົມ'],
    ['ເມືອງພູກູດ', 'ເມືອງ|ພູ|ກູດ'],
    ['ໂພນສະຫວັນ', 'ໂພນ|ສະ|ຫວັນ'],
  ])('%s', (phrase, expected) => {
    expect(split(phrase)).toBe(expected);
  });
});

describe('spelling rules', () => {
  it('keeps ຫ with the sonorant it marks, and consonant + ວ clusters, as one initial', () => {
    expect(split('ຫວຽດນາມ')).toBe('ຫວຽດ|ນາມ');
    expect(split('ຫຼາຍ ໜ້າວຽກ ໝາກໄມ້')).toBe('ຫຼາຍ|ໜ້າ|ວຽກ|ໝາກ|ໄມ້');
    expect(split('ຄວາມ ກວ່າ ແກວ່ງ')).toBe('ຄວາມ|ກວ່າ|ແກວ່ງ');
  });
  it('opens a new syllable at a leading vowel or a letter that carries a vowel sign', () => {
    expect(split('ໃຈວ່າ ໂດລາ ໄລວິ')).toBe('ໃຈ|ວ່າ|ໂດ|ລາ|ໄລ|ວິ');
    expect(split('ການອອກ ການອົບຮົມ')).toBe('ການ|ອອກ|ການ|ອົບ|ຮົມ');
  });
  it('never closes a syllable that cannot take a final (◌ະ ◌ຳ ໄ◌ ໃ◌ ◌ໍ)', () => {
    expect(split('ກຳນົດ ປະຊາ ໄປມາ ບໍ່ມີ')).toBe('ກຳ|ນົດ|ປະ|ຊາ|ໄປ|ມາ|ບໍ່|ມີ');
  });
  it('reads ມາ|ນອນ, not ມານ|ອນ, when the letter after ອ/ວ closes the next syllable', () => {
    expect(split('ມານອນ')).toBe('ມາ|ນອນ');
  });
  it('keeps ໆ with its word, Lao digits together, and leaves other scripts out', () => {
    expect(split('ຕ່າງໆ')).toBe('ຕ່າງໆ');
    expect(split('໒໐໒໓ ປີ')).toBe('໒໐໒໓|ປີ');
    expect(laoSyllables('Kế hoạch 110/KH-UBND')).toEqual([]);
  });
  it('spaces only the Lao runs of a mixed text', () => {
    expect(spaceLaoSyllables('ແຜນການ ເລກທີ 110/KH-UBND (ລາວ)')).toBe('ແຜນ ການ ເລກ ທີ 110/KH-UBND (ລາວ)');
  });
});

describe('on all the Lao text of the site', () => {
  it('loses nothing: the syllables of a run put together are the run', () => {
    expect(runs.length).toBeGreaterThan(1000);
    expect(runs.filter((r) => laoSyllables(r).join('') !== r)).toEqual([]);
  });

  it('is stable: splitting the spaced text again changes nothing', () => {
    const changed = runs.filter((r) => spaceLaoSyllables(spaceLaoSyllables(r)) !== spaceLaoSyllables(r));
    expect(changed).toEqual([]);
  });

  it('cuts each name (places, agencies, glossary) the same alone as inside the phrases that contain it', () => {
    // What search relies on: the query "ຊຽງຂວາງ" is split alone, the page text in context.
    const glossary = readFileSync('content/glossary.yaml', 'utf8');
    const names = new Set([
      ...[...glossary.matchAll(/lo: "?([^"}\n]+)/g)].flatMap((m) => [...m[1]!.matchAll(LAO_RUN)].map((r) => r[0])),
      ...files('content/provinces').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/name: \{ vi: [^,]+, lo: ([^ }]+)/g)].map((m) => m[1]!)),
      ...files('content/agencies').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\blo: ([^}\n]+)/g)].flatMap((m) => [...m[1]!.matchAll(LAO_RUN)].map((r) => r[0]))),
    ]);
    expect(names.size).toBeGreaterThan(150);
    let checked = 0;
    const differ: string[] = [];
    const splitRuns = runs.map((run) => [run, laoSyllables(run)] as const);
    for (const name of names) {
      const alone = laoSyllables(name);
      for (const [run, inRun] of splitRuns) {
        if (!run.includes(name)) continue;
        let offset = 0;
        inRun.forEach((syllable, i) => {
          if (run.startsWith(name, offset)) {
            checked++;
            const here = inRun.slice(i, i + alone.length);
            // The last syllable may run on (ປີ in ປີກ): Pagefind matches it as a prefix.
            const same = here.length === alone.length && here.every((s, k) => (k < alone.length - 1 ? s === alone[k] : s.startsWith(alone[k]!)));
            if (!same) differ.push(`${alone.join('|')} ≠ ${here.join('|')} in ${run}`);
          }
          offset += syllable.length;
        });
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });
});
