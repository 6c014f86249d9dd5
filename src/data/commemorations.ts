import { getCollection, type CollectionEntry } from 'astro:content';

export type CommemorationEntry = CollectionEntry<'commemorations'>;

/** The month a commemoration is listed under: its fixed month, or the first month a movable one may fall in. */
export const monthOf = (c: CommemorationEntry) => c.data.date?.month ?? c.data.movable?.months[0] ?? 12;

/** Commemorations in calendar order (January first); a movable one after the fixed days of its month. */
export async function getCommemorations(): Promise<CommemorationEntry[]> {
  const entries = await getCollection('commemorations');
  return entries.sort((a, b) => monthOf(a) - monthOf(b) || (a.data.date?.day ?? 32) - (b.data.date?.day ?? 32) || a.id.localeCompare(b.id));
}
