import { presentPlacement, type PlacementView } from './placement.presenter';

const placement: PlacementView = {
  placementId: 'p1',
  referralId: 'p1',
  status: 'active',
  startDate: '2025-11-10',
  startedOn: '2025-11-10',
  fullTime: false,
  timetable: { hoursPerWeek: 15, partTime: { reviewDate: '2025-11-24', endDate: '2025-12-19' } },
  reviewIds: [],
  induction: { status: 'in_progress', meetingHeldOn: '2025-11-11', baselines: { literacy: '2025-11-12' } },
};

describe('the placement page', () => {
  it('lists the induction tasks with when each is due, done ones with when they were done', () => {
    const page = presentPlacement(placement, 'Ava Smith', true);
    expect(page.tasks.map((t) => [t.title.text, t.hint.text])).toEqual([
      ['Induction meeting', 'Held Tuesday 11 November 2025'],
      [
        'Baseline assessments (literacy, numeracy, social and emotional)',
        'Done: Literacy. Within 10 school days of the start',
      ],
      ['Needs identified', 'Within 10 school days of the start'],
      ['Pupil and family voice', 'Within 10 school days of the start'],
      ['Agreed plan with targets', 'Within 15 school days of the start'],
    ]);
    expect(page.tasks[0]!.href).toBeUndefined();
    expect(page.tasks[2]!.href).toBe('/placements/p1/record/needs');
  });

  it('says the hours are part time, until when and when they are reviewed', () => {
    const hours = presentPlacement(placement, 'Ava Smith', false).facts.find((f) => f.key.text === 'Hours a week')!;
    expect(hours.value.text).toBe('15 (part time until Friday 19 December 2025, reviewed by Monday 24 November 2025)');
  });

  it('links no task for someone who is not the provider', () => {
    expect(presentPlacement(placement, 'Ava Smith', false).tasks.every((t) => t.href === undefined)).toBe(true);
  });
});
