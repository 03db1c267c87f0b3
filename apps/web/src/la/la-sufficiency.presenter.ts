type Answer = Readonly<{
  places: { commissioned: number; filled: number; available: number };
  demand: { permanentWithoutPlace: number; ofWhichBreached: number; referralsWaiting: number; total: number };
  canMeetDemand: boolean;
  shortfall: number;
  providers: ReadonlyArray<{
    providerId: string;
    name: string;
    commissioned: number | null;
    currentPupils: number;
    available: number | null;
    registrationThreshold: {
      fullTimePupils: number;
      fullTimeLookedAfterOrEhcp: number;
      crossed: boolean;
      near: boolean;
    } | null;
  }>;
}>;

/** Places against demand, in words, and the providers to watch against the registration threshold. */
export function presentSufficiency(a: Answer) {
  return {
    verdict: a.canMeetDemand
      ? {
          type: 'success',
          title: 'There are enough places',
          text: `${a.places.available} places are free for ${a.demand.total} pupils waiting.`,
        }
      : {
          type: undefined,
          title: `${a.shortfall} more places are needed`,
          text: `${a.places.available} places are free for ${a.demand.total} pupils waiting.`,
        },
    summary: [
      { key: { text: 'Places commissioned' }, value: { text: String(a.places.commissioned) } },
      { key: { text: 'Places filled' }, value: { text: String(a.places.filled) } },
      { key: { text: 'Places free' }, value: { text: String(a.places.available) } },
      {
        key: { text: 'Permanently excluded pupils without a place' },
        value: { text: `${a.demand.permanentWithoutPlace} (${a.demand.ofWhichBreached} past day 6)` },
      },
      { key: { text: 'Referrals waiting for a provider' }, value: { text: String(a.demand.referralsWaiting) } },
    ],
    providers: a.providers.map((p) => [
      { text: p.name },
      { text: p.commissioned === null ? 'None' : String(p.commissioned), format: 'numeric' },
      { text: String(p.currentPupils), format: 'numeric' },
      { text: p.available === null ? '' : String(p.available), format: 'numeric' },
      {
        html: !p.registrationThreshold
          ? 'Registered'
          : p.registrationThreshold.crossed
            ? '<strong class="govuk-tag govuk-tag--red">Must register</strong>'
            : p.registrationThreshold.near
              ? '<strong class="govuk-tag govuk-tag--yellow">One pupil from the threshold</strong>'
              : `Unregistered: ${p.registrationThreshold.fullTimePupils} full-time pupils`,
      },
    ]),
  };
}
