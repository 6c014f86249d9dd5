/**
 * Fuzzy dates of planned tasks, written the way editors (and the official
 * Vietnamese plans) write them: "Quý IV/2023", "giai đoạn 2021-2025",
 * "trước ngày 31/10 hằng năm", "Thường xuyên"…
 *
 * Every date is a calendar date 'YYYY-MM-DD' computed with integer arithmetic:
 * no Date objects, no time zones, so nothing shifts with the server's clock.
 * ISO strings of that shape compare correctly as plain strings.
 */

export const precisions = ['day', 'month', 'quarter', 'half', 'year'] as const;
export type Precision = (typeof precisions)[number];
export interface Period { from: number; to: number } // inclusive years
export interface Point {
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
  quarter?: 1 | 2 | 3 | 4;
  half?: 1 | 2;
  start: string; // inclusive ISO dates
  end: string;
}
export interface DayOfYear { month: number; day: number }
/** The unit of a periodic schedule: "hai năm một lần" (year), "hằng quý" (quarter), "hằng tháng" (month). */
export type PeriodUnit = 'year' | 'quarter' | 'month';
export type FuzzyDate =
  | { kind: 'point'; point: Point }
  // `period` is the plan's period (from the parse context) when one was given:
  // it bounds the start of the interval, since a deadline has no start of its own.
  | { kind: 'deadline'; point: Point; period?: Period }
  | { kind: 'alternatives'; points: Point[] }
  | { kind: 'range'; from: Point; to: Point }
  | { kind: 'from'; from: Point; until?: Point }
  | { kind: 'list'; points: Point[] }
  // `since` is "hằng năm từ 2023" parsed without a context period: the start
  // year is known but `Period` needs both ends.
  | { kind: 'yearly'; period?: Period; since?: number; deadlines?: DayOfYear[] }
  | { kind: 'ongoing'; period?: Period; since?: number }
  // Once every `every` units: "Định kỳ hai năm một lần" (year, 2), "Hằng quý" (quarter, 1),
  // "6 tháng một lần" (month, 6). Every single year stays `yearly`. Occurrences are counted from
  // the start of the period: the plans name the rhythm, not the first year or quarter.
  | { kind: 'periodic'; unit: PeriodUnit; every: number; period?: Period; since?: number };
export interface Interval { start: string | null; end: string | null; precision: Precision }
export type ParseResult = { ok: true; value: FuzzyDate } | { ok: false; error: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const RANK: Record<Precision, number> = { day: 0, month: 1, quarter: 2, half: 3, year: 4 };

const ACCEPTED_FORMS =
  'Dạng được chấp nhận: 19/5/2023, 5/2023, Quý IV/2023, 6 tháng đầu năm 2023, 2023, ' +
  '2021-2025, Từ năm 2023, 2022 và 2024, Hằng năm, Định kỳ hai năm một lần, Hằng quý, Hằng tháng, ' +
  '6 tháng một lần, Thường xuyên, trước ngày 15/11/2022.';

/**
 * Thrown when the input has a recognised shape but wrong values. `reason` is
 * appended to "Không hiểu mốc thời gian "…":" unless `standalone`, in which
 * case it is the whole message (e.g. "Ngày không tồn tại: …").
 */
class Invalid extends Error {
  readonly reason: string;
  readonly standalone: boolean;
  constructor(reason: string, standalone = false) {
    super(reason);
    this.reason = reason;
    this.standalone = standalone;
  }
}

// ---------------------------------------------------------------- calendar

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const firstOfMonth = (y: number, m: number): string => iso(y, m, 1);
const lastOfMonth = (y: number, m: number): string => iso(y, m, daysInMonth(y, m));

// ---------------------------------------------------------------- validated values

function toYear(text: string | undefined): number {
  const y = Number(text);
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) throw new Invalid(`năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`);
  return y;
}

function toMonth(text: string | undefined): number {
  const m = Number(text);
  if (!(m >= 1 && m <= 12)) throw new Invalid('tháng phải từ 1 đến 12');
  return m;
}

