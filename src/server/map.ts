/**
 * The dashboard's world map, drawn on the server from world-atlas (Natural Earth 1:110m) with d3-geo: SVG path
 * strings for every country in a fixed Natural Earth projection, and the same projection for event points. Nothing
 * is fetched from outside; the browser only receives paths and coordinates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid, geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { StoredEvent } from '../store/index.js';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export interface WorldMap {
  width: number;
  height: number;
  sphere: string;
  graticule: string;
  countries: { id: string; name: string; d: string }[];
}

export interface MapPoint {
  name: string;
  country: string | null;
  x: number;
  y: number;
  count: number;
  /** True when the event has only a country and the point is its centroid. */
  approximate: boolean;
}

interface Atlas {
  projection: GeoProjection;
  world: WorldMap;
  /** Alpha-3 code → projected centroid. */
  centroids: Map<string, [number, number]>;
}

let atlas: Atlas | null = null;

function load(): Atlas {
  if (atlas !== null) return atlas;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection).digits(1);
  const centroids = new Map<string, [number, number]>();
  const list: WorldMap['countries'] = [];
  for (const f of fc.features) {
    const numeric = String(f.id ?? '');
    const alpha3 = countries.numericToAlpha3(numeric) ?? numeric;
    const d = path(f) ?? '';
    if (d === '') continue;
    list.push({ id: alpha3, name: f.properties.name, d });
    const c = projection(geoCentroid(f));
    if (c !== null) centroids.set(alpha3, [round(c[0]), round(c[1])]);
  }
  atlas = {
    projection,
    centroids,
    world: { width: MAP_WIDTH, height: MAP_HEIGHT, sphere: path({ type: 'Sphere' }) ?? '', graticule: path(geoGraticule10()) ?? '', countries: list },
  };
  return atlas;
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function worldMap(): WorldMap {
  return load().world;
}

/** Events grouped by place and projected; events without a place are left out. */
export function mapPoints(events: readonly Pick<StoredEvent, 'location'>[]): MapPoint[] {
  const { projection, centroids } = load();
  const byKey = new Map<string, MapPoint>();
  for (const e of events) {
    const loc = e.location;
    if (loc === null) continue;
    let xy: [number, number] | null = null;
    let approximate = false;
    if (loc.lat !== null && loc.lon !== null) {
      const p = projection([loc.lon, loc.lat]);
      if (p !== null) xy = [round(p[0]), round(p[1])];
    } else if (loc.country !== null) {
      xy = centroids.get(loc.country) ?? null;
      approximate = true;
    }
    if (xy === null) continue;
    const key = `${xy[0]},${xy[1]}\u0001${loc.name}`;
    const p = byKey.get(key);
    if (p !== undefined) p.count++;
    else byKey.set(key, { name: loc.name, country: loc.country, x: xy[0], y: xy[1], count: 1, approximate });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
