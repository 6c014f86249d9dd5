import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, partnerMapSvg, placeLabels, type MapPoint } from '../../src/lib/partner-map.ts';

// Two made-up square "countries" side by side, enough to fit a projection to.
const square = (lon: number, lat: number, size: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon, lat + size], [lon + size, lat + size], [lon + size, lat], [lon, lat]]],
});
const points: MapPoint[] = [
  { id: 'a', lon: 101, lat: 11, label: 'Tỉnh A', href: '/vi/provinces/a/', group: 'vn' },
  { id: 'b', lon: 104, lat: 14, label: 'ແຂວງ B', href: '/vi/provinces/b/', group: 'la', lang: 'lo' },
  { id: 'c', lon: 104.1, lat: 14.05, label: 'Tỉnh C', href: '/vi/provinces/c/', group: 'vn' },
];
const svgText = partnerMapSvg({
  id: 'm',
  title: 'Bản đồ',
  description: 'Ba tỉnh, hai đường nối',
  width: 400,
  height: 400,
  areas: [
    { id: 'x', geometry: square(100, 10, 3), focus: true },
    { id: 'y', geometry: square(103, 10, 5), focus: true },
    { id: 'z', geometry: square(90, 0, 5), focus: false },
  ],
  points,
  links: [{ from: 'a', to: 'b', title: 'A – B' }, { from: 'c', to: 'b', title: 'C – B' }],
});
const svg = parse(svgText).querySelector('svg')!;

describe('partnerMapSvg', () => {
  it('draws the countries as paths inside the frame, the focus ones fitted to the view', () => {
    const paths = svg.querySelectorAll('path[data-area]');
    expect(paths.map((p) => p.getAttribute('data-area'))).toEqual(['x', 'y', 'z']);
    const coordinates = paths.slice(0, 2).flatMap((p) => [...p.getAttribute('d')!.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
    expect(coordinates.length).toBeGreaterThan(8);
    for (const c of coordinates) expect(c).toBeGreaterThanOrEqual(0), expect(c).toBeLessThanOrEqual(400);
  });

  it('links every point to its page, labelled with its name, shaped by its country', () => {
    const links = svg.querySelectorAll('a[data-province]');
    expect(links.map((a) => [a.getAttribute('data-province'), a.getAttribute('href'), a.querySelector('text')?.text])).toEqual([
      ['a', '/vi/provinces/a/', 'Tỉnh A'],
      ['b', '/vi/provinces/b/', 'ແຂວງ B'],
      ['c', '/vi/provinces/c/', 'Tỉnh C'],
    ]);
    expect(links.map((a) => (a.querySelector('circle') ? 'circle' : a.querySelector('rect') ? 'rect' : '?'))).toEqual(['circle', 'rect', 'circle']);
    expect(links[1].querySelector('text')?.getAttribute('lang')).toBe('lo');
  });

  it('draws one line per partnership, from one marker to the other', () => {
    const lines = svg.querySelectorAll('line[data-link]');
    expect(lines.map((l) => l.getAttribute('data-link'))).toEqual(['a b', 'c b']);
    const marker = (id: string) => {
      const a = svg.querySelector(`a[data-province="${id}"]`)!;
      const circle = a.querySelector('circle');
      if (circle) return [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
      const rect = a.querySelector('rect')!;
      return [Number(rect.getAttribute('x')) + 6, Number(rect.getAttribute('y')) + 6];
    };
    const [ax, ay] = marker('a');
    const [bx, by] = marker('b');
    expect([Number(lines[0].getAttribute('x1')), Number(lines[0].getAttribute('y1'))]).toEqual([ax, ay]);
    expect(Number(lines[0].getAttribute('x2'))).toBeCloseTo(bx, 1);
    expect(Number(lines[0].getAttribute('y2'))).toBeCloseTo(by, 1);
    expect(lines[0].querySelector('title')?.text).toBe('A – B');
  });

  it('is a group named by its title and description', () => {
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(svg.querySelector(`title[id="${titleId}"]`)?.text).toBe('Bản đồ');
    expect(svg.querySelector(`desc[id="${descId}"]`)?.text).toBe('Ba tỉnh, hai đường nối');
  });

  it('refuses a line to a point that is not on the map', () => {
    expect(() =>
      partnerMapSvg({ id: 'n', title: 't', description: 'd', width: 100, height: 100, areas: [{ id: 'x', geometry: square(0, 0, 1), focus: true }], points: [], links: [{ from: 'a', to: 'b', title: '' }] }),
    ).toThrow(/not on the map/);
  });
});

describe('placeLabels', () => {
  it('keeps labels of nearby points from overlapping each other', () => {
    const near = [
      { x: 100, y: 100, width: 60 },
      { x: 104, y: 108, width: 60 },
      { x: 98, y: 116, width: 60 },
    ];
    const boxes = placeLabels(near, { width: 400, height: 400 }).map((p) => p.box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const separate = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(separate, `labels ${i} and ${j}`).toBe(true);
      }
    }
  });

  it('puts a label at the right edge on its left, inside the frame', () => {
    const [placed] = placeLabels([{ x: 390, y: 200, width: 80 }], { width: 400, height: 400 });
    expect(placed.anchor).toBe('end');
    expect(placed.box.x).toBeGreaterThanOrEqual(0);
    expect(placed.box.x + placed.box.width).toBeLessThanOrEqual(400);
  });
});

describe('estimateTextWidth', () => {
  it('gives stacked Lao vowel and tone marks no width of their own', () => {
    expect(estimateTextWidth('ຊຽງຂວາງ')).toBe(estimateTextWidth('ຊຽງຂວາງ'.replace(/[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD]/g, '')));
    expect(estimateTextWidth('ກິ່ງ')).toBeLessThan(estimateTextWidth('ກາງ'));
    expect(estimateTextWidth('abc')).toBeGreaterThan(estimateTextWidth('ab'));
  });
});