/** "2021-25" is more likely a year range with a shortened end than month 25. */
function toIsoMonth(text: string | undefined): number {
  if (Number(text) > 12) throw new Invalid('nếu là khoảng năm, hãy ghi đủ 4 chữ số, ví dụ "2021-2025"; nếu là tháng, tháng phải từ 1 đến 12');
  return toMonth(text);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_NAMES = ['I', 'II', 'III', 'IV'];

function toQuarter(text: string | undefined): 1 | 2 | 3 | 4 {
  const q = /^\d+$/.test(text ?? '') ? Number(text) : ROMAN[text ?? ''];
  if (q === 1 || q === 2 || q === 3 || q === 4) return q;
  throw new Invalid('quý phải từ I đến IV');
}

function toHalf(word: string | undefined): 1 | 2 {
  if (word === 'đầu') return 1;
  if (word === 'cuối') return 2;
  throw new Invalid('chỉ có "6 tháng đầu năm" hoặc "6 tháng cuối năm"');
}

function toPeriod(from: number, to: number): Period {
  if (from > to) throw new Invalid(`năm bắt đầu (${from}) sau năm kết thúc (${to})`);
  return { from, to };
}

// ---------------------------------------------------------------- points

function dayPoint(year: number, month: number, day: number): Point {
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    const hint = day > max ? ` (tháng ${month}/${year} chỉ có ${max} ngày)` : '';
    throw new Invalid(`Ngày không tồn tại: "${day}/${month}/${year}"${hint}.`, true);
  }
  const date = iso(year, month, day);
  return { precision: 'day', year, month, day, start: date, end: date };
}

function monthPoint(year: number, month: number): Point {
  return { precision: 'month', year, month, start: firstOfMonth(year, month), end: lastOfMonth(year, month) };
}

function quarterPoint(year: number, quarter: 1 | 2 | 3 | 4): Point {
  return {
    precision: 'quarter', year, quarter,
    start: firstOfMonth(year, 3 * quarter - 2), end: lastOfMonth(year, 3 * quarter),
  };
}

function halfPoint(year: number, half: 1 | 2): Point {
  return { precision: 'half', year, half, start: firstOfMonth(year, 6 * half - 5), end: lastOfMonth(year, 6 * half) };
}

function yearPoint(year: number): Point {
  return { precision: 'year', year, start: iso(year, 1, 1), end: iso(year, 12, 31) };
}

// ---------------------------------------------------------------- grammar
//
// The input is normalised first (NFC, lower case, one kind of dash, single
// spaces, no spaces around '/' or before ','), so the patterns below stay
// simple. Each recogniser returns undefined when the shape is not its own, and
// throws Invalid when the shape is its own but a value is wrong: that is how an
// editor gets "quý phải từ I đến IV" instead of the generic fallback.

// 'qúy' is the old tone placement still found in documents.
const Q = '(?:quý|qúy|quy|q)';
const QN = '([ivxl]+|\\d+)';
// "Quý III/2024", "Quý III năm 2024", and "Quý II hoặc III 2022" as printed in a table cell.
const YEAR_SEP = '(?:/|,? năm | )';

type PointRule = [RegExp, (m: RegExpExecArray) => Point];

// Year and month are validated before the day, so "1/13/2023" blames the month.
const POINT_RULES: PointRule[] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => dayPoint(toYear(m[1]), toMonth(m[2]), Number(m[3]))],
  [/^(?:ngày )?(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => dayPoint(toYear(m[3]), toMonth(m[2]), Number(m[1]))],
  [/^(?:ngày )?(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})$/, (m) => dayPoint(toYear(m[3]), toMonth(m[2]), Number(m[1]))],
  [/^(\d{4})-(\d{1,2})$/, (m) => monthPoint(toYear(m[1]), toIsoMonth(m[2]))],
  [/^(?:tháng )?(\d{1,2})\/(\d{4})$/, (m) => monthPoint(toYear(m[2]), toMonth(m[1]))],
  [/^tháng (\d{1,2}),? năm (\d{4})$/, (m) => monthPoint(toYear(m[2]), toMonth(m[1]))],
  [new RegExp(`^${Q} ?${QN}${YEAR_SEP}(\\d{4})$`), (m) => quarterPoint(toYear(m[2]), toQuarter(m[1]))],
  [/^(?:(?:6|sáu) tháng|nửa) (\S+)(?: năm)? (\d{4})$/, (m) => halfPoint(toYear(m[2]), toHalf(m[1]))],
  // At least 3 digits, so "05" in "từ 2023-05" is never taken for a year.
  [/^(?:năm )?(\d{3,})$/, (m) => yearPoint(toYear(m[1]))],
];

