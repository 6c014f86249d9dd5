import { axisOf, layoutPlanChart, type ChartLayout } from '../lib/plan-chart.ts';
import type { DisplayStatus } from '../lib/milestone-status.ts';
import { buildDate } from './build-date.ts';
import type { Catalog, MilestoneView } from './catalog.ts';
import type { TimelineItem } from './timeline.ts';

/** Width of the plot in CSS pixels: with the area labels (13rem) it fills the 1280 px layout's 992 px column. */
export const PLOT_WIDTH = 784;

export interface PlanChart {
  layout: ChartLayout<DisplayStatus>;
  milestones: Map<string, MilestoneView>;
  /** Statuses present, in the legend's order. */
  statuses: DisplayStatus[];
}

const STATUS_ORDER: DisplayStatus[] = ['planned', 'in-progress', 'completed', 'no-report', 'postponed', 'cancelled'];

/**
 * The plan chart of some timeline items: rows by each task's first area, in the areas' own
 * order, on an axis of the years they cover (and the agreement's period when there is one).
 */
export function planChart(catalog: Catalog, items: TimelineItem[], period?: { from: number; to: number }): PlanChart {
  const tasks = items.map(({ milestone, placement }) => ({ id: milestone.id, group: milestone.data.areas[0]!, status: milestone.status, placement }));
  const axis = axisOf(items.map((i) => i.placement), period);
  const layout = layoutPlanChart(tasks, [...catalog.areas.keys()], axis, buildDate, { width: PLOT_WIDTH });
  const present = new Set(tasks.map((t) => t.status));
  return {
    layout,
    milestones: new Map(items.map((i) => [i.milestone.id, i.milestone])),
    statuses: STATUS_ORDER.filter((s) => present.has(s)),
  };
}
