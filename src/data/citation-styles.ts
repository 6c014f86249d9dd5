/**
 * "Cite this" as readable text: the CSL-JSON item of src/data/citation-formats.ts formatted by
 * citeproc-js with published CSL styles (vendored in src/citation-styles/, see its README), at
 * build time. One citeproc engine per style and language for the whole build.
 */
import CSL from 'citeproc';
import apa from '../citation-styles/apa.csl?raw';
import moet from '../citation-styles/vietnam-ministry-of-education-and-training-vi.csl?raw';
import enUS from '../citation-styles/locales-en-US.xml?raw';
import viVN from '../citation-styles/locales-vi-VN.xml?raw';
import loLA from '../citation-styles/locales-lo-LA.xml?raw';
import { bibliographyEntry } from '../lib/citation.ts';
import type { Lang } from '../lib/i18n.ts';
import type { CslItem } from './citation-formats.ts';

/**
 * The styles shown, in order; `label` is the interface string naming each. `moet`: the Vietnam
 * Ministry of Education and Training's reference style, the one published CSL style in Vietnamese.
 */
export const citationStyles = [
  { id: 'moet', label: 'cite.moet', xml: moet },
  { id: 'apa', label: 'cite.apa', xml: apa },
] as const;
export type CitationStyle = (typeof citationStyles)[number]['id'];

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', lo: 'lo-LA' };
// en-US is the base citeproc-js builds every locale on (terms a locale leaves out come from it).
const LOCALE_XML: Record<string, string> = { 'en-US': enUS, 'vi-VN': viVN, 'lo-LA': loLA };

// citeproc-js treats text outside its "romanesque" scripts like Chinese or Japanese: names joined
// by "and" with no spaces, italics dropped. Its list has Thai (U+0E01–U+0E5B) but not Lao, which is
// written like Thai, with spaces between phrases: the Lao block (U+0E80–U+0EFF) is added beside it.
const THAI = '\\u0e01-\\u0e5b';
for (const key of ['ROMANESQUE_REGEXP', 'STARTSWITH_ROMANESQUE_REGEXP', 'ENDSWITH_ROMANESQUE_REGEXP', 'ALL_ROMANESQUE_REGEXP'] as const) {
  const { source, flags } = CSL[key];
  if (source.includes('\\u0e80')) continue;
  if (!source.includes(THAI)) throw new Error(`citeproc: CSL.${key} no longer lists Thai (${THAI}); check how this citeproc version treats Lao`);
  CSL[key] = new RegExp(source.replace(THAI, `${THAI}\\u0e80-\\u0eff`), flags);
}

let current: CslItem | undefined;
const sys = {
  retrieveLocale: (lang: string) => LOCALE_XML[lang],
  retrieveItem: (id: string) => {
    if (current?.id !== id) throw new Error(`citeproc asked for item ${id}, not the one being formatted (${current?.id})`);
    return current;
  },
};

const engines = new Map<string, InstanceType<typeof CSL.Engine>>();
function engine(style: CitationStyle, lang: Lang) {
  const key = `${style}|${lang}`;
  let found = engines.get(key);
  if (!found) {
    // forceLang: the page's language, not the style's default-locale (the Vietnamese style's is vi-VN).
    found = new CSL.Engine(sys, citationStyles.find((s) => s.id === style)!.xml, LOCALES[lang], true);
    found.setOutputFormat('html');
    engines.set(key, found);
  }
  return found;
}

/** How many engines this build created: one per style and language. */
export const engineCount = () => engines.size;

/** The item as one bibliography entry in `style`, as escaped inline HTML (`<i>` for italics). */
export function formatCitation(item: CslItem, style: CitationStyle, lang: Lang): string {
  const processor = engine(style, lang);
  current = JSON.parse(JSON.stringify(item)) as CslItem; // drops undefined fields
  try {
    processor.updateItems([item.id], true);
    const bibliography = processor.makeBibliography();
    if (!bibliography || bibliography[1].length !== 1) throw new Error(`citeproc: no bibliography entry for ${item.id} in style ${style}`);
    return bibliographyEntry(bibliography[1][0]!);
  } catch (error) {
    throw new Error(`Citation of ${item.id} (${item.URL}) in style ${style}, ${lang}: ${(error as Error).message}`, { cause: error });
  } finally {
    // Forget the item: the next one may reuse its id (the same entry in a test, another language's data).
    processor.updateItems([], true);
    current = undefined;
  }
}
