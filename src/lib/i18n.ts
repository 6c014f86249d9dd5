/** Languages of the site. Vietnamese is the source language; Lao a full peer. */
export const languages = ['vi', 'lo'] as const;
export type Lang = (typeof languages)[number];
export const sourceLang: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'lo' : 'vi';
}

/** A text in the requested language, or the Vietnamese source when it is not translated. */
export interface Picked {
  text: string;
  /** The language the text is actually in (for the `lang` attribute). */
  lang: Lang;
  /** True when Vietnamese is shown in place of a missing translation. */
  fallback: boolean;
}

export function pick(text: { vi: string; lo?: string }, lang: Lang): Picked {
  const translated = text[lang];
  if (translated) return { text: translated, lang, fallback: false };
  return { text: text.vi, lang: sourceLang, fallback: lang !== sourceLang };
}

/**
 * Fills "{name}" placeholders. A placeholder without a value is an error, so a
 * string never reaches a page with a hole in it.
 */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`Missing value for "{${name}}" in "${template}"`);
    return String(values[name]);
  });
}
