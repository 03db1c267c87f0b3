import { stringify } from 'csv-stringify/sync';

/**
 * Every CSV export goes through here (csv-stringify): quoting by the library, a cell that a spreadsheet would run as
 * a formula (=, +, -, @, tab, CR) prefixed with an apostrophe, a UTF-8 byte-order mark so Excel reads names with
 * accents correctly, CRLF line ends, and the header row (`headers`, else the column keys) even when there are no rows.
 */
export function toCsv(
  rows: ReadonlyArray<Record<string, unknown>>,
  columns: readonly string[],
  headers: readonly string[] = columns,
): string {
  return stringify(
    rows.map((row) => columns.map((column) => cell(row[column]))),
    {
      header: true,
      columns: [...headers],
      bom: true,
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
}

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
