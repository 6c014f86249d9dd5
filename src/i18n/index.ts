import { interpolate, type Lang } from '../lib/i18n.ts';
import vi from './vi.ts';
import lo from './lo.ts';

/** Every interface string key, as defined by the Vietnamese source file. */
export type UiKey = keyof typeof vi;
export type UiStrings = Record<UiKey, string>;

const strings: Record<Lang, Partial<UiStrings>> = { vi, lo };

/** Interface string in `lang`, falling back to Vietnamese when a Lao string is missing. */
export function t(lang: Lang, key: UiKey, values?: Record<string, string | number>): string {
  const template = strings[lang][key] ?? vi[key];
  return interpolate(template, values);
}

/** Keys that have no string in `lang` (shown by the translation report). */
export function missingKeys(lang: Lang): UiKey[] {
  return (Object.keys(vi) as UiKey[]).filter((key) => strings[lang][key] === undefined);
}

/** A bound lookup for one page: `const tr = translator(lang); tr('nav.home')`. */
export function translator(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values);
}
