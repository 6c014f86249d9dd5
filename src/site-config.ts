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
  /**
   * /.well-known/security.txt (RFC 9116), written by each build: where to report a security
   * problem with the site. No contact has been given yet: until the publisher adds one (e.g.
   * 'mailto:…@….gov.vn' or an https:// form), the build writes no file and says so.
   */
  security: {
    contacts: [] as string[],
    /** The page that says how reports are handled, or null. */
    policy: null as string | null,
    languages: ['vi', 'lo', 'en'],
    /** The file expires this many days after the build (under a year): a site left unbuilt shows it is stale. */
    validDays: 180,
  },
} as const;
