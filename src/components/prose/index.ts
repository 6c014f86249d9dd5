import EntryLink from './EntryLink.astro';
import Figure from './Figure.astro';
import Note from './Note.astro';
import Quote from './Quote.astro';

/**
 * The components an MDX body may use, passed to every `<Content components>`; the content check
 * allows exactly these names (src/validation/mdx-safety.ts) and checks their attributes.
 */
export const proseComponents = { Quote, EntryLink, Figure, Note };
