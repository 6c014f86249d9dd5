import { describe, expect, it } from 'vitest';
import { pageHref, paginate } from '../../src/lib/paginate.ts';

describe('paginate', () => {
  it('splits a list into pages of the given size, keeping order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.count, p.total])).toEqual([[1, 3, 23], [2, 3, 23], [3, 3, 23]]);
  });

  it('has exactly one page for a list that fits, and for an empty list', () => {
    expect(paginate([1, 2, 3], 10)).toHaveLength(1);
    expect(paginate(Array.from({ length: 10 }, (_, i) => i), 10)).toHaveLength(1);
    expect(paginate(Array.from({ length: 11 }, (_, i) => i), 10)).toHaveLength(2);
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1, total: 0 }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 2.5)).toThrow(RangeError);
  });

  it('gives page 1 the list address and later pages /page/n/', () => {
    expect(pageHref('/vi/news/', 1)).toBe('/vi/news/');
    expect(pageHref('/vi/news/', 2)).toBe('/vi/news/page/2/');
  });
});
