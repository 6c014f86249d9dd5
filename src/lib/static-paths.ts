import { languages, type Lang } from './i18n.ts';

/** Static paths for a page that exists once per language. */
export function perLanguage() {
  return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** Static paths for one page per entry and language, with the entry as a prop. */
export function perEntryAndLanguage<T>(entries: Iterable<[string, T]>, param = 'id') {
  const list = [...entries];
  return languages.flatMap((lang: Lang) =>
    list.map(([id, entry]) => ({ params: { lang, [param]: id }, props: { lang, entry } })),
  );
}
