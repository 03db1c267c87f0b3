import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { LA_ACTOR, metadata } from '../shared/testing/fixtures';
import { cafeDecider, type CafeCommand, type CafeEvent, type RecordCafeReview } from '.';

const spec = DeciderSpecification.for(cafeDecider);
const meta = metadata(LA_ACTOR, '2025-12-04T16:00:00.000Z');
const review: RecordCafeReview['data'] = {
  reviewId: 'c-1',
  upn: 'B801200005001',
  laCode: '201',
  heldOn: '2025-12-04',
  attendees: ['Inclusion officer', 'Head of Oak Academy', 'Bridges Learning'],
  reasons: ['part_time_timetable'],
  recommendations: ['Build hours to full-time by January'],
  actions: [
    { actionId: 'a-1', description: 'Agree a full-time timetable', owner: 'Bridges Learning', dueDate: '2025-12-12' },
  ],
};
const cmd = <T extends CafeCommand['type']>(type: T, data: Extract<CafeCommand, { type: T }>['data']) =>
  ({ type, data, metadata: meta }) as Extract<CafeCommand, { type: T }>;
const recorded: CafeEvent = { type: 'CafeReviewRecorded', data: { ...review, recordedAt: meta.now } };

describe('CAFE panel: no review yet', () => {
  it('records the review with attendees, recommendations and actions with owners and due dates', () => {
    spec.given([]).when(cmd('RecordCafeReview', review)).then([recorded]);
  });

  it('refuses an action without an owner, or due before the review', () => {
    spec
      .given([])
      .when(cmd('RecordCafeReview', { ...review, actions: [{ ...review.actions[0]!, owner: '' }] }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['actions']).toEqual(['a-1']));
    spec
      .given([])
      .when(cmd('RecordCafeReview', { ...review, actions: [{ ...review.actions[0]!, dueDate: '2025-12-01' }] }))
      .thenThrows(RuleViolationError);
  });

  it('refuses a review with nobody attending', () => {
    spec
      .given([])
      .when(cmd('RecordCafeReview', { ...review, attendees: [' '] }))
      .thenThrows(RuleViolationError);
  });

  it('cannot complete an action of a review that does not exist', () => {
    spec
      .given([])
      .when(cmd('CompleteCafeAction', { actionId: 'a-1', completedOn: '2025-12-04' }))
      .thenThrows(IllegalStateError);
  });
});

describe('CAFE panel: a recorded review', () => {
  it('tracks an action to done, once', () => {
    const done: CafeEvent = { type: 'CafeActionCompleted', data: { actionId: 'a-1', completedOn: '2025-12-04' } };
    spec
      .given([recorded])
      .when(cmd('CompleteCafeAction', { actionId: 'a-1', completedOn: '2025-12-04' }))
      .then([done]);
    spec
      .given([recorded, done])
      .when(cmd('CompleteCafeAction', { actionId: 'a-1', completedOn: '2025-12-04' }))
      .thenNothingHappened();
  });

  it('refuses an action the review did not set', () => {
    spec
      .given([recorded])
      .when(cmd('CompleteCafeAction', { actionId: 'a-9', completedOn: '2025-12-04' }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('ACTION_NOT_FOUND'));
  });
});
