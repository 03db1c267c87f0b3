import { must, type ApiClient } from '../api/api-client';
import type { PlacementNames } from './placement-plan.presenter';

/**
 * The pupil and provider by name for a placement's pages, from its referral (the identity section and the
 * directory's provider name); the UPN and provider id only where a name was never given.
 */
export async function placementNames(
  api: ApiClient,
  placement: Readonly<{ referralId: string; upn: string; providerId: string }>,
): Promise<PlacementNames> {
  const referral = await must(api.GET('/referrals/{id}', { params: { path: { id: placement.referralId } } }));
  return {
    pupil: referral.sections.identity?.fullName ?? placement.upn,
    provider: referral.providerName ?? placement.providerId,
  };
}
