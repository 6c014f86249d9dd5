import { attributes, escapeXml } from './xml.ts';

/**
 * A horizontal bar chart as plain SVG, drawn at build time. Each bar has its label on its own
 * line above it, so long names (and Lao, which is wider) are never cut; the value is written
 * beside the bar, so no reader has to estimate lengths. The SVG is an image (role="img") named
 * by its <title> and <desc>; the page puts the same numbers in a table beside it.
 */
export interface Bar {
  label: string;
  value: number;
  /** Language of the label when it differs from the page's (an untranslated name). */
  lang?: string;
}

export interface BarChartSpec {
  /** Unique on the page: prefix of the ids of <title> and <desc>. */
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  /** How a value is written (locale digits, units); plain numbers by default. */
  format?: (value: number) => string;
  width?: number;
}

export const BAR_LAYOUT = { rowHeight: 48, labelBaseline: 17, barTop: 26, barHeight: 16, valueGap: 6, valueSpace: 64, padding: 4 } as const;

export interface BarGeometry {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each bar goes: lengths proportional to values, the longest filling the plot width. */
export function layoutBars(bars: readonly Bar[], width: number): { bars: BarGeometry[]; height: number } {
  const { rowHeight, barTop, barHeight, valueSpace, padding } = BAR_LAYOUT;
  if (bars.some((b) => !Number.isFinite(b.value) || b.value < 0)) throw new RangeError('Bar values must be finite and not negative');
  const max = Math.max(0, ...bars.map((b) => b.value));
  const plot = width - valueSpace - padding;
  return {
    height: padding * 2 + bars.length * rowHeight,
    bars: bars.map((b, i) => ({
      label: b.label,
      value: b.value,
      x: padding,
      y: padding + i * rowHeight + barTop,
      width: max === 0 ? 0 : round((b.value / max) * plot),
      height: barHeight,
    })),
  };
}

export function barChartSvg(spec: BarChartSpec): string {
  const width = spec.width ?? 640;
  const format = spec.format ?? String;
  const { bars, height } = layoutBars(spec.bars, width);
  const { barTop, labelBaseline, valueGap } = BAR_LAYOUT;
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const rows = bars.map((bar, i) => {
    const lang = spec.bars[i].lang;
    const top = bar.y - barTop;
    return (
      `<g${attributes({ 'data-bar': i, 'data-value': bar.value })}>` +
      `<text${attributes({ x: bar.x, y: top + labelBaseline, lang, 'font-size': 14, fill: '#1e293b' })}>${escapeXml(bar.label)}</text>` +
      `<rect${attributes({ x: bar.x, y: bar.y, width: bar.width, height: bar.height, rx: 2, fill: '#1e4f9c' })}/>` +
      `<text${attributes({ x: bar.x + bar.width + valueGap, y: bar.y + bar.height - 3, 'font-size': 14, 'font-weight': 600, fill: '#0f172a' })}>${escapeXml(format(bar.value))}</text>` +
      `</g>`
    );
  });
  return (
    `<svg${attributes({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'h-auto max-w-full', 'data-chart': spec.id })}>` +
    `<title${attributes({ id: titleId })}>${escapeXml(spec.title)}</title>` +
    `<desc${attributes({ id: descId })}>${escapeXml(spec.description)}</desc>` +
    rows.join('') +
    `</svg>`
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
