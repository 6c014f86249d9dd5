import { readContent } from '../../src/validation/read-content.ts';

/** The raw content as editors wrote it (YAML), for tests that check pages against their sources. */
export interface RawMilestone {
  id: string;
  agreement: string;
  areas: string[];
  title: { vi: string; lo?: string };
  when?: string;
  lead?: string[];
  places: string[];
  status: { date: string; status: string }[];
  source: { document: string; section: string; item?: number };
}
export interface RawAgreement {
  id: string;
  period: { from: number; to: number };
  parties: { province: string; body?: string }[];
}
export interface RawProvince {
  id: string;
  country: 'vn' | 'la';
  level: 'province' | 'district';
  parent?: string;
  successor?: string;
  name: { vi: string; lo?: string };
}

const entries = readContent('content');
const of = <T>(collection: string) =>
  entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, ...(e.data as object) }) as T);

export const milestones = of<RawMilestone>('milestones').map((m) => ({ ...m, places: m.places ?? [], status: m.status ?? [] }));
export const agreements = of<RawAgreement>('agreements');
/** Vietnamese agency names by id. */
export const agencyNames = new Map(of<{ id: string; name: { vi: string } }>('agencies').map((a) => [a.id, a.name.vi]));
export const provinces = of<RawProvince>('provinces');
export const commemorations = of<{
  id: string;
  name: { vi: string; lo: string };
  date?: { month: number; day: number };
  movable?: { months: number[] };
  since?: number;
  sources?: unknown[];
}>('commemorations');
export const periodOf = (agreement: string) => agreements.find((a) => a.id === agreement)!.period;
