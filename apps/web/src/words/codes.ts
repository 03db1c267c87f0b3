/** The words the pages use for the API's codes (GOV.UK style: sentence case, plain English). */
export const REFERRAL_REASONS: Readonly<Record<string, string>> = {
  permanent_exclusion: 'Permanent exclusion',
  suspension: 'Suspension',
  illness: 'Too ill to attend school',
  off_site_direction: 'Directed off-site to improve behaviour',
  ehcp_named_setting: 'Setting named in an EHC plan',
  other: 'Other',
};

export const EXCLUSION_TYPES: Readonly<Record<string, string>> = {
  PERM: 'Permanent exclusion',
  SUSP: 'Suspension',
  LNCH: 'Lunchtime suspension',
};

type Tag = Readonly<{ text: string; classes: string }>;

/** A referral's status as a GOV.UK tag. */
export const REFERRAL_STATUS_TAGS: Readonly<Record<string, Tag>> = {
  draft: { text: 'Draft', classes: 'govuk-tag--grey' },
  submitted: { text: 'Waiting for provider', classes: 'govuk-tag--blue' },
  information_requested: { text: 'Information requested', classes: 'govuk-tag--yellow' },
  accepted: { text: 'Accepted', classes: 'govuk-tag--green' },
  declined: { text: 'Declined', classes: 'govuk-tag--red' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
};

export const reasonText = (code: string): string => REFERRAL_REASONS[code] ?? code;

export const statusTag = (status: string): Tag =>
  REFERRAL_STATUS_TAGS[status] ?? { text: status, classes: 'govuk-tag--grey' };

/** "Year 9", "Reception". */
export const yearGroupText = (year: string | number | null | undefined): string =>
  year === null || year === undefined || year === '' ? 'Not known' : year === 'R' ? 'Reception' : `Year ${year}`;
