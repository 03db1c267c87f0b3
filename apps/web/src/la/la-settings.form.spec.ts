import { DEFAULT_DEADLINES } from './la-settings.fixture';
import { readSettingsForm, type TimelineValues } from './la-settings.form';

const DEFAULTS: TimelineValues = DEFAULT_DEADLINES;
const posted = (changes: Record<string, string> = {}) => ({
  version: '4',
  ...Object.fromEntries(Object.entries(DEFAULTS).map(([k, v]) => [k, String(v)])),
  ...changes,
});

describe('the timeline settings form', () => {
  it('sends only the deadlines that differ from the default, with the version the page was read at', () => {
    expect(readSettingsForm(posted({ providerResponse: ' 5 ', placementReview: '30' }), DEFAULTS)).toEqual({
      ok: true,
      value: { settings: { providerResponse: 5 }, version: 4 },
    });
  });

  it('sends no settings when every deadline is back to its default', () => {
    expect(readSettingsForm(posted(), DEFAULTS)).toEqual({ ok: true, value: { settings: {}, version: 4 } });
  });

  it('says what to fix for a missing, a non-whole and an out-of-range number, naming the deadline', () => {
    const read = readSettingsForm(
      posted({ providerResponse: '', inductionMeeting: '2.5', placementReview: '61', partTimeReview: '0' }),
      DEFAULTS,
    );
    expect(read.ok ? [] : read.errors).toEqual([
      {
        field: 'providerResponse',
        href: '#providerResponse',
        message: 'Enter the number of school days for provider response',
      },
      {
        field: 'inductionMeeting',
        href: '#inductionMeeting',
        message: 'Induction meeting must be a whole number of school days, like 5',
      },
      {
        field: 'placementReview',
        href: '#placementReview',
        message: 'Placement review must be between 1 and 60 school days',
      },
      {
        field: 'partTimeReview',
        href: '#partTimeReview',
        message: 'Part-time timetable review must be between 1 and 60 school days',
      },
    ]);
  });

  it('refuses a post without the version it was read at', () => {
    const read = readSettingsForm({ ...posted(), version: '' }, DEFAULTS);
    expect(read.ok ? [] : read.errors.map((e) => e.field)).toEqual(['form']);
  });
});
