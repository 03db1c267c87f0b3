import type { Notice, NoticeKind } from './notices';

/**
 * An email's words, the same for every channel. No pupil names, UPNs, schools or special-category detail (issue 15):
 * an email may be forwarded or read on a shared device. Who a notice is about is shown only in the service, to a
 * signed-in user of the organisation told (notification-list.ts finds it when listing).
 */
export type MessageContent = Readonly<{
  subject: string;
  whatHappened: string;
  byWhen: string;
  signInUrl: string;
  /** Items of a morning digest, one line each. */
  items?: readonly string[];
}>;

const STEPS: Readonly<Record<string, string>> = {
  meeting: 'induction meeting',
  baseline: 'baseline assessments',
  plan: 'agreed induction plan',
};

const TITLES: Readonly<Record<NoticeKind, (n: Notice) => string>> = {
  day6_reminder: (n) =>
    `An excluded pupil has no full-time education arranged yet (reminder on school day ${n.detail ?? ''})`,
  day6_breach: () => 'Full-time education did not start by the sixth school day of an exclusion',
  referral_received: () => 'A referral is waiting for your response',
  provider_response_overdue: () => 'A referral has not been accepted or declined in time',
  information_requested: () => 'A provider has asked for more information about a referral',
  information_request_reminder: () => 'A request for more information about a referral has not been answered',
  information_request_overdue: () => 'A request for more information about a referral was not answered in time',
  induction_step_overdue: (n) => `A placement's ${STEPS[n.detail ?? ''] ?? 'induction step'} is overdue`,
  placement_review_overdue: () => 'A placement review is overdue',
  part_time_overdue: () => 'A part-time timetable needs review',
  looked_after_exclusion: () => 'A looked-after pupil has been excluded',
};

/** The one-line title shown in the service and used as what happened in an email. */
export const noticeTitle = (notice: Notice): string => TITLES[notice.kind](notice);

/** "Thursday 6 November 2025": dates as GOV.UK writes them (no comma after the weekday). */
export const longDate = (isoDate: string): string => {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) =>
    date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
  return `${part({ weekday: 'long' })} ${part({ day: 'numeric', month: 'long', year: 'numeric' })}`;
};

export function noticeContent(notice: Notice, signInUrl: string): MessageContent {
  const whatHappened = noticeTitle(notice);
  return {
    subject: whatHappened.replace(/ \(.*\)$/, ''),
    whatHappened,
    byWhen: notice.dueBy ? longDate(notice.dueBy) : '',
    signInUrl,
  };
}

export function digestContent(items: readonly MessageContent[], signInUrl: string): MessageContent {
  return {
    subject: `AP Pathway: ${items.length} ${items.length === 1 ? 'thing needs' : 'things need'} your attention`,
    whatHappened: `${items.length} ${items.length === 1 ? 'thing needs' : 'things need'} your attention`,
    byWhen: '',
    signInUrl,
    items: items.map((i) => (i.byWhen ? `${i.whatHappened}: by ${i.byWhen}` : i.whatHappened)),
  };
}

/** Plain text for SMTP and the development mailbox. */
export function renderText(content: MessageContent): string {
  const lines = content.items
    ? [content.whatHappened + ':', '', ...content.items.map((i) => `* ${i}`)]
    : [content.whatHappened, ...(content.byWhen ? ['', `This needs action by ${content.byWhen}.`] : [])];
  return [...lines, '', `Sign in to AP Pathway to see the record: ${content.signInUrl}`, ''].join('\n');
}

/** GOV.UK Notify personalisation: the fields every template may use (README lists them). */
export function personalisation(content: MessageContent): Record<string, string> {
  return {
    subject: content.subject,
    what_happened: content.whatHappened,
    by_when: content.byWhen,
    sign_in_url: content.signInUrl,
    ...(content.items
      ? { items: content.items.map((i) => `* ${i}`).join('\n'), count: String(content.items.length) }
      : {}),
  };
}
