/**
 * Publishing decisions that belong to the publisher, not to the code: one place to set them.
 */
export const siteConfig = {
  /**
   * Licence of the open data (/vi/data/, /lo/data/). No licence has been chosen yet: the data
   * page and every data file say so until the publisher sets one here, e.g.
   * { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }.
   */
  licence: null as null | { name: string; url: string },
  /** News per page in the news list (/vi/news/, /vi/news/page/2/, …). */
  newsPerPage: 10,
} as const;
