import type { components } from '../api/api-schema';
import type { Role } from '../auth/session-user';
import { dateTime, longDate } from '../words/dates';
import { aboutText, notificationLink } from './notification-links';

/** A notification as the API lists it. */
export type NotificationItem = Readonly<components['schemas']['NotificationItemDto']>;

export type NotificationRow = Readonly<{
  id: string;
  title: string;
  /** Who it is about: shown only here, to a signed-in user of the organisation told, never in an email. */
  about: string;
  href: string;
  linkText: string;
  dueBy: string;
  received: string;
  read: boolean;
  resolved: boolean;
  tag: Readonly<{ text: string; classes: string }>;
}>;

const URGENT = new Set(['day6_breach', 'provider_response_overdue', 'information_request_overdue']);

/**
 * The user's notifications, newest first as the API gives them: each says what happened, who it is about, by when,
 * and links to where this user acts on it.
 */
export function presentNotifications(items: readonly NotificationItem[], unread: number, role: Role) {
  return {
    heading: 'Notifications',
    unreadText:
      unread === 0
        ? 'You have no unread notifications'
        : unread === 1
          ? '1 unread notification'
          : `${unread} unread notifications`,
    rows: items.map((item) => row(item, role)),
  };
}

function row(item: NotificationItem, role: Role): NotificationRow {
  const link = notificationLink(item.kind, item.about, role);
  return {
    id: item.id,
    title: item.title,
    about: aboutText(item.about),
    href: link.href,
    linkText: link.text,
    dueBy: item.dueBy ? `By ${longDate(item.dueBy)}` : '',
    received: dateTime(item.createdAt),
    read: item.read,
    resolved: item.resolved,
    tag: item.resolved
      ? { text: 'Closed', classes: 'govuk-tag--grey' }
      : item.read
        ? { text: 'Read', classes: 'govuk-tag--grey' }
        : URGENT.has(item.kind)
          ? { text: 'Urgent', classes: 'govuk-tag--red' }
          : { text: 'New', classes: 'govuk-tag--blue' },
  };
}

/** The header link: "Notifications" with the unread count when there are any. */
export const notificationsLinkText = (unread: number | undefined): string =>
  unread ? `Notifications (${unread} unread)` : 'Notifications';
