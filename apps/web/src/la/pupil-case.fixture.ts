/** Cases as the API answers them, for the pupil page's specs. */
export const NOTHING_OPEN = {
  referrals: [],
  placements: [],
  transitions: [],
  openTimelines: { day6: [], overdue: [] },
};

/** A suspension referral sent to Bridges, in the given status. */
export const referralTo = (status: string) => ({
  id: 'r1',
  reason: 'suspension',
  status,
  providerId: 'p',
  providerName: 'Bridges',
});
