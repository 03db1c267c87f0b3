import { retryDelayMs } from './subscription-runner';

describe('retryDelayMs', () => {
  const worst = () => 0.999;

  it('runs a batch again within milliseconds after a clash with another writer', () => {
    for (const reason of ['version', 'deadlock', 'serialization'])
      for (const failures of [1, 2, 3]) expect(retryDelayMs(reason, failures, worst)).toBeLessThan(20);
  });

  it('backs off after a run of clashes, as after any other failure, up to 5 s', () => {
    expect(retryDelayMs('serialization', 4, worst)).toBe(1600);
    expect([1, 2, 3].map((n) => retryDelayMs('error', n, worst))).toEqual([200, 400, 800]);
    expect(retryDelayMs('error', 40, worst)).toBe(5000);
  });
});
