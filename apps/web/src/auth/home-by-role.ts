import type { SessionUser } from './session-user';

/** Where each role lands after signing in: its home page. */
export const HOME_BY_ROLE: Record<SessionUser['role'], string> = {
  school: '/school',
  provider: '/inbox',
  la_officer: '/la',
  la_auditor: '/la',
  admin: '/sign-in',
};
