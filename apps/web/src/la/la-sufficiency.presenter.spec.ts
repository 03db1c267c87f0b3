import type { Schemas } from '../api/api-types';
import { presentSufficiency } from './la-sufficiency.presenter';

type Provider = Schemas['SufficiencyProviderDto'];
const provider = (name: string, commissioned: number, currentPupils: number): Provider => ({
  providerId: name.toLowerCase(),
  name,
  registration: 'ukprn',
  approved: true,
  commissioned,
  currentPupils,
  fullTimeCompulsory: currentPupils,
  fullTimeLookedAfterOrEhcp: 0,
  available: Math.max(0, commissioned - currentPupils),
  overCapacity: Math.max(0, currentPupils - commissioned),
  registrationThreshold: null,
});

const answer = (providers: Provider[], canMeetDemand: boolean): Schemas['SufficiencyDto'] => ({
  laCode: '201',
  places: {
    commissioned: 14,
    filled: 10,
    available: providers.reduce((n, p) => n + (p.available ?? 0), 0),
    overCapacity: providers.reduce((n, p) => n + p.overCapacity, 0),
  },
  demand: { permanentWithoutPlace: 1, ofWhichBreached: 0, referralsWaiting: 1, total: 2 },
  canMeetDemand,
  shortfall: 0,
  providers,
});

describe('sufficiency', () => {
  it('says there are enough places when the free ones cover the pupils waiting and no provider is over capacity', () => {
    const view = presentSufficiency(answer([provider('Bridges', 8, 5)], true));
    expect(view.verdict).toEqual({
      type: 'success',
      title: 'There are enough places',
      text: '3 places are free for 2 pupils waiting.',
    });
  });

  it('shows a provider with more pupils than places as over capacity, and does not claim enough places', () => {
    const view = presentSufficiency(answer([provider('Bridges', 8, 10), provider('Oaks', 6, 0)], false));
    expect(view.providers[0]![3]!.text).toBe('2 over capacity');
    expect(view.providers[1]![3]!.text).toBe('6');
    expect(view.verdict).toEqual({
      type: undefined,
      title: 'Bridges is over capacity',
      text: '6 places are free for 2 pupils waiting. Bridges has 10 pupils in 8 places.',
    });
  });
});
