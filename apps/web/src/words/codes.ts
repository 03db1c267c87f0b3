/** The words the pages use for the API's codes (GOV.UK style: sentence case, plain English). */
// The codes the CSV exports share with the pages live in libs/application/src/words/codes.ts.
export {
  DAY6_STATUS_WORDS,
  OVERDUE_KIND_WORDS,
  overdueText,
  REFERRAL_REASON_WORDS as REFERRAL_REASONS,
  reasonText,
} from '@ap/application';

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

/** A placement's status as a GOV.UK tag: the same words on the placement, its plan and the provider's list. */
export const PLACEMENT_STATUS_TAGS: Readonly<Record<string, Tag>> = {
  planned: { text: 'Not started', classes: 'govuk-tag--blue' },
  active: { text: 'Attending', classes: 'govuk-tag--green' },
  ended: { text: 'Ended', classes: 'govuk-tag--grey' },
};

export const placementStatusTag = (status: string): Tag =>
  PLACEMENT_STATUS_TAGS[status] ?? { text: status, classes: 'govuk-tag--grey' };

/** The same statuses as the provider reads them: a referral waiting for the provider is waiting for *it*. */
const PROVIDER_STATUS_TAGS: Readonly<Record<string, Tag>> = {
  submitted: { text: 'Waiting for your response', classes: 'govuk-tag--blue' },
};

export const statusTag = (status: string): Tag =>
  REFERRAL_STATUS_TAGS[status] ?? { text: status, classes: 'govuk-tag--grey' };

export const providerStatusTag = (status: string): Tag => PROVIDER_STATUS_TAGS[status] ?? statusTag(status);

/** "Year 9", "Reception". */
export const yearGroupText = (year: string | number | null | undefined): string =>
  year === null || year === undefined || year === '' ? 'Not known' : year === 'R' ? 'Reception' : `Year ${year}`;

/** The DfE exclusion reason codes (the set in force since September 2020). */
export const EXCLUSION_REASONS: Readonly<Record<string, string>> = {
  PP: 'Physical assault against a pupil',
  PA: 'Physical assault against an adult',
  VP: 'Verbal abuse or threatening behaviour against a pupil',
  VA: 'Verbal abuse or threatening behaviour against an adult',
  OW: 'Use or threat of use of an offensive weapon or prohibited item',
  BU: 'Bullying',
  RA: 'Racist abuse',
  LG: 'Abuse against sexual orientation and gender identity',
  DS: 'Abuse relating to disability',
  SM: 'Sexual misconduct',
  DA: 'Drug and alcohol related',
  DM: 'Damage to property',
  TH: 'Theft',
  DB: 'Persistent or general disruptive behaviour',
  MT: 'Inappropriate use of social media or online technology',
  PH: 'Wilful and repeated breaking of measures in place to protect public health',
};
