import type { Schemas } from '../api/api-types';
import { count, listed } from '../words/counts';

type Answer = Schemas['SufficiencyDto'];

/**
 * The banner: enough places only when the free places cover the pupils waiting and no provider has more pupils
 * than the places commissioned from it (the API's canMeetDemand says both).
 */
function verdictOf(a: Answer) {
  const free = `${count(a.places.available, 'place is', 'places are')} free for ${count(a.demand.total, 'pupil')} waiting.`;
  const over = a.providers.filter((p) => p.overCapacity > 0);
  const overText = over.length
    ? ` ${listed(over.map((p) => `${p.name} has ${p.currentPupils} pupils in ${count(p.commissioned ?? 0, 'place')}`))}.`
    : '';
  if (a.canMeetDemand) return { type: 'success', title: 'There are enough places', text: free };
  if (a.shortfall > 0)
    return {
      type: undefined,
      title: `${count(a.shortfall, 'more place is', 'more places are')} needed`,
      text: free + overText,
    };
  const title =
    over.length === 1
      ? `${over[0]!.name} is over capacity`
      : `${count(over.length, 'provider is', 'providers are')} over capacity`;
  return { type: undefined, title, text: free + overText };
}

/** Places against demand, in words, and the providers to watch against the registration threshold. */
export function presentSufficiency(a: Answer) {
  return {
    verdict: verdictOf(a),
    summary: [
      { key: { text: 'Places commissioned' }, value: { text: String(a.places.commissioned) } },
      { key: { text: 'Places filled' }, value: { text: String(a.places.filled) } },
      { key: { text: 'Places free' }, value: { text: String(a.places.available) } },
      ...(a.places.overCapacity > 0
        ? [{ key: { text: 'Pupils over capacity' }, value: { text: String(a.places.overCapacity) } }]
        : []),
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
      {
        text: p.overCapacity > 0 ? `${p.overCapacity} over capacity` : p.available === null ? '' : String(p.available),
        format: 'numeric',
      },
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
