import { geoMercator, geoPath } from 'd3-geo';
import { attributes, escapeXml } from './xml.ts';

/**
 * A map of partner provinces as plain SVG, drawn at build time with d3-geo: country shapes,
 * one marker per province centre linking to its page, and a line for each partnership.
 * No tiles, no script. The caller supplies the shapes (GeoJSON) and the points.
 */

/** A GeoJSON geometry (Polygon or MultiPolygon) as d3-geo reads it. */
export type Geometry = { type: string; coordinates: unknown };

export interface MapArea {
  id: string;
  geometry: Geometry;
  /** The countries the map is about: the view is fitted to them and they are drawn stronger. */
  focus: boolean;
}

export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  label: string;
  href: string;
  /** Marker shape: Vietnamese provinces are circles, Lao provinces squares (not colour alone). */
  group: 'vn' | 'la';
  /** Language of the label when it differs from the page's (an untranslated name). */
  lang?: string;
}

export interface MapLink {
  from: string;
  to: string;
  /** Tooltip of the line, e.g. "Tuyên Quang – Xiêng Khoảng". */
  title: string;
}

/** A text placed at a coordinate, such as a country name. */
export interface MapText {
  text: string;
  lon: number;
  lat: number;
}

export interface PartnerMapSpec {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  areas: MapArea[];
  points: MapPoint[];
  links: MapLink[];
  texts?: MapText[];
  /** Room kept free on the right of the focus countries, for labels over the sea. */
  rightMargin?: number;
}

export const FONT_SIZE = 13;
const MARKER = 6;
const GAP = 4;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Rough width of a label: the map has no font metrics at build time. Lao vowel and tone marks
 * stacked above or below a consonant take no width of their own.
 */
export function estimateTextWidth(text: string, fontSize = FONT_SIZE): number {
  let width = 0;
  for (const char of text) {
    if (/[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD\u0300-\u036F]/.test(char)) continue;
    width += char === ' ' ? 0.3 : 0.6;
  }
  return width * fontSize;
}

