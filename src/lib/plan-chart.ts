/**
 * Layout of "plans at a glance": tasks grouped by area on a time axis of whole years, each
 * drawn from its placement (src/lib/timeline-placement.ts), so a task is shown at its date's
 * precision and any new kind of date the placement learns is drawn without a change here.
 * Pure pixel arithmetic: the component only turns the result into SVG.
 *
 * Within an area, tasks share a lane when their marks do not collide, and lanes are low (12 px),
 * so that a plan of sixty tasks fits one screen. Every mark is a link whose hit box is the mark's
 * own extent, smaller than WCAG 2.5.8's 24 px: the criterion's "Equivalent" exception holds
 * because every task is also linked, at full size, from the list on the same page (checked in
 * tests/browser/plan-chart.test.ts).
 */
import { onAxis, dayOnAxis, type Axis, type Placement } from './timeline-placement.ts';

export interface ChartTask<S extends string = string> {
  id: string;
  group: string;
  status: S;
  placement: Placement;
}

/** What a mark is made of, in pixels from the left of the plot. */
export type Shape =
  | { type: 'bar'; x: number; width: number }
  | { type: 'day'; x: number }
  | { type: 'deadline'; x: number }
  | { type: 'arrow'; x: number };

export interface Mark<S extends string = string> {
  task: ChartTask<S>;
  lane: number;
  shapes: Shape[];
  /** The link's hit box: left edge and width of the mark's shapes, kept inside the plot. */
  hit: { x: number; width: number };
}

export interface ChartRow<S extends string = string> {
  group: string;
  /** Lanes in this row (at least one, so an area with only undated tasks still has its line). */
  lanes: number;
  marks: Mark<S>[];
  /** Tasks with no date of their own (placement kind `undated`): listed, not drawn. */
  undated: ChartTask<S>[];
}

export interface ChartLayout<S extends string = string> {
  axis: Axis;
  width: number;
  laneHeight: number;
  /** Half the height of a bar, half the width of a diamond or deadline marker, length of an arrow. */
  markRadius: number;
  rows: ChartRow<S>[];
  years: { year: number; x: number; width: number }[];
  /** Quarter ticks, on an axis of at most two years, where years alone say too little. */
  quarters: { quarter: 1 | 2 | 3 | 4; x: number; width: number }[];
  /** The build date's position, or null when it falls outside the axis. */
  today: number | null;
}

export interface ChartOptions {
  /** Width of the plot in pixels. */
  width: number;
  laneHeight?: number;
  markRadius?: number;
  /** Pixels kept free between two marks in one lane, so that they read as two. */
  gap?: number;
}

const round = (x: number) => Math.round(x * 10) / 10;
const quarterEnd = (year: number, quarter: 1 | 2 | 3 | 4) => `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;

/** The years a set of placements covers, widened to include `within` (an agreement's period). */
export function axisOf(placements: Placement[], within?: Axis): Axis {
  const years = placements.flatMap((p) => [Number(p.start.slice(0, 4)), Number(p.end.slice(0, 4))]);
  if (within) years.push(within.from, within.to);
  if (years.length === 0) throw new Error('axisOf: no placement and no period to draw');
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Pixels taken off each end of a bar, so that a yearly task's marks, or two tasks in a row, stay apart. */
const INSET = 1.5;

/** The shapes of one task: bars for stretches, diamonds for known days, a marker for a deadline, an arrow when ongoing. */
export function shapesOf(placement: Placement, axis: Axis, width: number): Shape[] {
  const shapes: Shape[] = [];
  for (const segment of placement.segments) {
    const at = onAxis(segment, axis);
    if (!at) continue;
    if (segment.day) {
      // A known day of a recurring task is a yearly deadline ("trước ngày 31/10 hằng năm").
      const deadline = placement.kind === 'deadline' || placement.recurring;
      shapes.push({ type: deadline ? 'deadline' : 'day', x: round(((at.start + at.end) / 2) * width) });
    } else {
      const span = (at.end - at.start) * width;
      const inset = span > 4 * INSET ? INSET : 0;
      shapes.push({ type: 'bar', x: round(at.start * width + inset), width: round(Math.max(1, span - 2 * inset)) });
    }
  }
  const last = shapes.at(-1);
  if (placement.ongoing && last?.type === 'bar') shapes.push({ type: 'arrow', x: round(last.x + last.width) });
  return shapes;
}

/** Hit box of a set of shapes: their extent (a diamond or marker `radius` either side of its day, an arrow `radius` long), kept inside the plot. */
function hitBox(shapes: Shape[], width: number, radius: number): { x: number; width: number } {
  const left = Math.min(...shapes.map((s) => (s.type === 'bar' || s.type === 'arrow' ? s.x : s.x - radius)));
  const right = Math.max(...shapes.map((s) => (s.type === 'bar' ? s.x + s.width : s.x + radius)));
  const x = Math.max(0, left);
  return { x: round(x), width: round(Math.min(width, right) - x) };
}

/**
 * Rows of the chart in `groupOrder`, each task on the first lane where its hit box fits (tasks
 * taken by start, then end, then the order given). Groups with no task are left out.
 */
export function layoutPlanChart<S extends string>(tasks: ChartTask<S>[], groupOrder: string[], axis: Axis, today: string, options: ChartOptions): ChartLayout<S> {
  const { width, laneHeight = 12, markRadius = 4, gap = 2 } = options;
  const rows: ChartRow<S>[] = [];
  for (const group of groupOrder) {
    const own = tasks.filter((t) => t.group === group);
    if (own.length === 0) continue;
    const dated = own
      .map((task, index) => ({ task, index }))
      .filter(({ task }) => task.placement.kind !== 'undated')
      .sort((a, b) => a.task.placement.start.localeCompare(b.task.placement.start) || a.task.placement.end.localeCompare(b.task.placement.end) || a.index - b.index);
    const laneEnds: number[] = [];
    const marks: Mark<S>[] = [];
    for (const { task } of dated) {
      const shapes = shapesOf(task.placement, axis, width);
      if (shapes.length === 0) continue;
      const hit = hitBox(shapes, width, markRadius);
      let lane = laneEnds.findIndex((end) => end + gap <= hit.x);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = hit.x + hit.width;
      marks.push({ task, lane, shapes, hit });
    }
    rows.push({ group, lanes: Math.max(1, laneEnds.length), marks, undated: own.filter((t) => t.placement.kind === 'undated') });
  }
  const years = Array.from({ length: axis.to - axis.from + 1 }, (_, i) => axis.from + i).map((year) => {
    const at = onAxis({ start: `${year}-01-01`, end: `${year}-12-31` }, axis)!;
    return { year, x: round(at.start * width), width: round((at.end - at.start) * width) };
  });
  const quarters = axis.to - axis.from < 2
    ? years.flatMap(({ year }) => ([1, 2, 3, 4] as const).map((quarter) => {
        const at = onAxis({ start: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`, end: quarterEnd(year, quarter) }, axis)!;
        return { quarter, x: round(at.start * width), width: round((at.end - at.start) * width) };
      }))
    : [];
  const t = dayOnAxis(today, axis);
  return { axis, width, laneHeight, markRadius, rows, years, quarters, today: t === null ? null : round(t * width) };
}
