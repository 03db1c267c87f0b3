import { parseFollowUp, parsePlan } from './destination.form';
import { presentDestination } from './destination.presenter';

const placement = (transition: object) => ({
  placementId: 'p1',
  upn: 'B801200005001',
  tier: 3,
  transition: transition as never,
});

describe('the destination form', () => {
  it('sends the post-16 destination only for a post-16 move, and the setting only for a school or AP', () => {
    const date = { 'plannedDate-day': '7', 'plannedDate-month': '9', 'plannedDate-year': '2026' };
    expect(parsePlan({ kind: 'post16', post16: 'education', organisationId: 'x', ...date })).toEqual({
      ok: true,
      value: { destination: { kind: 'post16', post16: 'education' }, plannedDate: '2026-09-07' },
    });
    const school = parsePlan({ kind: 'specialist', ...date });
    expect(school.ok ? [] : school.errors.map((e) => e.message)).toEqual([
      'Enter the URN or reference of the school or setting',
    ]);
  });

  it('asks whether the pupil is still there', () => {
    const result = parseFollowUp({ 'checkedOn-day': '2', 'checkedOn-month': '11', 'checkedOn-year': '2026' });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['Select whether the pupil is still there']);
  });
});

describe('the destination page', () => {
  it('lets the provider plan, and no one else, before there is a destination', () => {
    expect(presentDestination(placement({ status: 'none' }), 'provider', 'Amira Khan')).toMatchObject({
      heading: 'Destination for Amira Khan',
      status: { text: 'Not planned' },
      canPlan: true,
      canFollowUp: false,
    });
    expect(presentDestination(placement({ status: 'none' }), 'school', 'Amira Khan').canPlan).toBe(false);
  });

  it('shows NEET once the young person’s activity is recorded as NEET', () => {
    const page = presentDestination(
      placement({
        status: 'confirmed',
        destination: { kind: 'post16', post16: 'education' },
        plannedDate: '2026-09-07',
        startsOn: '2026-09-07',
        checks: [{ checkedOn: '2026-11-02', sustained: false, note: 'Left' }],
        post16: { destination: 'neet_available', recordedOn: '2026-11-02' },
      }),
      'school',
      'Amira Khan',
    );
    expect(page.status.text).toBe('NEET');
    expect(page.checks).toEqual([{ on: 'Monday 2 November 2026', result: 'No longer there', note: 'Left' }]);
    expect(page.rows[0]).toEqual({
      key: 'Destination',
      value: 'Post-16 education, employment or training: Full-time education (sixth form, college or university)',
    });
    expect(page).toMatchObject({ canFollowUp: true, canRecordPost16: true, canPlan: false });
  });
});
