import { rawContent } from './raw-content.ts';

/** The content as the pages see it (MDX pairs joined), for tests that check pages against their sources. */
export interface RawMilestone {
  id: string;
  agreement: string;
  areas: string[];
  title: { vi: string; lo?: string };
  when?: string;
  lead: string[];
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

const content = rawContent();
const of = <T>(map: Map<string, object>) => [...map].map(([id, data]) => ({ id, ...data }) as T);

export const milestones = of<RawMilestone>(content.milestones);
export const agreements = of<RawAgreement>(content.agreements);
export const provinces = of<RawProvince>(content.provinces);
export const commemorations = of<{
  id: string;
  name: { vi: string; lo: string };
  date?: { month: number; day: number };
  movable?: { months: number[] };
  since?: number;
  sources?: unknown[];
}>(content.commemorations);
export const periodOf = (agreement: string) => agreements.find((a) => a.id === agreement)!.period;
