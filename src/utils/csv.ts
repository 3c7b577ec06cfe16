/** Byte-order mark: lets Excel open a UTF-8 CSV as UTF-8. */
export const BOM = '\uFEFF';

/** Quote one CSV field when it holds a comma, quote, line break or edge space (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Write rows as CSV: UTF-8 with a BOM, CRLF line ends, a CRLF after the last row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
