import { DEFAULT_DEADLINES } from './la-settings.fixture';
import { presentSettings } from './la-settings.presenter';

const DEFAULTS = DEFAULT_DEADLINES;
const answer = {
  own: { providerResponse: 5 },
  effective: { ...DEFAULTS, providerResponse: 5 },
  defaults: DEFAULTS,
  version: 7,
};

describe('the timeline settings page', () => {
  it("shows the LA's own deadline beside the default it replaces, and the rest as defaults", () => {
    const view = presentSettings(answer);
    expect(view.own[0]!.map((c) => c.text)).toEqual([
      'Provider response',
      '5 school days',
      'Set by your local authority (default 3 school days)',
    ]);
    expect(view.own[1]!.map((c) => c.text)).toEqual(['Information request', '2 school days', 'Default']);
  });

  it('lists the statutory deadlines with the law that fixes each', () => {
    const view = presentSettings(answer);
    expect(view.statutory[0]!.map((c) => c.text)).toEqual([
      'Full-time education after an exclusion',
      'By the sixth school day of the exclusion (from the first day for a looked-after child)',
      'Set in law by the Education Act 1996 section 19(3A) and SI 2007/1870 (as amended by SI 2014/3216)',
    ]);
    expect(view.statutory.every((row) => row[2]!.text.startsWith('Set in law'))).toBe(true);
  });

  it('cites regulation 6 for the notice of the education from day 6, not for the notice of the exclusion', () => {
    const rows = presentSettings(answer).statutory.map((row) => row.map((c) => c.text));
    const law = (name: string) => rows.find(([n]) => n === name)?.[2];
    expect(law('Parents told of the exclusion in writing')).toBe(
      'Set in law by the School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012',
    );
    expect(law('Parents told in writing of the education arranged from day 6')).toBe(
      'Set in law by SI 2007/1870 regulation 6 (as substituted in 2012)',
    );
    const byEndOfDay1 = rows.filter(([, when]) => when!.startsWith('By the end of the afternoon session'));
    expect(byEndOfDay1.map(([, , why]) => why)).toEqual([
      'Set in law by SI 2007/1870 regulation 6 (as substituted in 2012)',
    ]);
  });

  it('fills the inputs with what applies, or with what the officer typed when it had errors', () => {
    expect(presentSettings(answer).fields[0]).toMatchObject({ key: 'providerResponse', value: '5' });
    expect(presentSettings(answer, { providerResponse: 'five' }).fields[0]!.value).toBe('five');
    expect(presentSettings(answer).fields[0]!.hint).toContain('Default 3 school days.');
    expect(presentSettings(answer).version).toBe(7);
  });
});
