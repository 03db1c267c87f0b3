import { notificationsLinkText, presentNotifications, type NotificationItem } from './notifications.presenter';

const item = (over: Partial<NotificationItem> = {}): NotificationItem => ({
  id: 'e1.school:100001',
  kind: 'day6_reminder',
  title: 'An excluded pupil has no full-time education arranged yet (reminder on school day 3)',
  dueBy: '2025-11-06',
  record: { kind: 'pupil', id: 'B801200005001' },
  createdAt: '2025-11-03T00:00:01.000Z',
  read: false,
  ...over,
});

describe('the notifications page', () => {
  it('says how many are unread', () => {
    expect(presentNotifications([], 0).unreadText).toBe('You have no unread notifications');
    expect(presentNotifications([item()], 1).unreadText).toBe('1 unread notification');
    expect(presentNotifications([item(), item()], 2).unreadText).toBe('2 unread notifications');
  });

  it('links each notification to its record and says by when, with dates written out', () => {
    const [row] = presentNotifications([item()], 1).rows;
    expect(row).toMatchObject({
      href: '/pupils/B801200005001',
      linkText: "View the pupil's case",
      dueBy: 'By Thursday 6 November 2025',
      tag: { text: 'New' },
    });
    expect(presentNotifications([item({ record: { kind: 'referral', id: 'r-1' } })], 1).rows[0]!.href).toBe(
      '/referrals/r-1',
    );
  });

  it('tags a breach as urgent and a read one as read', () => {
    expect(presentNotifications([item({ kind: 'day6_breach' })], 1).rows[0]!.tag.text).toBe('Urgent');
    expect(presentNotifications([item({ read: true })], 0).rows[0]!.tag.text).toBe('Read');
  });

  it('shows the unread count in the header link', () => {
    expect(notificationsLinkText(0)).toBe('Notifications');
    expect(notificationsLinkText(3)).toBe('Notifications (3 unread)');
  });
});
