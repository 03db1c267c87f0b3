export type Demand = Readonly<{ permanentWithoutPlace: number; ofWhichBreached: number; referralsWaiting: number }>;
type Commissioned = Readonly<{ commissioned: number | null; currentPupils: number }>;

/**
 * Places against demand. A provider's free places are its commissioned places less its current pupils; a provider
 * with more pupils than places is over capacity, which no other provider's free places make good: the LA cannot
 * meet demand while any provider is over capacity (the pupils over it have no commissioned place).
 */
export function sufficiencyOf<P extends Commissioned>(providers: readonly P[], demand: Demand) {
  const withPlaces = providers.map((p) => ({
    ...p,
    available: p.commissioned === null ? null : Math.max(0, p.commissioned - p.currentPupils),
    overCapacity: p.commissioned === null ? 0 : Math.max(0, p.currentPupils - p.commissioned),
  }));
  const total = (f: (p: (typeof withPlaces)[number]) => number) => withPlaces.reduce((n, p) => n + f(p), 0);
  const available = total((p) => p.available ?? 0);
  const overCapacity = total((p) => p.overCapacity);
  const needed = demand.permanentWithoutPlace + demand.referralsWaiting;
  return {
    places: {
      commissioned: total((p) => p.commissioned ?? 0),
      filled: total((p) => (p.commissioned === null ? 0 : p.currentPupils)),
      available,
      overCapacity,
    },
    demand: { ...demand, total: needed },
    canMeetDemand: available >= needed && overCapacity === 0,
    shortfall: Math.max(0, needed - available),
    providers: withPlaces,
  };
}
