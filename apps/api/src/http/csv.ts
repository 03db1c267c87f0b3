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

/** A CSV's columns: each row's key, its header, and how a code in it is written in words (the pages' words). */
export type CsvColumns = ReadonlyArray<readonly [key: string, header: string, words?: (value: unknown) => string]>;

/** Rows as CSV under the columns' headers, each code written in words where its column says how. */
export function csvInWords(columns: CsvColumns, rows: ReadonlyArray<Record<string, unknown>>): string {
  const inWords = rows.map((row) => ({
    ...row,
    ...Object.fromEntries(columns.flatMap(([key, , words]) => (words ? [[key, words(row[key])]] : []))),
  }));
  return toCsv(
    inWords,
    columns.map(([key]) => key),
    columns.map(([, header]) => header),
  );
}
