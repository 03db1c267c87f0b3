import { notificationsLinkText, presentNotifications, type NotificationItem } from './notifications.presenter';
import type { NotificationAbout } from './notification-links';

const UPN = 'B801200005001';
const nobody: NotificationAbout = {
  upn: null,
  pupilName: null,
  schoolUrn: null,
  schoolName: null,
  exclusionId: null,
  referralId: null,
  placementId: null,
};
const excluded: NotificationAbout = {
  ...nobody,
  upn: UPN,
  schoolUrn: '100001',
  schoolName: 'Oak Academy',
  exclusionId: 'ex-1',
};

const item = (over: Partial<NotificationItem> = {}): NotificationItem => ({
  id: 'e1.school:100001',
  kind: 'day6_reminder',
  title: 'An excluded pupil has no full-time education arranged yet (reminder on school day 3)',
  dueBy: '2025-11-06',
  record: { kind: 'pupil', id: UPN },
  about: excluded,
  resolved: false,
  createdAt: '2025-11-03T00:00:01.000Z',
  read: false,
  ...over,
});
const onlyRow = (it: NotificationItem, role: Parameters<typeof presentNotifications>[2]) =>
  presentNotifications([it], 1, role).rows[0]!;

describe('the notifications page', () => {
  it('says how many are unread', () => {
    expect(presentNotifications([], 0, 'school').unreadText).toBe('You have no unread notifications');
    expect(presentNotifications([item()], 1, 'school').unreadText).toBe('1 unread notification');
    expect(presentNotifications([item(), item()], 2, 'school').unreadText).toBe('2 unread notifications');
  });

  it('says by when, with dates written out', () => {
    expect(onlyRow(item(), 'school')).toMatchObject({ dueBy: 'By Thursday 6 November 2025', tag: { text: 'New' } });
  });

  it('names the pupil and the school, or the UPN where no referral names the pupil', () => {
    expect(onlyRow(item(), 'la_officer').about).toBe(`Pupil with UPN ${UPN}, Oak Academy`);
    expect(onlyRow(item({ about: { ...excluded, pupilName: 'Jo Bloggs' } }), 'la_officer').about).toBe(
      `Jo Bloggs (UPN ${UPN}), Oak Academy`,
    );
    expect(onlyRow(item({ about: { ...nobody, pupilName: 'Sam Reed' } }), 'provider').about).toBe('Sam Reed');
    expect(onlyRow(item({ about: nobody }), 'school').about).toBe('');
  });

  it('tags a breach as urgent, a read one as read, and one that no longer needs anyone as closed', () => {
    expect(onlyRow(item({ kind: 'day6_breach' }), 'school').tag.text).toBe('Urgent');
    expect(onlyRow(item({ read: true }), 'school').tag.text).toBe('Read');
    expect(onlyRow(item({ kind: 'referral_received', resolved: true }), 'provider').tag.text).toBe('Closed');
  });

  it('shows the unread count in the header link', () => {
    expect(notificationsLinkText(0)).toBe('Notifications');
    expect(notificationsLinkText(3)).toBe('Notifications (3 unread)');
  });
});

describe('where a notification links to, for the user who sees it', () => {
  const referral = { ...nobody, upn: UPN, referralId: 'r-1', schoolUrn: '100001' };
  const placement = { ...referral, placementId: 'p-1' };

  it("takes an LA officer or auditor to the pupil's record, never to a page that does not exist", () => {
    for (const role of ['la_officer', 'la_auditor'] as const) {
      for (const kind of ['day6_breach', 'looked_after_exclusion', 'provider_response_overdue', 'part_time_overdue'])
        expect(onlyRow(item({ kind, about: kind.startsWith('p') ? placement : excluded }), role)).toMatchObject({
          href: `/la/pupils/${UPN}`,
          linkText: "View the pupil's record",
        });
    }
  });

  it('takes an LA officer answering an information request for its own referral to the referral', () => {
    const asked = item({ kind: 'information_requested', record: { kind: 'referral', id: 'r-1' }, about: referral });
    expect(onlyRow(asked, 'la_officer').href).toBe('/referrals/r-1');
    expect(onlyRow(asked, 'la_auditor').href).toBe(`/la/pupils/${UPN}`);
  });

  it('takes an LA user to the referral when the pupil has no UPN', () => {
    const noUpn = item({ kind: 'provider_response_overdue', about: { ...referral, upn: null } });
    expect(onlyRow(noUpn, 'la_officer').href).toBe('/referrals/r-1');
  });

  it("takes a school to the exclusion, else to the referral, else to the school's home page", () => {
    expect(onlyRow(item(), 'school')).toMatchObject({
      href: `/exclusions/${UPN}/ex-1`,
      linkText: 'View the exclusion',
    });
    const asked = item({ kind: 'information_requested', record: { kind: 'referral', id: 'r-1' }, about: referral });
    expect(onlyRow(asked, 'school')).toMatchObject({ href: '/referrals/r-1', linkText: 'View the referral' });
    expect(onlyRow(item({ about: { ...excluded, exclusionId: null } }), 'school')).toMatchObject({
      href: '/school',
      linkText: 'Go to your home page',
    });
  });

  it('takes a provider to the referral or the placement', () => {
    expect(onlyRow(item({ kind: 'referral_received', about: referral }), 'provider').href).toBe('/referrals/r-1');
    expect(onlyRow(item({ kind: 'induction_step_overdue', about: placement }), 'provider')).toMatchObject({
      href: '/placements/p-1',
      linkText: 'View the placement',
    });
  });

  it('never links to the old /pupils/{upn} address, which is not a page', () => {
    for (const role of ['school', 'provider', 'la_officer', 'la_auditor'] as const)
      expect(onlyRow(item(), role).href).not.toMatch(/^\/pupils\//);
  });
});
