import type { SessionUser } from '../auth/session-user';

type Link = Readonly<{ href: string; text: string }>;

const LINKS: Record<SessionUser['role'], readonly Link[]> = {
  school: [
    { href: '/school', text: 'Home' },
    { href: '/exclusions/new', text: 'Record an exclusion' },
    { href: '/referrals/new', text: 'Make a referral' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  la_officer: [
    { href: '/school', text: 'Home' },
    { href: '/referrals/new', text: 'Make a referral' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  la_auditor: [
    { href: '/school', text: 'Home' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  provider: [
    { href: '/inbox', text: 'Referrals' },
    { href: '/placements', text: 'Placements' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  admin: [],
};

/** govukServiceNavigation items for the user's role, marking the section the page belongs to. */
export function navigationFor(user: SessionUser | undefined, path: string) {
  if (!user) return [];
  return LINKS[user.role].map((link) => ({
    ...link,
    active: path === link.href || path.startsWith(`${link.href}/`),
  }));
}
