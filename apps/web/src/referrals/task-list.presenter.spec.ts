import { presentTaskList } from './task-list.presenter';

describe('the referral task list', () => {
  const statusOf = (list: ReturnType<typeof presentTaskList>, name: string) =>
    list.groups.flatMap((g) => g.tasks).find((t) => t.name === name)!.status.text;

  it('shows each section as not started, in progress, out of date or completed', () => {
    const list = presentTaskList({
      referralId: 'r1',
      sections: { identity: {}, safeguarding: {}, attendance: {} },
      missing: [
        { item: 'safeguarding.socialWorker', problem: 'missing' },
        { item: 'attendance.asOf', problem: 'out_of_date' },
        { item: 'sen', problem: 'missing' },
      ],
    });
    expect(statusOf(list, 'identity')).toBe('Completed');
    expect(statusOf(list, 'safeguarding')).toBe('In progress');
    expect(statusOf(list, 'attendance')).toBe('Out of date');
    expect(statusOf(list, 'sen')).toBe('Not started');
    expect(list.summary).toBe('You have completed 1 of 11 sections.');
    expect(list.ready).toBe(false);
  });
});
