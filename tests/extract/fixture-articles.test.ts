/**
 * Whole articles written for the visit finder, one folder each under tests/fixtures/articles:
 * `input.txt` (+ `meta.yaml`) → `expected.json`, the visits a reader would list. The expectations
 * are hand annotations, the truth: they are never regenerated from the pipeline's output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { VisitDraft } from '../../scripts/extract/frames/find-visits';
import { processSeed } from '../../scripts/lib/process-seed';
import type { Place } from '../../src/schemas';

/** A place by its full name, or by name and parent where the name alone is ambiguous (通州区). */
type PlaceRef = string | { name: string; parent: string };

/** One visit of expected.json: the fields compared. */
interface ExpectedVisit {
  origin: PlaceRef;
  destinations: PlaceRef[];
  leaders: string[];
  hosts: string[];
  date: { start: string | null; end: string | null };
  mentionedOnly: boolean;
  /** Optional: each leader's title as the exports write it (place made explicit). */
  leaderTitles?: Record<string, string>;
  /** Optional: who travelled with the delegation. */
  members?: string[];
  /** Optional: the sites of each stop, in route order. */
  stopSites?: string[][];
}

const ROOT = new URL('../fixtures/articles/', import.meta.url);
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Reads a case folder as the build reads a seed, and runs normalize + extraction on it. */
function visitsOf(name: string): VisitDraft[] {
  const dir = new URL(`${name}/`, ROOT);
  const meta = new URL('meta.yaml', dir);
  const { visits } = processSeed({
    id: name,
    file: `${name}/input.txt`,
    bytes: new Uint8Array(readFileSync(new URL('input.txt', dir))),
    metaText: existsSync(meta) ? readFileSync(meta, 'utf8') : null,
  });
  return visits;
}

function expectedOf(name: string): ExpectedVisit[] {
  return JSON.parse(
    readFileSync(new URL(`${name}/expected.json`, ROOT), 'utf8'),
  ) as ExpectedVisit[];
}

/** A found place written the way the expectation writes it. */
const asRef = (place: Place, like: PlaceRef | undefined): PlaceRef =>
  typeof like === 'object' ? { name: place.name, parent: place.parent ?? '' } : place.name;

const label = (ref: PlaceRef): string =>
  typeof ref === 'string' ? ref : `${ref.parent}${ref.name}`;

/** `赣州市 → 厦门市、泉州市（提及）`, for messages. */
const summary = (v: VisitDraft): string =>
  `${v.origin.name} → ${v.destinations.map((d) => d.name).join('、')}${v.mentionedOnly ? '（提及）' : ''}`;

const sorted = (names: readonly string[]): string[] => [...names].sort();

test.each(CASES)('[fixture] %s: the visits of expected.json', (name) => {
  const found = visitsOf(name);
  const unmatched = [...found];
  for (const want of expectedOf(name)) {
    const where = `${name}: visit from ${label(want.origin)}`;
    const at = unmatched.findIndex(
      (v) => JSON.stringify(asRef(v.origin, want.origin)) === JSON.stringify(want.origin),
    );
    const got = at >= 0 ? unmatched.splice(at, 1)[0] : undefined;
    expect.soft(got, `${where} not found among [${found.map(summary).join('; ')}]`).toBeDefined();
    if (!got) continue;
    const destinations = got.destinations.map((p, i) => asRef(p, want.destinations[i]));
    expect.soft(destinations, `${where}: destinations, in order`).toEqual(want.destinations);
    const leaders = got.leaders.map((p) => `${p.name}（${p.title}）`);
    expect
      .soft(sorted(got.leaders.map((p) => p.name)), `${where}: leaders, found ${leaders}`)
      .toEqual(sorted(want.leaders));
    const hosts = got.hosts.map((p) => `${p.name}（${p.title}）`);
    expect
      .soft(sorted(got.hosts.map((p) => p.name)), `${where}: hosts, found ${hosts}`)
      .toEqual(sorted(want.hosts));
    expect
      .soft({ start: got.date.start, end: got.date.end }, `${where}: date, from “${got.date.text}”`)
      .toEqual(want.date);
    expect.soft(got.mentionedOnly, `${where}: mentionedOnly`).toBe(want.mentionedOnly);
    if (want.leaderTitles)
      expect
        .soft(Object.fromEntries(got.leaders.map((p) => [p.name, p.title])), `${where}: titles`)
        .toEqual(want.leaderTitles);
    if (want.members)
      expect
        .soft(sorted(got.members.map((p) => p.name)), `${where}: members`)
        .toEqual(sorted(want.members));
    if (want.stopSites)
      expect
        .soft(
          got.stops.map((s) => s.sites),
          `${where}: sites by stop`,
        )
        .toEqual(want.stopSites);
  }
  expect.soft(unmatched.map(summary), `${name}: visits found that expected.json lacks`).toEqual([]);
});
