/** YAML scalars written by the scaffolder: JSON strings are valid YAML and need no escaping rules of their own. */
export const quote = (value: string) => JSON.stringify(value);

/** A flow list of ids: [a, b]. */
export const idList = (ids: string[]) => `[${ids.join(', ')}]`;

/** A citation in the form the content uses: { document: x, section: "II.1", item: 2 }. */
export const sourceText = (document: string, section: string, item?: number) =>
  `{ document: ${document}, section: ${quote(section)}${item === undefined ? '' : `, item: ${item}`} }`;

/** An id as the schemas accept it: lowercase ASCII words joined by hyphens. */
export const isId = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