/** Recognises a point's shape without validating it (used to find where a range splits). */
function matchPoint(s: string): (() => Point) | undefined {
  for (const [pattern, build] of POINT_RULES) {
    const m = pattern.exec(s);
    if (m) return () => build(m);
  }
  return undefined;
}

const parsePoint = (s: string): Point | undefined => matchPoint(s)?.();

const byStart = (a: Point, b: Point): number =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
const samePoint = (a: Point, b: Point): boolean => a.start === b.start && a.end === b.end;

/** "Quý II hoặc III năm 2022", or any points joined by "hoặc". */
const QUARTER_ALTERNATIVES = new RegExp(`^${Q} ?${QN} hoặc (?:${Q} ?)?${QN}${YEAR_SEP}(\\d{4})$`);

function parseAlternatives(s: string): FuzzyDate | undefined {
  if (!s.includes(' hoặc ')) return undefined;
  const q = QUARTER_ALTERNATIVES.exec(s);
  let points: (Point | undefined)[];
  if (q) {
    const year = toYear(q[3]);
    points = [quarterPoint(year, toQuarter(q[1])), quarterPoint(year, toQuarter(q[2]))];
  } else {
    const builders = s.split(' hoặc ').map(matchPoint);
    if (builders.some((b) => !b)) return undefined;
    points = builders.map((b) => b?.());
  }
  const sorted = (points as Point[]).sort(byStart);
  if (sorted.some((p, i) => i > 0 && samePoint(p, sorted[i - 1] as Point))) {
    throw new Invalid('hai lựa chọn trùng nhau');
  }
  return { kind: 'alternatives', points: sorted };
}

/** "2022 và 2024", "Năm 2023, 2024", "2022, 2023 và 2024": years only. */
function parseList(s: string): FuzzyDate | undefined {
  const items = s.split(/, | và /);
  if (items.length < 2) return undefined;
  const builders = items.map(matchPoint);
  if (builders.some((b) => !b)) return undefined;
  const points = builders.map((b) => (b as () => Point)());
  if (points.some((p) => p.precision !== 'year')) {
    throw new Invalid('chỉ liệt kê được các năm, ví dụ "2022 và 2024"');
  }
  points.sort(byStart);
  const repeated = points.find((p, i) => i > 0 && p.year === points[i - 1]?.year);
  if (repeated) throw new Invalid(`năm ${repeated.year} bị lặp lại`);
  return { kind: 'list', points };
}

/** Splits at "đến" or at the first dash that has a point on each side (ISO dates contain dashes too). */
function splitRange(s: string): [string, string] | undefined {
  const words = s.split(' đến ');
  if (words.length === 2) return [words[0] as string, words[1] as string];
  for (let i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
    const left = s.slice(0, i).trim();
    const right = s.slice(i + 1).trim();
    if (matchPoint(left) && matchPoint(right)) return [left, right];
  }
  return undefined;
}

