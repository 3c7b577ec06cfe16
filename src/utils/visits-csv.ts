import type { Person } from '../schemas/official';
import type { Visit } from '../schemas/visit';
import { BOM, csvRow, toCsv } from './csv';

/** Separator inside one cell that lists several values (the Chinese enumeration comma). */
const LIST = '；';

const people = (list: readonly Person[]) =>
  list.map((p) => (p.title ? `${p.name}（${p.title}）` : p.name)).join(LIST);

/** Columns of visits.csv: header and how each cell is read from a visit. */
export const VISIT_CSV_COLUMNS: readonly [string, (v: Visit) => string][] = [
  ['id', (v) => v.id],
  ['article', (v) => v.article],
  ['alsoReportedIn', (v) => v.alsoReportedIn.join(LIST)],
  ['delegation', (v) => v.delegation],
  ['origin', (v) => v.origin.name],
  ['originProvince', (v) => v.origin.province ?? ''],
  ['originCode', (v) => v.origin.code ?? ''],
  ['leaders', (v) => people(v.leaders)],
  ['members', (v) => people(v.members)],
  ['destinations', (v) => v.destinations.map((p) => p.name).join(LIST)],
  ['dateStart', (v) => v.date.start ?? ''],
  ['dateEnd', (v) => v.date.end ?? ''],
  ['dateText', (v) => v.date.text],
  ['datePrecision', (v) => v.date.precision],
  ['dateInferred', (v) => String(v.date.inferred)],
  ['hosts', (v) => people(v.hosts)],
  ['sites', (v) => v.sites.join(LIST)],
  ['sectors', (v) => v.sectors.join(LIST)],
  ['mentionedOnly', (v) => String(v.mentionedOnly)],
  ['url', (v) => v.url],
];

/** Write visits as visits.csv: one row a visit, lists joined with ；. */
export function visitsToCsv(visits: readonly Visit[]): string {
  const header = VISIT_CSV_COLUMNS.map(([name]) => name);
  const rows = visits.map((v) => VISIT_CSV_COLUMNS.map(([, cell]) => cell(v)));
  return toCsv([header, ...rows]);
}

/** visits.csv piece by piece (the BOM and header, then a row a visit), for a writer to append. */
export function* visitsCsvPieces(visits: Iterable<Visit>): Generator<string> {
  yield BOM + csvRow(VISIT_CSV_COLUMNS.map(([name]) => name));
  for (const v of visits) yield csvRow(VISIT_CSV_COLUMNS.map(([, cell]) => cell(v)));
}
