import { describe, expect, it } from 'vitest';
import { layout } from '../../src/loaders/layout.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { formatProblems } from '../../src/validation/problems.ts';
import { rawContent } from '../support/raw-content.ts';

const { session } = rawContent();

describe('the real content', () => {
  it('passes every schema, reference, citation, companion and MDX check, with nothing left to fill', () => {
    expect(session.problems, formatProblems(session.problems)).toEqual([]);
    expect(session.placeholders).toEqual([]);
  });

  it('has every collection the site needs, Lao companions included', () => {
    for (const collection of Object.keys(layout) as CollectionName[]) {
      expect(session.all(collection).length, collection).toBeGreaterThan(0);
    }
  });

  it('has a Lao file for every agreement, area, milestone and news article', () => {
    for (const [vi, lo] of [['agreements', 'agreementsLo'], ['areas', 'areasLo'], ['milestones', 'milestonesLo'], ['news', 'newsLo']] as const) {
      const translated = new Set(session.all(lo).map((e) => e.id));
      expect(session.all(vi).filter((e) => !translated.has(e.id)).map((e) => e.file), vi).toEqual([]);
    }
  });
});
