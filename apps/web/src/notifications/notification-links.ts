import type { components } from '../api/api-schema';
import { HOME_BY_ROLE } from '../auth/home-by-role';
import type { Role } from '../auth/session-user';

/** What a notification is about, as the API lists it. */
export type NotificationAbout = Readonly<components['schemas']['NotificationAboutDto']>;

export type NotificationLink = Readonly<{ href: string; text: string }>;

/** The commissioner answers a provider's information request on the referral's page. */
const COMMISSIONER_ANSWERS = new Set(['information_requested', 'information_request_reminder']);

const path = (...parts: string[]) => parts.map((p) => `/${encodeURIComponent(p)}`).join('');
const referral = (id: string): NotificationLink => ({ href: path('referrals', id), text: 'View the referral' });
const placement = (id: string): NotificationLink => ({ href: path('placements', id), text: 'View the placement' });

/**
 * Where the user who sees the notification can act on it: an LA user on the pupil's record (an officer answering an
 * information request for its own referral on the referral), a school on its exclusion or referral, a provider on
 * the referral or placement. Without the record it needs, the user's home page.
 */
export function notificationLink(kind: string, about: NotificationAbout, role: Role): NotificationLink {
  const { upn, exclusionId, referralId, placementId } = about;
  const home: NotificationLink = { href: HOME_BY_ROLE[role], text: 'Go to your home page' };
  switch (role) {
    case 'la_officer':
    case 'la_auditor':
      if (role === 'la_officer' && COMMISSIONER_ANSWERS.has(kind) && referralId) return referral(referralId);
      if (upn) return { href: path('la', 'pupils', upn), text: "View the pupil's record" };
      break;
    case 'school':
      if (upn && exclusionId) return { href: path('exclusions', upn, exclusionId), text: 'View the exclusion' };
      break;
    default:
      break;
  }
  if (placementId) return placement(placementId);
  if (referralId) return referral(referralId);
  return home;
}

/** Who it is about: "Jo Bloggs (UPN A123…), Oak Academy"; the UPN alone where no referral names the pupil. */
export function aboutText(about: NotificationAbout): string {
  const pupil = about.pupilName
    ? about.upn
      ? `${about.pupilName} (UPN ${about.upn})`
      : about.pupilName
    : about.upn
      ? `Pupil with UPN ${about.upn}`
      : undefined;
  const school = about.schoolName ?? (about.schoolUrn ? `school URN ${about.schoolUrn}` : undefined);
  return [pupil, school].filter(Boolean).join(', ');
}
