import { parseDate } from '../forms/date-input';
import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';
import { DESTINATION_TEXT, POST16_TEXT } from './destination.presenter';

type Post16 = keyof typeof POST16_TEXT;
type Kind = keyof typeof DESTINATION_TEXT;
export type PlanValue = Readonly<{
  destination: { kind: Kind; organisationId?: string; post16?: Post16 };
  plannedDate: string;
}>;

const SETTING_KINDS: readonly string[] = ['mainstream_school', 'other_ap', 'specialist'];
const date = (body: PostedBody, errors: FormErrors, name: string, what: string) =>
  parseDate(body, name, errors, { missing: `Enter ${what}`, label: what });

/** Where a tier-3 pupil moves on to: a school or setting by its URN or reference, or a post-16 destination. */
export function parsePlan(body: PostedBody): FormResult<PlanValue> {
  const errors = new FormErrors();
  const kind = text(body, 'kind');
  if (!(kind in DESTINATION_TEXT)) errors.add('kind', 'Select where the pupil is moving on to');
  const organisationId = text(body, 'organisationId');
  if (SETTING_KINDS.includes(kind) && !organisationId)
    errors.add('organisationId', 'Enter the URN or reference of the school or setting');
  const post16 = text(body, 'post16');
  if (kind === 'post16' && !(post16 in POST16_TEXT)) errors.add('post16', 'Select the post-16 destination');
  const plannedDate = date(body, errors, 'plannedDate', 'the date the pupil moves on');
  return errors.result(() => ({
    destination: {
      kind: kind as Kind,
      ...(SETTING_KINDS.includes(kind) ? { organisationId } : {}),
      ...(kind === 'post16' ? { post16: post16 as Post16 } : {}),
    },
    plannedDate: plannedDate!,
  }));
}

export function parseMeeting(body: PostedBody): FormResult<{ heldOn: string; attendees: string[] }> {
  const errors = new FormErrors();
  const heldOn = date(body, errors, 'heldOn', 'the date of the transition meeting');
  const attendees = text(body, 'attendees')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (attendees.length === 0) errors.add('attendees', 'Enter who attended the meeting');
  return errors.result(() => ({ heldOn: heldOn!, attendees }));
}

export function parseConfirm(body: PostedBody): FormResult<{ startsOn: string }> {
  const errors = new FormErrors();
  const startsOn = date(body, errors, 'startsOn', 'the date the pupil started there');
  return errors.result(() => ({ startsOn: startsOn! }));
}

/** A follow-up check: is the pupil still there (sustained) or not, with a note. */
export function parseFollowUp(body: PostedBody): FormResult<{ checkedOn: string; sustained: boolean; note?: string }> {
  const errors = new FormErrors();
  const checkedOn = date(body, errors, 'checkedOn', 'the date of the check');
  const sustained = text(body, 'sustained');
  if (sustained !== 'yes' && sustained !== 'no') errors.add('sustained', 'Select whether the pupil is still there');
  const note = text(body, 'note');
  return errors.result(() => ({ checkedOn: checkedOn!, sustained: sustained === 'yes', ...(note ? { note } : {}) }));
}

/** What the young person is doing now, NEET included. */
export function parsePost16(body: PostedBody): FormResult<{ destination: Post16; recordedOn: string }> {
  const errors = new FormErrors();
  const destination = text(body, 'destination');
  if (!(destination in POST16_TEXT)) errors.add('destination', 'Select what the young person is doing now');
  const recordedOn = date(body, errors, 'recordedOn', 'the date this was found out');
  return errors.result(() => ({ destination: destination as Post16, recordedOn: recordedOn! }));
}
