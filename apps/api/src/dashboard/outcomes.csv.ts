import { csvInWords, type CsvColumns } from '../http/csv';
import type { flatten } from './outcomes.query';

/**
 * The outcome measures' CSV columns: the flattened measure's key and the header a spreadsheet user reads, in the order
 * the export has always had, with the provider's name beside its id (the total row names what it totals).
 */
export const OUTCOMES_CSV_COLUMNS: CsvColumns = [
  ['providerId', 'Provider ID'],
  ['providerName', 'Provider'],
  ['outreachEpisodes', 'Outreach episodes'],
  ['outreachAssessable', 'Outreach episodes that can be assessed'],
  ['outreachStayedInSchool', 'Outreach: pupils who stayed in their school'],
  ['partTimePupils', 'Pupils supported part-time'],
  ['reviews', 'Attendance reviews'],
  ['attendancePercent', 'Average attendance (%)'],
  ['returned', 'Pupils who returned to school'],
  ['followedUp', 'Returns followed up'],
  ['sustained', 'Reintegration sustained'],
  ['englishRecorded', 'English attainment recorded'],
  ['englishImproved', 'English improved'],
  ['mathsRecorded', 'Maths attainment recorded'],
  ['mathsImproved', 'Maths improved'],
  ['post16Recorded', 'Post-16 destinations recorded'],
  ['post16Eet', 'Post-16 in education, employment or training'],
  ['post16Neet', 'Post-16 not in education, employment or training'],
];

type Measures = ReturnType<typeof flatten>;

/** One row per provider, then the total, headed in words. */
export function outcomesCsv(
  providers: ReadonlyArray<Measures & { providerName: string | null }>,
  total: Measures & { providerName: string },
): string {
  return csvInWords(OUTCOMES_CSV_COLUMNS, [...providers, total]);
}
