import fc from 'fast-check';
import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { metadata, PROVIDER_ACTOR } from '../shared/testing/fixtures';
import { replayFromStorage, runCommands } from '../shared/testing/replay.property';
import { transitionDecider, type TransitionCommand } from '.';

const spec = DeciderSpecification.for(transitionDecider);
const meta = metadata(PROVIDER_ACTOR, '2026-01-05T09:00:00.000Z');
const cmd = <T extends TransitionCommand['type']>(
  type: T,
  data: Extract<TransitionCommand, { type: T }>['data'],
): TransitionCommand => ({ type, data, metadata: meta }) as TransitionCommand;

const planHome = cmd('PlanTransition', {
  placementId: 'pl-1',
  upn: 'B801200005001',
  destination: { kind: 'home_school', organisationId: '100001' },
  plannedDate: '2026-01-12',
});
const planPost16 = cmd('PlanTransition', {
  placementId: 'pl-1',
  upn: 'B801200005001',
  destination: { kind: 'post16', post16: 'apprenticeship' },
  plannedDate: '2026-07-20',
});
const meeting = cmd('RecordTransitionMeeting', {
  heldOn: '2026-01-05',
  attendees: ['pupil', 'parent_or_carer', 'school'],
});
const confirm = cmd('ConfirmDestination', { startsOn: '2026-01-12' });
const followUp = cmd('RecordTransitionFollowUp', { followUpId: 'fu-1', checkedOn: '2026-02-23', sustained: true });
const history = (...commands: TransitionCommand[]) => runCommands(transitionDecider, commands).events;

describe('transition: not planned', () => {
  it('plans a return to the home school', () => {
    expect(spec.given([]).when(planHome).events()).toHaveLength(1);
  });
  it('requires the setting for a move to another school and the destination for post-16', () => {
    spec
      .given([])
      .when(
        cmd('PlanTransition', {
          placementId: 'pl-1',
          upn: 'x',
          destination: { kind: 'specialist' },
          plannedDate: '2026-01-12',
        }),
      )
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(
        cmd('PlanTransition', {
          placementId: 'pl-1',
          upn: 'x',
          destination: { kind: 'post16' },
          plannedDate: '2026-01-12',
        }),
      )
      .thenThrows(RuleViolationError);
  });
  it('refuses confirming a destination that was never planned', () => {
    spec.given([]).when(confirm).thenThrows(IllegalStateError);
  });
});

describe('transition: planned', () => {
  it('requires the transition meeting before the destination is confirmed', () => {
    spec
      .given(history(planHome))
      .when(confirm)
      .thenThrows(IllegalStateError, (e: IllegalStateError) => expect(e.code).toBe('TRANSITION_MEETING_REQUIRED'));
    expect(spec.given(history(planHome, meeting)).when(confirm).events()[0]).toMatchObject({
      type: 'DestinationConfirmed',
      data: { startsOn: '2026-01-12' },
    });
  });
  it('treats planning the same destination again as nothing happening, and re-plans a different one', () => {
    spec.given(history(planHome)).when(planHome).thenNothingHappened();
    expect(spec.given(history(planHome)).when(planPost16).events()).toHaveLength(1);
  });
});

describe('transition: confirmed', () => {
  it('records whether the placement was sustained at follow-up, once per follow-up', () => {
    const confirmed = history(planHome, meeting, confirm);
    expect(spec.given(confirmed).when(followUp).events()).toHaveLength(1);
    spec
      .given(history(planHome, meeting, confirm, followUp))
      .when(followUp)
      .thenNothingHappened();
  });
  it('records the post-16 destination only for a post-16 transition', () => {
    const record = cmd('RecordPost16Destination', { destination: 'apprenticeship', recordedOn: '2026-09-30' });
    expect(
      spec
        .given(history(planPost16, meeting, confirm))
        .when(record)
        .events(),
    ).toHaveLength(1);
    spec
      .given(history(planHome, meeting, confirm))
      .when(record)
      .thenThrows(IllegalStateError);
  });
});

describe('transition: what the destination page reads', () => {
  it('keeps each follow-up check and the latest post-16 destination, NEET included', () => {
    const notSustained = cmd('RecordTransitionFollowUp', {
      followUpId: 'fu-2',
      checkedOn: '2026-11-02',
      sustained: false,
      note: 'Left college',
    });
    const neet = cmd('RecordPost16Destination', { destination: 'neet_available', recordedOn: '2026-11-02' });
    const { state } = runCommands(transitionDecider, [planPost16, meeting, confirm, followUp, notSustained, neet]);
    expect(state).toMatchObject({
      sustained: false,
      checks: [
        { checkedOn: '2026-02-23', sustained: true },
        { checkedOn: '2026-11-02', sustained: false, note: 'Left college' },
      ],
      post16: { destination: 'neet_available', recordedOn: '2026-11-02' },
    });
  });
});

describe('transition: replay', () => {
  it('gives the same state when the events it produced are replayed from storage', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(planHome, planPost16, meeting, confirm, followUp), { maxLength: 10 }),
        (commands) => {
          const { state, events } = runCommands(transitionDecider, commands);
          expect(replayFromStorage(transitionDecider, events)).toEqual(state);
        },
      ),
    );
  });
});
