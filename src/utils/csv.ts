/** Byte-order mark: lets Excel open a UTF-8 CSV as UTF-8. */
export const BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): `=`,
 * `+`, `-`, `@`, tab and carriage return. A date with an unknown year (`--02-27`) is one of them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a cell a spreadsheet would read as a formula with an apostrophe, so it shows as text. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quote one CSV field when it holds a comma, quote, line break or edge space (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Write one CSV row with its CRLF; no cell a formula. */
export function csvRow(row: readonly string[]): string {
  return `${row.map((c) => csvField(defuseFormula(c))).join(',')}\r\n`;
}

/** Write rows as CSV: UTF-8 with a BOM, CRLF line ends, a CRLF after the last row; no cell a formula. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map(csvRow).join('');
}
