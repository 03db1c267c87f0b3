import { checked, FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';
import type { Schemas } from '../api/api-types';
import { parseExclusionDetails } from '../exclusions/exclusion-details.form';
import { REFERRAL_REASONS } from '../words/codes';

export type OpenReferral = Schemas['OpenReferralRequestDto'];

export const UPN_SHAPE = /^[A-Z][0-9]{11}[0-9A-Z]$/;

/** "Make a referral": why the pupil is referred and, if known, their UPN. */
export function parseOpenReferral(body: PostedBody): FormResult<OpenReferral> {
  const errors = new FormErrors();
  const reason = checked(body, 'reason')[0] ?? '';
  if (!REFERRAL_REASONS[reason]) errors.add('reason', 'Select why you are referring the pupil');
  const upn = text(body, 'upn').toUpperCase().replace(/\s/g, '');
  if (upn && !UPN_SHAPE.test(upn))
    errors.add('upn', 'UPN must be 13 characters, starting with a letter, for example B801200005001');
  // A referral for an exclusion carries the exclusion's facts (the provider sees them; day 6 is counted from them).
  const exclusionType = reason === 'permanent_exclusion' ? 'PERM' : reason === 'suspension' ? 'SUSP' : undefined;
  const exclusion = exclusionType ? parseExclusionDetails(body, errors, exclusionType) : undefined;
  // The exclusion recorded in this service, when the referral was started from it.
  const exclusionId = text(body, 'exclusionId');
  return errors.result(() => ({
    reason: reason as OpenReferral['reason'],
    ...(upn ? { upn } : {}),
    ...(exclusion
      ? { exclusion: { ...exclusion, ...(exclusionId ? { exclusionId } : {}) } as OpenReferral['exclusion'] }
      : {}),
  }));
}

export const reasonItems = (chosen: string | undefined) =>
  Object.entries(REFERRAL_REASONS).map(([value, label]) => ({ value, text: label, checked: value === chosen }));
