import type { Plugin } from 'vite';

/**
 * Normalises MDX bodies to NFC before @astrojs/mdx compiles them, as the content loader does for
 * front matter: "ệ" typed as e + combining marks then matches the glossary, search and fonts.
 * A transform of the text Vite already read, so no file is opened again.
 */
export function mdxNfc(): Plugin {
  return {
    name: 'hop-tac:mdx-nfc',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx(\?|$)/ },
      handler(code) {
        const normalised = code.normalize('NFC');
        return normalised === code ? null : { code: normalised, map: null };
      },
    },
  };
}
