import { sufficiencyOf } from './sufficiency';

const demand = { permanentWithoutPlace: 1, ofWhichBreached: 0, referralsWaiting: 1 };

describe('places against demand', () => {
  it('can meet demand when the free places cover the pupils waiting', () => {
    const answer = sufficiencyOf([{ commissioned: 8, currentPupils: 5 }], demand);
    expect(answer).toMatchObject({ places: { available: 3, overCapacity: 0 }, canMeetDemand: true, shortfall: 0 });
  });

  it('counts a provider with more pupils than places as over capacity, and cannot then meet demand', () => {
    const answer = sufficiencyOf(
      [
        { commissioned: 8, currentPupils: 10 },
        { commissioned: 6, currentPupils: 0 },
      ],
      demand,
    );
    expect(answer.providers.map((p) => [p.available, p.overCapacity])).toEqual([
      [0, 2],
      [6, 0],
    ]);
    expect(answer).toMatchObject({ places: { available: 6, overCapacity: 2 }, canMeetDemand: false, shortfall: 0 });
  });

  it('counts no capacity for a provider the LA commissions no places from', () => {
    const answer = sufficiencyOf([{ commissioned: null, currentPupils: 4 }], demand);
    expect(answer.providers[0]).toMatchObject({ available: null, overCapacity: 0 });
  });
});
