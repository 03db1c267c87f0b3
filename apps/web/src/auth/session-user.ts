import type { Request } from 'express';

export type Role = 'school' | 'provider' | 'la_officer' | 'la_auditor' | 'admin';

/** Who is signed in, kept in the server-side session: the token is never sent to the browser. */
export type SessionUser = Readonly<{
  id: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  laCode?: string;
  /** The bearer token the web sends to the API on this user's behalf. */
  token: string;
  /** Epoch seconds: when the token stops working, the user signs in again. */
  tokenExpiresAt: number;
}>;

declare module 'express-session' {
  interface SessionData {
    user?: SessionUser;
    /** OpenID Connect: the PKCE verifier, state and nonce between the redirect and the callback. */
    oidc?: { codeVerifier: string; state: string; nonce: string; returnTo?: string };
  }
}

export type WebRequest = Request & { user: SessionUser };
