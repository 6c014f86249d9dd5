import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatProblems } from '../../src/validation/problems.ts';
import { readContent } from '../../src/validation/read-content.ts';

describe('the real content', () => {
  it('passes every schema, reference, citation and translation check', () => {
    const problems = checkContent('content');
    expect(problems, problems.length ? formatProblems(problems) : '').toEqual([]);
  });

  it('has every collection the site needs', () => {
    const counts = new Map<string, number>();
    for (const entry of readContent('content')) counts.set(entry.collection, (counts.get(entry.collection) ?? 0) + 1);
    for (const collection of ['provinces', 'agencies', 'areas', 'documents', 'agreements', 'milestones', 'news', 'newsLo', 'glossary']) {
      expect(counts.get(collection) ?? 0, collection).toBeGreaterThan(0);
    }
  });
});