/** "2021-2025", "giai đoạn 2026 - 2030", "Quý II/2022 - Quý III/2023", "từ 2021 đến 2025". */
function parseRange(s: string): FuzzyDate | undefined {
  const parts = splitRange(s.replace(/^(?:giai đoạn|từ) /, ''));
  if (!parts) return undefined;
  const from = parsePoint(parts[0]) as Point;
  const to = parsePoint(parts[1]) as Point;
  if (from.start > to.start || from.end > to.end) {
    throw new Invalid(from.precision === 'year' && to.precision === 'year'
      ? `năm bắt đầu (${from.year}) sau năm kết thúc (${to.year})`
      : 'mốc bắt đầu sau mốc kết thúc');
  }
  if (samePoint(from, to)) throw new Invalid('hai đầu của khoảng thời gian trùng nhau; nếu chỉ có một mốc, hãy ghi một mốc');
  return { kind: 'range', from, to };
}

/** "Từ năm 2023", "từ Quý III/2024": the end is the plan's last year when known. */
function parseFrom(s: string, context?: Period): FuzzyDate | undefined {
  const m = /^từ (.+)$/.exec(s);
  const from = m ? parsePoint(m[1] as string) : undefined;
  if (!from) return undefined;
  if (!context) return { kind: 'from', from };
  if (from.year > context.to) throw new Invalid(`mốc bắt đầu nằm sau giai đoạn ${context.from}–${context.to} của kế hoạch`);
  return { kind: 'from', from, until: yearPoint(context.to) };
}

/** "trước ngày 15/11/2022": a one-off deadline, always a precise day. */
function parseDeadline(s: string, context?: Period): FuzzyDate | undefined {
  const m = /^trước (?:ngày )?(.+)$/.exec(s);
  if (!m) return undefined;
  const inner = m[1] as string;
  if (/^\d{1,2}\/\d{1,2}$/.test(inner)) {
    throw new Invalid('thiếu năm, ví dụ "trước ngày 15/11/2022" hoặc "trước ngày 15/11 hằng năm"');
  }
  const point = parsePoint(inner);
  if (!point) return undefined;
  if (point.precision !== 'day') throw new Invalid('hạn chót phải là một ngày cụ thể, ví dụ "trước ngày 15/11/2022"');
  if (!context) return { kind: 'deadline', point };
  if (point.year < context.from) throw new Invalid(`hạn chót nằm trước giai đoạn ${context.from}–${context.to} của kế hoạch`);
  return { kind: 'deadline', point, period: context };
}

/** Days of a yearly deadline, "15/5 và 15/11". Must exist every year, so 29/2 is refused. */
function parseDaysOfYear(s: string): DayOfYear[] {
  const days = s.split(/, | và /).map((item): DayOfYear => {
    const m = /^(?:ngày )?(\d{1,2})\/(\d{1,2})$/.exec(item);
    if (!m) throw new Invalid('hạn hằng năm ghi dạng "trước ngày 31/10 hằng năm"');
    const month = toMonth(m[2]);
    const day = Number(m[1]);
    if (day < 1 || day > daysInMonth(2023, month)) { // 2023: any non-leap year
      throw new Invalid(`Ngày không tồn tại: "${day}/${month}" (hạn hằng năm phải là ngày có trong mọi năm).`, true);
    }
    return { month, day };
  });
  days.sort((a, b) => a.month - b.month || a.day - b.day);
  if (days.some((d, i) => i > 0 && d.month === days[i - 1]?.month && d.day === days[i - 1]?.day)) {
    throw new Invalid('ngày hạn bị lặp lại');
  }
  return days;
}

type Span = { period?: Period; since?: number };

/** What may follow "hằng năm" / "thường xuyên": ", 2022-2025", "(giai đoạn 2022-2025)", "từ 2023". */
function parseSpan(tail: string): Span {
  let t = tail.replace(/^[ ,]+/, '');
  if (t === '') return {};
  t = t.replace(/^\((.*)\)$/, '$1').replace(/^giai đoạn /, '');
  const since = /^từ (?:năm )?(\d{4})$/.exec(t);
  if (since) return { since: toYear(since[1]) };
  const range = /^(?:năm )?(\d{4}) ?- ?(?:năm )?(\d{4})$/.exec(t);
  if (range) return { period: toPeriod(toYear(range[1]), toYear(range[2])) };
  throw new Invalid('sau nhịp lặp ("hằng năm", "hằng quý", "hai năm một lần", "thường xuyên"…) chỉ ghi được giai đoạn, ví dụ "Hằng năm, 2022-2025" hoặc "hằng năm từ 2023"');
}

