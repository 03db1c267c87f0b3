import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { isValidUrn } from '@ap/domain';

export type GiasSchool = Readonly<{ line: number; urn: string; name: string; laCode: string }>;
export type GiasSkipped = Readonly<{ line: number; urn?: string; name?: string; reason: GiasSkipReason }>;
export type GiasSkipReason = 'other_la' | 'closed' | 'urn_invalid' | 'name_missing' | 'duplicate_urn';

/** What a skipped row is, in words an officer reads in the import report. */
export const GIAS_SKIP_REASONS: Readonly<Record<GiasSkipReason, string>> = {
  other_la: 'The school is in another local authority',
  closed: 'The school is closed',
  urn_invalid: 'The URN is not 6 digits',
  name_missing: 'The establishment name is empty',
  duplicate_urn: 'The URN appears earlier in the file',
};

/** The columns of a Get Information About Schools establishment download that the directory needs. */
const COLUMNS = {
  urn: 'URN',
  name: 'EstablishmentName',
  laCode: 'LA (code)',
  laName: 'LA (name)',
  status: 'EstablishmentStatus (name)',
};

export class GiasFileError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`The file is not a GIAS establishment CSV: no ${missing.join(', ')} column`);
  }
}

/**
 * GIAS downloads are Windows-1252 (a name such as "St Mary's" may carry a curly quote as byte 0x92); a file saved
 * again as UTF-8 is read as UTF-8. A byte-order mark is dropped.
 */
export function decodeGias(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Node's TextDecoder reads windows-1252 as Latin-1 (0x80-0x9F become control characters), so iconv-lite.
    return iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
}

/**
 * The open schools of one LA in a GIAS establishment CSV, every other row with the reason it was skipped, and the
 * LA's name as the file gives it (the first "LA (name)" of a row with its code; undefined when there is none).
 */
export function readGiasSchools(
  text: string,
  laCode: string,
): { schools: GiasSchool[]; skipped: GiasSkipped[]; laName?: string } {
  const records: Record<string, string>[] = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    bom: true,
  });
  const header = records.length > 0 ? Object.keys(records[0]!) : (parse(text, { to_line: 1 })[0] ?? []);
  const missing = [COLUMNS.urn, COLUMNS.name, COLUMNS.laCode].filter((c) => !header.includes(c));
  if (missing.length > 0) throw new GiasFileError(missing);
  const schools: GiasSchool[] = [];
  const skipped: GiasSkipped[] = [];
  const seen = new Set<string>();
  let laName: string | undefined;
  records.forEach((record, index) => {
    if (!laName && record[COLUMNS.laCode] === laCode) laName = record[COLUMNS.laName] || undefined;
    const line = index + 2; // the header is line 1
    const urn = record[COLUMNS.urn] ?? '';
    const name = record[COLUMNS.name] ?? '';
    const reason = skipReason(record, urn, name, laCode, seen);
    if (reason) skipped.push({ line, urn: urn || undefined, name: name || undefined, reason });
    else schools.push({ line, urn, name, laCode });
    seen.add(urn);
  });
  return { schools, skipped, ...(laName ? { laName } : {}) };
}

function skipReason(
  record: Record<string, string>,
  urn: string,
  name: string,
  laCode: string,
  seen: ReadonlySet<string>,
): GiasSkipReason | undefined {
  if (!isValidUrn(urn)) return 'urn_invalid';
  if (record[COLUMNS.laCode] !== laCode) return 'other_la';
  if ((record[COLUMNS.status] ?? 'Open').startsWith('Closed')) return 'closed';
  if (!name) return 'name_missing';
  if (seen.has(urn)) return 'duplicate_urn';
  return undefined;
}
