import { dateTime, longDate } from '../words/dates';

/** A notification as the API lists it. */
export type NotificationItem = Readonly<{
  id: string;
  kind: string;
  title: string;
  dueBy: string | null;
  record: Readonly<{ kind: string; id: string }>;
  createdAt: string;
  read: boolean;
}>;

export type NotificationRow = Readonly<{
  id: string;
  title: string;
  href: string;
  linkText: string;
  dueBy: string;
  received: string;
  read: boolean;
  tag: Readonly<{ text: string; classes: string }>;
}>;

const RECORD_PAGES: Readonly<Record<string, Readonly<{ path: string; text: string }>>> = {
  pupil: { path: '/pupils', text: "View the pupil's case" },
  referral: { path: '/referrals', text: 'View the referral' },
  placement: { path: '/placements', text: 'View the placement' },
};

const URGENT = new Set(['day6_breach', 'provider_response_overdue', 'information_request_overdue']);

/** The user's notifications, newest first as the API gives them: each says what happened, by when, and links to its record. */
export function presentNotifications(items: readonly NotificationItem[], unread: number) {
  return {
    heading: 'Notifications',
    unreadText:
      unread === 0
        ? 'You have no unread notifications'
        : unread === 1
          ? '1 unread notification'
          : `${unread} unread notifications`,
    rows: items.map(row),
  };
}

function row(item: NotificationItem): NotificationRow {
  const page = RECORD_PAGES[item.record.kind] ?? { path: `/${item.record.kind}s`, text: 'View the record' };
  return {
    id: item.id,
    title: item.title,
    href: `${page.path}/${encodeURIComponent(item.record.id)}`,
    linkText: page.text,
    dueBy: item.dueBy ? `By ${longDate(item.dueBy)}` : '',
    received: dateTime(item.createdAt),
    read: item.read,
    tag: item.read
      ? { text: 'Read', classes: 'govuk-tag--grey' }
      : URGENT.has(item.kind)
        ? { text: 'Urgent', classes: 'govuk-tag--red' }
        : { text: 'New', classes: 'govuk-tag--blue' },
  };
}

/** The header link: "Notifications" with the unread count when there are any. */
export const notificationsLinkText = (unread: number | undefined): string =>
  unread ? `Notifications (${unread} unread)` : 'Notifications';
