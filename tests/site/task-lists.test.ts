import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { rawContent } from '../support/raw-content.ts';

/**
 * The task lists of agency, area, province and agreement pages (src/data/catalog.ts `tasksOf`)
 * hold exactly the tasks whose files name that entry, in both languages, with none twice.
 */
const pages = builtPages();
const { agencies, areas, provinces, agreements, milestones } = rawContent();
const tasks = [...milestones];

/** The tasks linked from the part of `path` that `selector` picks, as ids ("agreement/task"). */
function listed(path: string, selector: string): string[] {
  const doc = pages.get(path);
  if (!doc) throw new Error(`no page ${path}`);
  const lang = path.split('/')[1];
  return doc
    .querySelectorAll(`${selector} a[href^="/${lang}/milestones/"]`)
    .map((a) => a.getAttribute('href')!.slice(`/${lang}/milestones/`.length, -1));
}
const naming = (test: (data: Record<string, string[] | string>) => boolean) => tasks.filter(([, data]) => test(data)).map(([id]) => id).sort();
const sorted = (ids: string[]) => [...ids].sort();

describe.each(['vi', 'lo'])('task lists (%s)', (lang) => {
  it('each agency page lists, per role, the tasks that name the agency in that role', () => {
    let checked = 0;
    for (const id of agencies.keys()) {
      for (const [role, key] of [['lead', 'roleLead'], ['coordinating', 'roleCoordinating'], ['mentioned', 'roleMentioned']] as const) {
        const expected = naming((d) => (d[role] as string[]).includes(id));
        const section = `section[aria-labelledby="role-agency-${key}"]`;
        expect(sorted(listed(`/${lang}/agencies/${id}/`, section)), `${id} ${role}`).toEqual(expected);
        checked += expected.length;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('each area page lists the tasks of that area', () => {
    for (const id of areas.keys()) {
      expect(sorted(listed(`/${lang}/areas/${id}/`, 'main')), id).toEqual(naming((d) => (d.areas as string[]).includes(id)));
    }
  });

  it('each province page lists the tasks that take place there', () => {
    let checked = 0;
    for (const id of provinces.keys()) {
      const expected = naming((d) => (d.places as string[]).includes(id));
      if (expected.length === 0) continue;
      expect(sorted(listed(`/${lang}/provinces/${id}/`, 'section[aria-labelledby="milestones"]')), id).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('each agreement page lists its own tasks, grouped by area', () => {
    for (const id of agreements.keys()) {
      expect(sorted(listed(`/${lang}/agreements/${id}/`, 'section[aria-labelledby="milestones-by-area"]')), id).toEqual(naming((d) => d.agreement === id));
    }
  });
});
