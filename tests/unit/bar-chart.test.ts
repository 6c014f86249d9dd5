import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BAR_LAYOUT, barChartSvg, layoutBars } from '../../src/lib/bar-chart.ts';

const bars = [
  { label: 'Giáo dục', value: 6 },
  { label: 'Y tế', value: 3 },
  { label: 'ກະສິກຳ', value: 0, lang: 'lo' },
];

describe('layoutBars', () => {
  it('makes bar lengths proportional to the values, the largest filling the plot', () => {
    const { bars: laid } = layoutBars(bars, 640);
    const plot = 640 - BAR_LAYOUT.valueSpace - BAR_LAYOUT.padding;
    expect(laid[0].width).toBe(plot);
    expect(laid[1].width).toBeCloseTo(plot / 2, 0);
    expect(laid[2].width).toBe(0);
  });

  it('stacks one row per bar without overlap, and sizes the chart to fit them', () => {
    const { bars: laid, height } = layoutBars(bars, 640);
    for (let i = 1; i < laid.length; i++) expect(laid[i].y).toBeGreaterThanOrEqual(laid[i - 1].y + laid[i - 1].height);
    expect(height).toBeGreaterThanOrEqual(laid.at(-1)!.y + laid.at(-1)!.height);
  });

  it('draws nothing for all-zero data rather than dividing by zero', () => {
    expect(layoutBars([{ label: 'a', value: 0 }], 640).bars[0].width).toBe(0);
  });

  it('refuses negative or non-numeric values', () => {
    expect(() => layoutBars([{ label: 'a', value: -1 }], 640)).toThrow(RangeError);
    expect(() => layoutBars([{ label: 'a', value: Number.NaN }], 640)).toThrow(RangeError);
  });
});

describe('barChartSvg', () => {
  const svg = parse(barChartSvg({ id: 'c1', title: 'Số nhiệm vụ <theo> lĩnh vực', description: 'Giáo dục: 6; Y tế: 3', bars })).querySelector('svg')!;

  it('is an image named by its own title and description', () => {
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(svg.querySelector(`title[id="${titleId}"]`)?.text).toBe('Số nhiệm vụ <theo> lĩnh vực');
    expect(svg.querySelector(`desc[id="${descId}"]`)?.text).toBe('Giáo dục: 6; Y tế: 3');
  });

  it('draws one bar per value, labelled with its name and its number', () => {
    const groups = svg.querySelectorAll('g[data-bar]');
    expect(groups).toHaveLength(3);
    expect(groups.map((g) => g.querySelectorAll('text').map((t) => t.text))).toEqual([['Giáo dục', '6'], ['Y tế', '3'], ['ກະສິກຳ', '0']]);
    expect(groups.map((g) => Number(g.getAttribute('data-value')))).toEqual([6, 3, 0]);
    expect(groups[2].querySelector('text')?.getAttribute('lang')).toBe('lo');
  });

  it('escapes text, so a label can never break the markup', () => {
    const text = barChartSvg({ id: 'c2', title: 'a & b', description: '"q"', bars: [{ label: '<script>', value: 1 }] });
    expect(text).not.toContain('<script>');
    expect(parse(text).querySelector('g[data-bar] text')?.text).toBe('<script>');
  });

  it('writes values with the given format', () => {
    const text = barChartSvg({ id: 'c3', title: 't', description: 'd', bars: [{ label: 'a', value: 1500 }], format: (v) => v.toLocaleString('vi') });
    expect(parse(text).querySelectorAll('g[data-bar] text')[1].text).toBe('1.500');
  });
});
