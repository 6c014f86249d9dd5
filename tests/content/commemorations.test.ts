import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectly } from '../../src/loaders/load-directly.ts';
import { formatProblem } from '../../src/validation/problems.ts';
import { commemorations } from '../support/content.ts';

/** The yearly commemorations: the days of the reference notes are all there, and bad entries are refused. */

describe('commemorations in the content', () => {
  it('hold every day of the reference table, on its day and from its year', () => {
    // From shared/reference/README.md, "Commemorations".
    const fixed = commemorations.filter((c) => c.date).map((c) => [c.date!.day, c.date!.month, c.since]);
    expect(fixed).toEqual(
      expect.arrayContaining([
        [5, 9, 1962],
        [18, 7, 1977],
        [2, 12, 1975],
        [22, 3, 1955],
        [31, 12, 2013],
        [2, 9, 1945],
      ]),
    );
  });

  it('never give Lao New Year a day: the official holiday is announced each year', () => {
    const newYear = commemorations.find((c) => c.name.lo === 'ບຸນປີໃໝ່ລາວ');
    expect(newYear?.date).toBeUndefined();
    expect(newYear?.movable?.months).toEqual([4]);
  });

  it('name each day in Lao script', () => {
    expect(commemorations.filter((c) => !/[\u0E80-\u0EFF]/.test(c.name.lo)).map((c) => c.id)).toEqual([]);
  });
});

describe('bad commemorations are refused with the field and the reason', () => {
  // One copy of the real content; each case writes its own version of the test file into it.
  const root = mkdtempSync(join(tmpdir(), 'commemoration-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = 'content/commemorations/test-day.yaml';
  const check = async (yaml: string) => {
    writeFileSync(join(root, file), yaml);
    return (await loadDirectly(root)).problems.map(formatProblem);
  };
  const base = (lines: string) => `name: { vi: Ngày thử, lo: ວັນທົດລອງ }\n${lines}\nbasis: { basis: thử, confidence: U }\ntranslation: { lo: complete }\n`;

  it('accepts a well-formed day', async () => {
    expect(await check(base('date: { month: 9, day: 5 }\nsince: 1962'))).toEqual([]);
  });
  it('refuses a day that is missing in most years', async () => {
    expect(await check(base('date: { month: 2, day: 29 }'))).toEqual([expect.stringMatching(/test-day\.yaml:\d+ — date\.day: Ngày 29\/2 không có trong mọi năm/)]);
  });
  it('refuses both a fixed and a movable date, and neither', async () => {
    const both = base('date: { month: 4, day: 14 }\nmovable: { months: [4], note: { vi: Giữa tháng 4, lo: ກາງເດືອນເມສາ } }');
    expect(await check(both)).toEqual([expect.stringMatching(/— date: Ghi đúng một trong hai/)]);
    expect(await check(base('since: 1962'))).toEqual([expect.stringMatching(/— date: Ghi đúng một trong hai/)]);
  });
  it('refuses a name without its Lao form', async () => {
    const yaml = 'name: { vi: Ngày thử }\ndate: { month: 9, day: 5 }\nbasis: { basis: thử, confidence: U }\ntranslation: { lo: complete }\n';
    expect(await check(yaml)).toEqual(expect.arrayContaining([expect.stringMatching(/— name\.lo: /)]));
  });
  it('refuses a citation of a section the document does not have', async () => {
    const yaml = base('date: { month: 9, day: 5 }\nsources:\n  - { document: bac-giang-plan-xaisomboun-2022, section: II.9.9 }');
    expect(await check(yaml)).toEqual([expect.stringMatching(/— sources\.0\.section: Văn bản "bac-giang-plan-xaisomboun-2022" không có mục "II\.9\.9"/)]);
  });
});
