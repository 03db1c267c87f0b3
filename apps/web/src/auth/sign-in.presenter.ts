import { ROLE_WORDS } from '@ap/application';
import type { DemoUser } from './demo-users';

/** What the sign-in page says: the identity provider's button, or in development the demo users to choose from. */
export function signInView(input: {
  oidc: boolean;
  signedOut?: string;
  returnTo?: string;
  users: readonly DemoUser[];
}) {
  return {
    oidc: input.oidc,
    returnTo: input.returnTo,
    notice:
      input.signedOut === 'timeout'
        ? 'You were signed out because you did not do anything for a while. Your answers were saved up to the last page you completed.'
        : input.signedOut
          ? 'You have signed out.'
          : undefined,
    userItems: input.users.map((u) => ({
      value: u.id,
      text: `${u.name}, ${ROLE_WORDS[u.role]}: ${u.organisationName}`,
      hint: { text: u.description },
    })),
  };
}
