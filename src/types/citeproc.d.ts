// citeproc-js ships no type declarations: the part of its API that src/data/citation-styles.ts uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string | undefined;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[], nosort?: boolean): void;
    /** [bibliography metadata, one formatted string per entry]; false when the style has no bibliography. */
    makeBibliography(): [Record<string, unknown>, string[]] | false;
  }
  const CSL: {
    Engine: typeof Engine;
    ROMANESQUE_REGEXP: RegExp;
    STARTSWITH_ROMANESQUE_REGEXP: RegExp;
    ENDSWITH_ROMANESQUE_REGEXP: RegExp;
    ALL_ROMANESQUE_REGEXP: RegExp;
  };
  export default CSL;
}
