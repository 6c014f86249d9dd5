import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from 'world-atlas/countries-50m.json';
import { pick, type Lang } from '../lib/i18n.ts';
import { localePath, pagePath } from '../lib/paths.ts';
import { partnerMapSvg, type MapArea, type MapLink, type MapPoint } from '../lib/partner-map.ts';
import { t } from '../i18n/index.ts';
import { placeName, term, type AgreementEntry, type Catalog, type ProvinceEntry } from './catalog.ts';

/**
 * The partner-province map, from content and Natural Earth (1:50m, via world-atlas): Vietnam
 * and Laos in focus, their neighbours for context. Ids are ISO 3166-1 numeric codes.
 */
const FOCUS = ['704', '418']; // Vietnam, Laos
const NEIGHBOURS = ['156', '764', '116', '104']; // China, Thailand, Cambodia, Myanmar

/** Where the country names sit: inland, clear of the partner provinces' markers. */
const COUNTRY_LABELS = { vn: { lon: 106.6, lat: 11.4 }, la: { lon: 101.9, lat: 20.5 } };

export interface Partnership {
  agreement: AgreementEntry;
  pairs: [ProvinceEntry, ProvinceEntry][];
}

/** Each agreement's Vietnamese party paired with each of its Lao parties. */
export function partnerships(catalog: Catalog): Partnership[] {
  return [...catalog.agreements.values()].map((agreement) => {
    const parties = agreement.data.parties.map((p) => catalog.provinces.get(p.province)!);
    const vn = parties.filter((p) => p.data.country === 'vn');
    const la = parties.filter((p) => p.data.country === 'la');
    return { agreement, pairs: vn.flatMap((a) => la.map((b) => [a, b] as [ProvinceEntry, ProvinceEntry])) };
  });
}

function areas(): MapArea[] {
  const world = topology as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(world, world.objects.countries) as unknown as {
    features: { id: string; geometry: MapArea['geometry'] }[];
  };
  return countries.features
    .filter((c) => FOCUS.includes(c.id) || NEIGHBOURS.includes(c.id))
    .map((c) => ({ id: c.id, geometry: c.geometry, focus: FOCUS.includes(c.id) }));
}

export function partnerMap(catalog: Catalog, lang: Lang) {
  const links = partnerships(catalog);
  const provinces = new Map<string, ProvinceEntry>();
  for (const { pairs } of links) for (const pair of pairs) for (const p of pair) provinces.set(p.id, p);
  const located = [...provinces.values()].filter((p) => p.data.capital?.coordinates);
  const points: MapPoint[] = located.map((p) => {
    const name = pick(p.data.name, lang);
    const { lat, lon } = p.data.capital!.coordinates!;
    return { id: p.id, lat, lon, label: name.text, lang: name.fallback ? name.lang : undefined, href: localePath(lang, pagePath('provinces', p.id)), group: p.data.country };
  });
  const onMap = new Set(located.map((p) => p.id));
  const lines: MapLink[] = links.flatMap(({ pairs }) =>
    pairs
      .filter(([a, b]) => onMap.has(a.id) && onMap.has(b.id))
      .map(([a, b]) => ({ from: a.id, to: b.id, title: `${placeName(catalog, a, lang).text} – ${placeName(catalog, b, lang).text}` })),
  );
  const svg = partnerMapSvg({
    id: 'partner-map',
    title: t(lang, 'map.title'),
    description: t(lang, 'map.description', { points: points.length, links: lines.length }),
    width: 560,
    height: 760,
    rightMargin: 110,
    areas: areas(),
    points,
    links: lines,
    texts: (['vn', 'la'] as const).map((country) => ({ text: term(catalog, `country-${country}`, lang), ...COUNTRY_LABELS[country] })),
  });
  return { svg, partnerships: links, located: onMap };
}
