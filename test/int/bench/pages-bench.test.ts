import { runBenchmarks } from '../../../bench/run';

/**
 * `npm run bench -- --quick --only pages` in seconds: the page-render benchmark (issues 13 and 14) seeds its small LA
 * over the school year, signs in as each demo user and loads every page and the API call it wraps without an error.
 */
describe('page render benchmark smoke run', () => {
  it('renders each page and its API call under load with no errors, a figure and a target for each', async () => {
    const { figures } = await runBenchmarks({
      quick: true,
      databaseUrl: process.env.AP_TEST_SERVER_URL,
      write: false,
      only: ['pages'],
      log: () => undefined,
    });
    const pages = figures.filter((f) => f.name.startsWith('page '));
    expect(pages.map((f) => f.name.slice(0, f.name.indexOf(' (')))).toEqual([
      "page school's home",
      "page provider's inbox",
      'page referral task list',
      'page referral page',
      'page LA compliance dashboard',
      "page LA pupil's page",
    ]);
    for (const page of pages) {
      expect(page.name).toContain(' 0 errors');
      expect(page.baseline?.name).toContain(' 0 errors');
      expect(page.target).toMatch(/^p99 < 1[05]0 ms at 50 req\/s$/);
    }
    expect(figures.find((f) => f.name.startsWith('LA 201 seeded'))?.name).toMatch(/12 pupils, \d{3,} events/);
  }, 300_000);
});