/** An explicit period wins; otherwise the plan's period (clipped by "từ …") applies. */
function applyContext(span: Span, context?: Period): Span {
  if (span.period) return { period: span.period };
  if (span.since === undefined) return context ? { period: { ...context } } : {};
  if (!context) return { since: span.since };
  if (span.since > context.to) throw new Invalid(`năm ${span.since} nằm sau giai đoạn ${context.from}–${context.to} của kế hoạch`);
  return { period: { from: span.since, to: context.to } };
}

function parseYearly(s: string, context?: Period): FuzzyDate | undefined {
  const m = /^(?:trước (?:ngày )?(.+?) )?(?:hằng|hàng) năm(.*)$/.exec(s);
  if (!m) return undefined;
  const span = applyContext(parseSpan(m[2] as string), context);
  return m[1] === undefined
    ? { kind: 'yearly', ...span }
    : { kind: 'yearly', ...span, deadlines: parseDaysOfYear(m[1]) };
}

const NUMBER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const UNITS: Record<string, PeriodUnit> = { năm: 'year', quý: 'quarter', quy: 'quarter', tháng: 'month' };
/** Longest sensible rhythm per unit: beyond it, the editor meant another unit ("24 tháng" = 2 năm). */
const MAX_EVERY: Record<PeriodUnit, number> = { year: 10, quarter: 3, month: 11 };
const UNIT_WORDS: Record<PeriodUnit, string> = { year: 'năm', quarter: 'quý', month: 'tháng' };

/**
 * "Định kỳ hai năm một lần", "3 năm một lần", "2 năm/lần", "Hằng quý", "định kỳ hằng tháng",
 * "6 tháng một lần", each optionally followed by a period (", 2026-2030", "từ 2027").
 * "Định kỳ hằng năm" and "một năm một lần" are plain `yearly`.
 */
function parsePeriodic(s: string, context?: Period): FuzzyDate | undefined {
  const t = s.replace(/^định kỳ /, '');
  const each = /^(?:hằng|hàng|mỗi) (năm|quý|quy|tháng)(?=$|[ ,(])(.*)$/.exec(t);
  const counted = each ? undefined : /^(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (năm|quý|quy|tháng)(?: một lần| 1 lần|\/lần)(.*)$/.exec(t);
  if (!each && !counted) return undefined;
  const unit = UNITS[(each ? each[1] : counted![2]) as string] as PeriodUnit;
  const raw = each ? '1' : (counted![1] as string);
  const every = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] as number);
  if (!(every >= 1)) throw new Invalid('số lần phải từ 1 trở lên, ví dụ "hai năm một lần"');
  if (every > MAX_EVERY[unit]) {
    throw new Invalid(unit === 'year'
      ? `chu kỳ dài nhất là ${MAX_EVERY.year} năm`
      : `${every} ${UNIT_WORDS[unit]} dài hơn một năm: hãy ghi theo năm, ví dụ "hai năm một lần"`);
  }
  const span = applyContext(parseSpan((each ? each[2] : counted![3]) as string), context);
  if (unit === 'year' && every === 1) {
    // "hằng năm" itself is parseYearly's, which also reads yearly deadlines.
    if (t === s && /^(?:hằng|hàng) /.test(t)) return undefined;
    return { kind: 'yearly', ...span };
  }
  return { kind: 'periodic', unit, every, ...span };
}

function parseOngoing(s: string, context?: Period): FuzzyDate | undefined {
  const m = /^thường xuyên(.*)$/.exec(s);
  return m ? { kind: 'ongoing', ...applyContext(parseSpan(m[1] as string), context) } : undefined;
}

function parseSinglePoint(s: string): FuzzyDate | undefined {
  const point = parsePoint(s);
  return point && { kind: 'point', point };
}

