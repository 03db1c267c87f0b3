import type { RecordedEvent } from '@ap/event-store';
import { openDay6At, openOverdueAt } from './timelines-at';

let position = 0;
const event = (streamId: string, type: string, data: Record<string, unknown>): RecordedEvent => {
  position += 1;
  return {
    id: `e${position}`,
    streamId,
    streamVersion: position,
    type,
    schemaVersion: 1,
    data,
    metadata: {} as never,
    recordedAt: '2025-11-06T09:00:00.000Z',
    position: { transactionId: String(position), globalPosition: String(position) },
  };
};

const STREAM = 'day6-100001-B801200005001';
const duty = (dutyId: string, day1: string, day6: string) => ({
  dutyId,
  upn: 'B801200005001',
  schoolUrn: '100001',
  responsible: { kind: 'school', organisationId: '100001' },
  escalateTo: '201',
  exclusionIds: [dutyId],
  day1,
  reminders: [],
  day6,
  lookedAfter: false,
});

describe('the day-6 clocks as they stood after some events (the auditor’s replay)', () => {
  it('lists a started clock as running, and as breached once day 6 passed, by day 6', () => {
    const started = event(STREAM, 'Day6TimelineStarted', duty('x1', '2025-10-23', '2025-11-06'));
    const later = event(STREAM, 'Day6TimelineStarted', duty('x2', '2025-11-20', '2025-11-27'));
    const breached = event(STREAM, 'Day6Breached', { dutyId: 'x1' });
    expect(openDay6At([{ streamId: STREAM, events: [later, started] }])).toEqual([
      {
        periodId: 'x1',
        status: 'open',
        day1: '2025-10-23',
        day6: '2025-11-06',
        responsibleKind: 'school',
        responsibleId: '100001',
      },
      expect.objectContaining({ periodId: 'x2', status: 'open' }),
    ]);
    expect(openDay6At([{ streamId: STREAM, events: [started, breached] }])).toEqual([
      expect.objectContaining({ periodId: 'x1', status: 'breached' }),
    ]);
  });

  it('no longer lists a clock that was met, closed, or whose provision started late', () => {
    const started = event(STREAM, 'Day6TimelineStarted', duty('x1', '2025-10-23', '2025-11-06'));
    for (const [type, extra] of [
      ['Day6Met', {}],
      ['Day6TimelineClosed', { reason: 'exclusion_cancelled' }],
    ] as const)
      expect(
        openDay6At([{ streamId: STREAM, events: [started, event(STREAM, type, { dutyId: 'x1', ...extra })] }]),
      ).toEqual([]);
    const late = [
      event(STREAM, 'Day6Breached', { dutyId: 'x1' }),
      event(STREAM, 'Day6ProvisionStartedLate', { dutyId: 'x1' }),
    ];
    expect(openDay6At([{ streamId: STREAM, events: [started, ...late] }])).toEqual([]);
  });

  it('reads a schema-1 timeline by its stream id, and lets a new stream carrying it over take it', () => {
    const { dutyId: _d, ...facts } = duty('p1', '2025-10-23', '2025-11-06');
    const legacy = { streamId: 'day6-p1', events: [event('day6-p1', 'Day6TimelineStarted', facts)] };
    expect(openDay6At([legacy])).toEqual([expect.objectContaining({ periodId: 'p1', status: 'open' })]);
    const carried = event(STREAM, 'Day6TimelineCarriedOver', {
      ...duty('p1', '2025-10-23', '2025-11-06'),
      status: 'met',
    });
    expect(openDay6At([{ streamId: STREAM, events: [carried] }, legacy])).toEqual([]);
  });
});

describe('the overdue items as they stood after some events', () => {
  it('lists an item from its raising until the fact that resolves it', () => {
    const raised = event('placementtimelines-r1', 'InductionStepOverdue', {
      step: 'meeting',
      escalatedTo: '201',
      dueBy: '2025-11-14',
    });
    expect(openOverdueAt([raised])).toEqual([{ kind: 'induction_meeting', subjectId: 'r1', dueBy: '2025-11-14' }]);
    const held = event('induction-r1', 'InductionMeetingHeld', { heldOn: '2025-11-17' });
    expect(openOverdueAt([raised, held])).toEqual([]);
    const elsewhere = event('induction-r2', 'InductionMeetingHeld', { heldOn: '2025-11-17' });
    expect(openOverdueAt([raised, elsewhere])).toHaveLength(1);
  });

  it('lists a missed follow-up once, and an item raised again from its latest raising', () => {
    const missed = event('reintegration-r1', 'ReintegrationFollowUpMissed', { dueBy: '2026-02-01' });
    expect(openOverdueAt([missed, missed])).toEqual([{ kind: 'follow_up', subjectId: 'r1', dueBy: '2026-02-01' }]);
    const overran = (plannedEndDate: string) =>
      event('placementtimelines-r1', 'PlacementOverran', { escalatedTo: '201', plannedEndDate });
    const extended = event('placement-r1', 'PlacementExtended', { plannedEndDate: '2026-03-01' });
    expect(openOverdueAt([overran('2026-01-01'), extended, overran('2026-03-01')])).toEqual([
      { kind: 'planned_end', subjectId: 'r1', dueBy: '2026-03-01' },
    ]);
  });
});
