/**
 * Collections written as MDX pairs, and the prose fields a Lao file translates (the Vietnamese
 * file holds the same keys). No schema imports: the CMS's browser code uses it too.
 */
export const translatedCollections = {
  areas: 'areasLo',
  agreements: 'agreementsLo',
  milestones: 'milestonesLo',
  news: 'newsLo',
} as const;
export type TranslatedCollection = keyof typeof translatedCollections;

export const proseFields = {
  areas: ['name', 'description'],
  agreements: ['title', 'summary'],
  milestones: ['title', 'summary'],
  news: ['title', 'summary'],
} as const satisfies Record<TranslatedCollection, readonly string[]>;
