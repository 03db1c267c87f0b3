import { DeciderSpecification } from './decider-spec';
import type { Command, Event } from '../message';

type Counted = Event<'Counted', { by: number }>;
type Count = Command<'Count', { by: number }>;
const counter = {
  initialState: () => 0,
  evolve: (state: number, event: Counted) => state + event.data.by,
  decide: (command: Count, state: number): Counted[] =>
    state >= 2 ? [] : [{ type: 'Counted', data: { by: command.data.by } }],
};
const meta = {
  now: '2026-03-02T08:00:00.000Z',
  actor: { id: 'u1', role: 'school' as const, organisationId: '100001' },
};

describe('DeciderSpecification', () => {
  it('passes when the events match and fails when they differ', () => {
    const spec = DeciderSpecification.for(counter)
      .given([])
      .when({ type: 'Count', data: { by: 1 }, metadata: meta });
    spec.then([{ type: 'Counted', data: { by: 1 } }]);
    expect(() => spec.then([{ type: 'Counted', data: { by: 2 } }])).toThrow('Events differ');
  });

  it('treats a repeat after the goal as nothing happening', () => {
    const given: Counted[] = [{ type: 'Counted', data: { by: 2 } }];
    DeciderSpecification.for(counter)
      .given(given)
      .when({ type: 'Count', data: { by: 1 }, metadata: meta })
      .thenNothingHappened();
  });
});