export type Anchor = 'start' | 'middle' | 'end';
export interface Placement {
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

/** Candidate label positions around a marker at (x, y), in order of preference. */
function candidates(x: number, y: number, width: number): Placement[] {
  const h = FONT_SIZE * 1.3;
  const baseline = (top: number) => top + FONT_SIZE;
  const right = x + MARKER + GAP;
  const left = x - MARKER - GAP;
  const at = (anchor: Anchor, tx: number, top: number): Placement => ({
    x: round(tx),
    y: round(baseline(top)),
    anchor,
    box: { x: anchor === 'start' ? tx : anchor === 'end' ? tx - width : tx - width / 2, y: top, width, height: h },
  });
  return [
    at('start', right, y - h / 2),
    at('end', left, y - h / 2),
    at('start', right, y - h),
    at('start', right, y),
    at('end', left, y - h),
    at('end', left, y),
    at('middle', x, y - MARKER - GAP - h),
    at('middle', x, y + MARKER + GAP),
  ];
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Label positions that keep labels clear of each other, of every marker and of the map's edge:
 * each label takes the first free candidate, or the one that overlaps least. Deterministic.
 */
export function placeLabels(points: { x: number; y: number; width: number }[], bounds: { width: number; height: number }): Placement[] {
  const markers = points.map((p) => ({ x: p.x - MARKER, y: p.y - MARKER, width: MARKER * 2, height: MARKER * 2 }));
  const placed: Box[] = [];
  return points.map((p, i) => {
    const scored = candidates(p.x, p.y, p.width).map((c) => {
      const outside = c.box.x < 0 || c.box.y < 0 || c.box.x + c.box.width > bounds.width || c.box.y + c.box.height > bounds.height;
      const clash = [...placed, ...markers.filter((_, j) => j !== i)].reduce((sum, b) => sum + overlap(c.box, b), 0);
      return { c, cost: (outside ? 1e6 : 0) + clash };
    });
    const best = scored.find((s) => s.cost === 0) ?? scored.reduce((a, b) => (b.cost < a.cost ? b : a));
    placed.push(best.c.box);
    return best.c;
  });
}

export function partnerMapSvg(spec: PartnerMapSpec): string {
  const { width, height } = spec;
  const margin = 16;
  const focus = { type: 'FeatureCollection', features: spec.areas.filter((a) => a.focus).map((a) => ({ type: 'Feature', properties: {}, geometry: a.geometry })) };
  if (focus.features.length === 0) throw new Error('The map needs at least one focus area to fit its view to');
  const projection = geoMercator()
    .fitExtent([[margin, margin], [width - (spec.rightMargin ?? margin), height - margin]], focus as never)
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const project = (lon: number, lat: number) => {
    const xy = projection([lon, lat]);
    if (!xy) throw new Error(`Cannot project ${lon}, ${lat}`);
    return { x: round(xy[0]), y: round(xy[1]) };
  };

  const shapes = spec.areas.map((area) =>
    `<path${attributes({
      d: path(area.geometry as never) ?? '',
      fill: area.focus ? '#fefce8' : '#e2e8f0',
      stroke: area.focus ? '#475569' : '#94a3b8',
      'stroke-width': area.focus ? 1 : 0.6,
      'data-area': area.id,
    })}/>`,
  );
  const texts = (spec.texts ?? []).map((t) => {
    const { x, y } = project(t.lon, t.lat);
    return `<text${attributes({ x, y, 'text-anchor': 'middle', 'font-size': 16, 'font-weight': 600, 'letter-spacing': 1, fill: '#475569' })}>${escapeXml(t.text)}</text>`;
  });

  const projected = spec.points.map((p) => ({ ...p, ...project(p.lon, p.lat), width: estimateTextWidth(p.label) }));
  const byId = new Map(projected.map((p) => [p.id, p]));
  const lines = spec.links.map((link) => {
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!a || !b) throw new Error(`Link ${link.from} – ${link.to} names a point that is not on the map`);
    return `<line${attributes({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: '#b45309', 'stroke-width': 2, 'stroke-linecap': 'round', 'data-link': `${link.from} ${link.to}` })}><title>${escapeXml(link.title)}</title></line>`;
  });
  const labels = placeLabels(projected, { width, height });
  const markers = projected.map((p, i) => {
    const label = labels[i];
    const shape =
      p.group === 'vn'
        ? `<circle${attributes({ cx: p.x, cy: p.y, r: MARKER, fill: '#b91c1c', stroke: '#ffffff', 'stroke-width': 1.5 })}/>`
        : `<rect${attributes({ x: p.x - MARKER, y: p.y - MARKER, width: MARKER * 2, height: MARKER * 2, fill: '#1e4f9c', stroke: '#ffffff', 'stroke-width': 1.5 })}/>`;
    return (
      `<a${attributes({ href: p.href, 'data-province': p.id })}>` +
      shape +
      `<text${attributes({ x: label.x, y: label.y, 'text-anchor': label.anchor, lang: p.lang, 'font-size': FONT_SIZE, 'font-weight': 600, fill: '#0f172a', stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' })}>${escapeXml(p.label)}</text>` +
      `</a>`
    );
  });

  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return (
    `<svg${attributes({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-labelledby': `${titleId} ${descId}`, class: 'h-auto max-w-full', 'data-map': spec.id })}>` +
    `<title${attributes({ id: titleId })}>${escapeXml(spec.title)}</title>` +
    `<desc${attributes({ id: descId })}>${escapeXml(spec.description)}</desc>` +
    `<rect${attributes({ width, height, fill: '#e0f2fe' })}/>` +
    `<g aria-hidden="true">${shapes.join('')}${texts.join('')}${lines.join('')}</g>` +
    `<g>${markers.join('')}</g>` +
    `</svg>`
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
