// citation-js ships no type declarations: the small part of its API that src/data/citation-formats.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string | object;
    /** The items, as CSL-JSON. */
    data: unknown[];
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
