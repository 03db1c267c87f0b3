import { runBenchmarks } from '../../../bench/run';

/** `npm run bench -- --quick` in seconds, on the test server: every benchmark runs and the correctness figures hold. */
describe('benchmark smoke run', () => {
  it('runs every benchmark at tiny sizes with no skipped, duplicated or doubly fired events', async () => {
    const { figures, markdown } = await runBenchmarks({
      quick: true,
      databaseUrl: process.env.AP_TEST_SERVER_URL,
      write: false,
      except: ['pages'], // pages-bench.test.ts
      log: () => undefined,
    });
    const byName = (prefix: string) => figures.filter((f) => f.name.startsWith(prefix));
    expect(byName('append 1w×1ev: ours')[0]?.value).toBeGreaterThan(0);
    expect(byName('out-of-order commits').map((f) => f.value)).toEqual([0, 0]);
    expect(byName('deadlines fired twice')[0]?.value).toBe(0);
    expect(byName('deadlines due together: fired')[0]).toMatchObject({ met: true });
    expect(byName('pupil history replay p99')[0]?.value).toBeGreaterThan(0);
    expect(byName('API provider inbox')[0]?.name).toContain('0 errors');
    expect(byName('notifications sent from the log')[0]?.value).toBeGreaterThan(0);
    expect(markdown).toContain('| Measure | Value | Baseline (same run) | Ratio | Target |');
  }, 300_000);
});
