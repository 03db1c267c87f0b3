import type { SessionUser } from '../auth/session-user';

type Link = Readonly<{ href: string; text: string }>;

const LINKS: Record<SessionUser['role'], readonly Link[]> = {
  school: [
    { href: '/school', text: 'Home' },
    { href: '/exclusions/new', text: 'Record an exclusion' },
    { href: '/referrals/new', text: 'Make a referral' },
    { href: '/outreach', text: 'Outreach' },
    { href: '/pupils-at-risk', text: 'Pupils at risk' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  la_officer: [
    { href: '/la', text: 'Dashboard' },
    { href: '/la/trends', text: 'Trends' },
    { href: '/la/sufficiency', text: 'Sufficiency' },
    { href: '/la/directory', text: 'Directory' },
    { href: '/la/settings', text: 'Settings' },
    { href: '/referrals/new', text: 'Make a referral' },
    { href: '/la/cafe', text: 'Children absent from education' },
    { href: '/la/quality', text: 'Provider quality' },
    { href: '/pupils-at-risk', text: 'Pupils at risk' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  la_auditor: [
    { href: '/la', text: 'Dashboard' },
    { href: '/la/trends', text: 'Trends' },
    { href: '/la/sufficiency', text: 'Sufficiency' },
    { href: '/la/directory', text: 'Directory' },
    { href: '/la/settings', text: 'Settings' },
    { href: '/la/cafe', text: 'Children absent from education' },
    { href: '/la/quality', text: 'Provider quality' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  provider: [
    { href: '/inbox', text: 'Referrals' },
    { href: '/placements', text: 'Placements' },
    { href: '/outreach', text: 'Outreach' },
    { href: '/quality', text: 'Quality' },
    { href: '/pupils', text: 'Find a pupil' },
  ],
  admin: [],
};

/** govukServiceNavigation items for the user's role, marking the section the page belongs to. */
export function navigationFor(user: SessionUser | undefined, path: string) {
  if (!user) return [];
  return LINKS[user.role].map((link) => ({
    ...link,
    // '/la' is the dashboard only: its sub-pages have their own links.
    active: path === link.href || (link.href !== '/la' && path.startsWith(`${link.href}/`)),
  }));
}