function normalise(input: string): string {
  return input
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .replace(/ ?, ?/g, ', ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim()
    .replace(/[.;]$/, '')
    .trim();
}

function checkContext(period: Period | undefined): void {
  if (!period) return;
  const valid = Number.isInteger(period.from) && Number.isInteger(period.to) &&
    period.from >= MIN_YEAR && period.to <= MAX_YEAR && period.from <= period.to;
  if (!valid) throw new Invalid(`Giai đoạn của kế hoạch không hợp lệ: ${period.from}–${period.to}.`, true);
}

export function parseFuzzyDate(input: string, context?: { period?: Period }): ParseResult {
  const raw = input.trim();
  if (raw === '') return { ok: false, error: `Chưa nhập mốc thời gian. ${ACCEPTED_FORMS}` };
  const s = normalise(raw);
  const period = context?.period;
  try {
    checkContext(period);
    // Order matters: the compound forms contain ",", "và", "-" that the later recognisers would misread.
    const value =
      parseOngoing(s, period) ??
      parsePeriodic(s, period) ??
      parseYearly(s, period) ??
      parseDeadline(s, period) ??
      parseAlternatives(s) ??
      parseSinglePoint(s) ??
      parseList(s) ??
      parseRange(s) ??
      parseFrom(s, period);
    if (value) return { ok: true, value };
    return { ok: false, error: `Không hiểu mốc thời gian "${raw}". ${ACCEPTED_FORMS}` };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { ok: false, error: e.standalone ? e.reason : `Không hiểu mốc thời gian "${raw}": ${e.reason}.` };
  }
}

// ---------------------------------------------------------------- intervals & order

const coarser = (a: Precision, b: Precision): Precision => (RANK[a] >= RANK[b] ? a : b);

function spanInterval(span: Span): Interval {
  if (span.period) return { start: iso(span.period.from, 1, 1), end: iso(span.period.to, 12, 31), precision: 'year' };
  if (span.since !== undefined) return { start: iso(span.since, 1, 1), end: null, precision: 'year' };
  return { start: null, end: null, precision: 'year' };
}

/** Hull of several points (alternatives, lists); they are kept sorted by start. */
function hull(points: Point[]): Interval {
  return {
    start: points.reduce((min, p) => (p.start < min ? p.start : min), points[0]?.start ?? ''),
    end: points.reduce((max, p) => (p.end > max ? p.end : max), points[0]?.end ?? ''),
    precision: points.map((p) => p.precision).reduce(coarser),
  };
}

export function toInterval(date: FuzzyDate): Interval {
  switch (date.kind) {
    case 'point':
      return { start: date.point.start, end: date.point.end, precision: date.point.precision };
    case 'deadline':
      return { start: date.period ? iso(date.period.from, 1, 1) : null, end: date.point.end, precision: 'day' };
    case 'alternatives':
    case 'list':
      return hull(date.points);
    case 'range':
      return { start: date.from.start, end: date.to.end, precision: coarser(date.from.precision, date.to.precision) };
    case 'from':
      return { start: date.from.start, end: date.until?.end ?? null, precision: date.from.precision };
    case 'yearly':
    case 'ongoing':
      return spanInterval(date);
    case 'periodic':
      // Each occurrence is a whole year, quarter or month somewhere in the period.
      return { ...spanInterval(date), precision: date.unit };
  }
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const x = toInterval(a);
  const y = toInterval(b);
  // Unknown start = "already under way", so first; unknown end = "still open", so last.
  const byStart = x.start === y.start ? 0 : x.start === null ? -1 : y.start === null ? 1 : compareStrings(x.start, y.start);
  const byEnd = x.end === y.end ? 0 : x.end === null ? 1 : y.end === null ? -1 : compareStrings(x.end, y.end);
  return byStart || byEnd || RANK[x.precision] - RANK[y.precision];
}

export function isPastOn(date: FuzzyDate, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError(`isPastOn: expected YYYY-MM-DD, got "${today}"`);
  const { end } = toInterval(date);
  return end !== null && end < today;
}

// ---------------------------------------------------------------- formatting

const LAO_MONTHS = [
  'ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ',
  'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ',
];
const laoMonth = (m: number | undefined): string => LAO_MONTHS[(m ?? 1) - 1] ?? '';
const roman = (q: number | undefined): string => ROMAN_NAMES[(q ?? 1) - 1] ?? '';

const WORDS = {
  vi: { and: 'và', or: 'hoặc' },
  lo: { and: 'ແລະ', or: 'ຫຼື' },
};

/** "a, b và c" */
function joinWords(items: string[], word: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function formatPoint(p: Point, lang: 'vi' | 'lo'): string {
  const vi = lang === 'vi';
  switch (p.precision) {
    case 'day': return vi ? `${p.day}/${p.month}/${p.year}` : `${p.day} ${laoMonth(p.month)} ${p.year}`;
    case 'month': return vi ? `Tháng ${p.month}/${p.year}` : `ເດືອນ${laoMonth(p.month)} ${p.year}`;
    case 'quarter': return vi ? `Quý ${roman(p.quarter)}/${p.year}` : `ໄຕມາດ ${roman(p.quarter)}/${p.year}`;
    case 'half':
      return vi
        ? `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`
        : `6 ເດືອນ${p.half === 1 ? 'ຕົ້ນ' : 'ທ້າຍ'}ປີ ${p.year}`;
    case 'year': return vi ? `Năm ${p.year}` : `ປີ ${p.year}`;
  }
}

function formatFrom(p: Point, lang: 'vi' | 'lo'): string {
  const text = formatPoint(p, lang);
  if (lang === 'lo') {
    if (p.precision === 'day') return `ແຕ່ວັນທີ ${text}`;
    return p.precision === 'half' ? `ແຕ່ ${text}` : `ແຕ່${text}`;
  }
  if (p.precision === 'day') return `Từ ngày ${text}`;
  // "Từ năm 2023", "Từ tháng 5/2023", but "Từ Quý III/2024" as in the documents.
  const lowered = p.precision === 'year' || p.precision === 'month' ? text[0]?.toLowerCase() + text.slice(1) : text;
  return `Từ ${lowered}`;
}

function formatRange(from: Point, to: Point, lang: 'vi' | 'lo'): string {
  if (from.precision === 'year' && to.precision === 'year') return `${from.year}–${to.year}`;
  return `${formatPoint(from, lang)} – ${formatPoint(to, lang)}`;
}

function formatAlternatives(points: Point[], lang: 'vi' | 'lo'): string {
  const year = points[0]?.year;
  if (points.every((p) => p.precision === 'quarter' && p.year === year)) {
    const quarters = joinWords(points.map((p) => roman(p.quarter)), WORDS[lang].or);
    return lang === 'vi' ? `Quý ${quarters}/${year}` : `ໄຕມາດ ${quarters}/${year}`;
  }
  return points.map((p) => formatPoint(p, lang)).join(` ${WORDS[lang].or} `);
}

/** ", 2022–2025" or ", từ năm 2023" after a recurrence; empty when open. */
function formatSpan(span: Span, lang: 'vi' | 'lo'): string {
  if (span.period) return `, ${span.period.from}–${span.period.to}`;
  if (span.since !== undefined) return lang === 'vi' ? `, từ năm ${span.since}` : `, ແຕ່ປີ ${span.since}`;
  return '';
}

/** A day of the year without its year: "5/9" / "5 ກັນຍາ". */
export function formatDayOfYear(d: DayOfYear, lang: 'vi' | 'lo'): string {
  return lang === 'vi' ? `${d.day}/${d.month}` : `${d.day} ${laoMonth(d.month)}`;
}

function formatYearly(date: Extract<FuzzyDate, { kind: 'yearly' }>, lang: 'vi' | 'lo'): string {
  const span = formatSpan(date, lang);
  if (!date.deadlines?.length) return (lang === 'vi' ? 'Hằng năm' : 'ປະຈຳປີ') + span;
  const days = date.deadlines.map((d) => formatDayOfYear(d, lang));
  const joined = joinWords(days, WORDS[lang].and);
  return (lang === 'vi' ? `Trước ngày ${joined} hằng năm` : `ກ່ອນວັນທີ ${joined} ຂອງທຸກປີ`) + span;
}

/** "Định kỳ 2 năm một lần", "Hằng quý", "6 tháng một lần" / "2 ປີຕໍ່ຄັ້ງ", "ປະຈຳໄຕມາດ". */
function formatPeriodic(date: Extract<FuzzyDate, { kind: 'periodic' }>, lang: 'vi' | 'lo'): string {
  const span = formatSpan(date, lang);
  const vi = { year: 'năm', quarter: 'quý', month: 'tháng' }[date.unit];
  const lo = { year: 'ປີ', quarter: 'ໄຕມາດ', month: 'ເດືອນ' }[date.unit];
  if (date.every === 1) return (lang === 'vi' ? `Hằng ${vi}` : `ປະຈຳ${lo}`) + span;
  return (lang === 'vi' ? `Định kỳ ${date.every} ${vi} một lần` : `${date.every} ${lo}ຕໍ່ຄັ້ງ`) + span;
}

export function formatFuzzyDate(date: FuzzyDate, lang: 'vi' | 'lo'): string {
  switch (date.kind) {
    case 'point': return formatPoint(date.point, lang);
    case 'deadline':
      return lang === 'vi' ? `Trước ngày ${formatPoint(date.point, 'vi')}` : `ກ່ອນວັນທີ ${formatPoint(date.point, 'lo')}`;
    case 'alternatives': return formatAlternatives(date.points, lang);
    case 'range': return formatRange(date.from, date.to, lang);
    case 'from': return formatFrom(date.from, lang);
    case 'list':
      return `${lang === 'vi' ? 'Năm' : 'ປີ'} ${joinWords(date.points.map((p) => String(p.year)), WORDS[lang].and)}`;
    case 'yearly': return formatYearly(date, lang);
    case 'ongoing': return (lang === 'vi' ? 'Thường xuyên' : 'ເປັນປະຈຳ') + formatSpan(date, lang);
    case 'periodic': return formatPeriodic(date, lang);
  }
}

// ---------------------------------------------------------------- EDTF

/** EDTF level 2 sub-year groupings: 33–36 are quarters, 40–41 semestrals (halves). */
function edtfPoint(p: Point): string {
  switch (p.precision) {
    case 'day': return p.start;
    case 'month': return p.start.slice(0, 7);
    case 'quarter': return `${p.year}-${32 + (p.quarter ?? 1)}`;
    case 'half': return `${p.year}-${39 + (p.half ?? 1)}`;
    case 'year': return String(p.year);
  }
}

/**
 * EDTF for export. EDTF cannot express recurrence, so "yearly", "periodic" ("hai năm một lần",
 * "hằng quý") and "ongoing" export only the period they cover ("2026/2030", "2023/..", or
 * "../.." when nothing is known); the rhythm itself is in the date text and label beside it,
 * and in the calendar's RRULE.
 */
export function toEDTF(date: FuzzyDate): string {
  switch (date.kind) {
    case 'point': return edtfPoint(date.point);
    case 'deadline': return `${date.period ? date.period.from : '..'}/${edtfPoint(date.point)}`;
    case 'alternatives': return `[${date.points.map(edtfPoint).join(',')}]`;
    case 'range': return `${edtfPoint(date.from)}/${edtfPoint(date.to)}`;
    case 'from': return `${edtfPoint(date.from)}/${date.until ? edtfPoint(date.until) : '..'}`;
    case 'list': return `{${date.points.map(edtfPoint).join(',')}}`;
    case 'yearly':
    case 'ongoing':
    case 'periodic':
      if (date.period) return `${date.period.from}/${date.period.to}`;
      return date.since !== undefined ? `${date.since}/..` : '../..';
  }
}
