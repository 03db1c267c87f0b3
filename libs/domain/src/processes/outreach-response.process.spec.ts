import { AUTUMN_2025, calendarWith } from '../calendar/calendar.fixtures';
import { outreachResponseProcess } from './outreach-response.process';
import type { ProcessInput } from './process';
import { DEFAULT_TIMELINES } from './timelines.settings';
import { dueInput, eventInput, observed, runProcess } from './testing';

const calendar = calendarWith({ id: 'cal', terms: AUTUMN_2025 });
const on = (recordedAt: string, type: string, data: object): ProcessInput =>
  eventInput(calendar, recordedAt, observed('outreach-o1', type, data, recordedAt));
// Thursday 23 October 2025, the day before half term.
const requested = on('2025-10-23T10:00:00.000Z', 'OutreachRequested', {
  outreachId: 'o1',
  upn: 'B801200005001',
  schoolUrn: '100001',
  laCode: '201',
  providerId: 'prov-bridges',
  needs: 'Dysregulated after lunch',
  tried: ['Report card'],
  objectives: ['Stays in lessons'],
  requestedOn: '2025-10-23',
});
const accepted = on('2025-11-03T10:00:00.000Z', 'OutreachAccepted', { acceptedOn: '2025-11-03' });
const scheduled = runProcess(outreachResponseProcess, [requested]).state;

describe('outreach response: a request sent', () => {
  it('gives the provider 3 school days, not counting half term', () => {
    const { events } = runProcess(outreachResponseProcess, [requested]);
    // Fri 24 Oct, then half term, then Mon 3 and Tue 4 Nov.
    expect(events).toEqual([
      { type: 'OutreachResponseDue', data: { providerId: 'prov-bridges', laCode: '201', dueBy: '2025-11-04' } },
      {
        type: 'DeadlineScheduled',
        data: {
          name: 'outreach-response',
          dueAt: '2025-11-05T00:00:00.000Z',
          reason: 'Escalate when the provider has not answered',
        },
      },
    ]);
  });

  it('counts the LA’s own provider-response deadline where it has set one', () => {
    const input = { ...requested, settings: { ...DEFAULT_TIMELINES, providerResponse: 1 } } as ProcessInput;
    const { state } = runProcess(outreachResponseProcess, [input]);
    expect(state.deadlines['outreach-response']).toBe('2025-10-25T00:00:00.000Z');
  });

  it('tells the LA the response is overdue when the deadline passes unanswered', () => {
    const { events } = runProcess(outreachResponseProcess, [
      requested,
      dueInput(calendar, scheduled, 'outreach-response', '2025-11-05T00:00:01.000Z'),
    ]);
    expect(events.at(-1)).toEqual({
      type: 'OutreachResponseOverdue',
      data: { providerId: 'prov-bridges', dueBy: '2025-11-04', escalatedTo: '201' },
    });
  });

  it('ignores the same request delivered twice', () => {
    const { events } = runProcess(outreachResponseProcess, [requested, requested]);
    expect(events.filter((e) => e.type === 'DeadlineScheduled')).toHaveLength(1);
  });
});

describe('outreach response: answered', () => {
  it('cancels the deadline when the provider accepts', () => {
    const { events, state } = runProcess(outreachResponseProcess, [requested, accepted]);
    expect(events.slice(-2)).toEqual([
      { type: 'OutreachResponseClosed', data: { outcome: 'accepted' } },
      { type: 'DeadlineCancelled', data: { name: 'outreach-response' } },
    ]);
    expect(state.deadlines).toEqual({});
  });

  it('changes nothing when a cancelled deadline is delivered late', () => {
    const { events } = runProcess(outreachResponseProcess, [
      requested,
      on('2025-10-24T10:00:00.000Z', 'OutreachDeclined', { declinedOn: '2025-10-24', reason: 'No capacity' }),
      dueInput(calendar, scheduled, 'outreach-response', '2025-11-05T00:00:01.000Z'),
    ]);
    expect(events.some((e) => e.type === 'OutreachResponseOverdue')).toBe(false);
    expect(events.some((e) => e.type === 'DeadlineFired')).toBe(false);
  });

  it('records a late answer after the overdue response, so the LA’s item is resolved', () => {
    const { events } = runProcess(outreachResponseProcess, [
      requested,
      dueInput(calendar, scheduled, 'outreach-response', '2025-11-05T00:00:01.000Z'),
      accepted,
    ]);
    expect(events.filter((e) => e.type === 'OutreachResponseOverdue')).toHaveLength(1);
    expect(events.at(-1)).toEqual({ type: 'OutreachResponseClosed', data: { outcome: 'accepted' } });
  });
});
