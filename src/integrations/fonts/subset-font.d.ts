// Types for subset-font 2.9.0 (the package ships none): the options this project uses.
declare module 'subset-font' {
  type Axis = number | { min: number; max: number; default?: number };
  export interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    variationAxes?: Record<string, Axis>;
    noLayoutClosure?: boolean;
    glyphNames?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
    keepAllGlyphs?: boolean;
  }
  export default function subsetFont(font: Buffer | Uint8Array, text: string | null, options?: SubsetOptions): Promise<Buffer>;
}
