/** Language-neutral paths of the timeline views, their embeds and the calendar feeds (join with `localePath`). */

/** The single-dimension filters; each value is a page of its own, so every filtered view has a URL to share. */
export const dimensions = ['agreement', 'area', 'province', 'year', 'status'] as const;
export type Dimension = (typeof dimensions)[number];

export interface TimelineFilter {
  dimension: Dimension;
  value: string;
}

/** "/timeline/" or "/timeline/area/education/". */
export function timelinePath(filter?: TimelineFilter): string {
  return filter ? `/timeline/${filter.dimension}/${filter.value}/` : '/timeline/';
}

/** The embeddable version of a timeline: "/embed/timeline/area/education/". */
export function embedPath(filter?: TimelineFilter): string {
  return `/embed${timelinePath(filter)}`;
}

/** Calendar feeds: every milestone, one agreement's, or the commemorations. */
export function calendarPath(feed: { agreement: string } | 'milestones' | 'commemorations'): string {
  return typeof feed === 'string' ? `/calendar/${feed}.ics` : `/calendar/agreements/${feed.agreement}.ics`;
}

export const commemorationsPath = '/commemorations/';

/** The same view in TimelineJS 3 JSON, beside its page: "/timeline/area/education/timelinejs.json". */
export function timelineJsonPath(filter?: TimelineFilter): string {
  return `${timelinePath(filter)}timelinejs.json`;
}

/** The partnerships' history, of all agreements or of one: "/history/", "/history/<agreement>/". */
export function historyPath(agreement?: string): string {
  return agreement ? `/history/${agreement}/` : '/history/';
}

export function historyJsonPath(agreement?: string): string {
  return `${historyPath(agreement)}timelinejs.json`;
}
