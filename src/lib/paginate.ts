/** One page of a list split into pages of `perPage`: page 1 is the list's own address. */
export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  total: number;
}

export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    number: i + 1,
    count,
    total: items.length,
  }));
}

/** Address of page `n` under a list at `base` ("/vi/news/"): the list itself for page 1, then "page/2/". */
export function pageHref(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}
