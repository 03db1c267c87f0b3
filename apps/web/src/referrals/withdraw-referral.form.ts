import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

/** "Withdraw the referral": the reason is kept on the referral's history for the provider and the LA. */
export function parseWithdrawReferral(body: PostedBody): FormResult<{ reason: string }> {
  const errors = new FormErrors();
  const reason = text(body, 'reason');
  if (!reason) errors.add('reason', 'Enter why you are withdrawing the referral');
  else if (reason.length > 2000) errors.add('reason', 'The reason must be 2,000 characters or fewer');
  return errors.result(() => ({ reason }));
}
