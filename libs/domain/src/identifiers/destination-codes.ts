import { isCodeOf } from './code-guard';

/** Post-16 destination / activity groups (NCCIS/CCIS style; REFERENCE.md §2.6). Code numbers not published to us. */
export const POST16_DESTINATIONS = {
  education: 'Full-time education (school sixth form, FE, HE or other)',
  apprenticeship: 'Apprenticeship or supported training',
  employment_with_training: 'Employment with training',
  employment_without_training: 'Employment without training',
  re_engagement: 'Re-engagement provision',
  neet_available: 'NEET – available for education, employment or training',
  neet_not_available: 'NEET – not available (illness, pregnancy, teen parent, custody)',
  not_known: 'Current activity not known',
  moved_away: 'Moved away',
} as const;
export type Post16Destination = keyof typeof POST16_DESTINATIONS;
export const isPost16Destination = isCodeOf(POST16_DESTINATIONS);

// "EET" = in education, employment or training. Re-engagement provision is not counted as education or
// training in DfE participation statistics (EES methodology), so it is not EET here.
const EET: ReadonlySet<Post16Destination> = new Set<Post16Destination>([
  'education',
  'apprenticeship',
  'employment_with_training',
  'employment_without_training',
]);

export function isEet(destination: Post16Destination): boolean {
  return EET.has(destination);
}
