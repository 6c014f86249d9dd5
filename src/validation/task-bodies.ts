import type { SourceRef } from '../schemas/common.ts';

/**
 * A body is lead, coordinator or merely mentioned, never two of these: a co-lead ("Sở Nội vụ; Sở Ngoại vụ"
 * in one lead column) goes into `lead` only.
 */
export function leadProblems(d: { lead: string[]; coordinating: string[]; mentioned: string[] }): [(string | number)[], string][] {
  const problems: [(string | number)[], string][] = [];
  d.lead.forEach((id, i) => {
    if (d.lead.indexOf(id) !== i) problems.push([['lead', i], `Cơ quan "${id}" được ghi hai lần trong lead.`]);
  });
  for (const field of ['coordinating', 'mentioned'] as const) {
    d[field].forEach((id, i) => {
      if (d.lead.includes(id)) problems.push([[field, i], `Cơ quan "${id}" đã là cơ quan chủ trì (lead): đồng chủ trì chỉ ghi trong lead, không ghi lại trong ${field}.`]);
    });
  }
  return problems;
}

/** Documents cited by an agreement's milestones (task, date or status source) that the agreement does not list. */
export function uncitedDocuments(agreement: string, listed: string[], milestones: { data: Record<string, unknown> }[]): string[] {
  const cited = new Set<string>();
  for (const e of milestones) {
    if (e.data.agreement !== agreement) continue;
    const m = e.data as { source: SourceRef; whenSource?: SourceRef; status: { source: SourceRef }[] };
    [m.source, m.whenSource, ...m.status.map((s) => s.source)].forEach((s) => s && cited.add(s.document));
  }
  return [...cited].filter((doc) => !listed.includes(doc)).sort();
}
