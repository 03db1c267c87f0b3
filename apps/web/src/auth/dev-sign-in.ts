import { SignJWT } from 'jose';
import type { DemoUser } from './demo-users';
import type { SessionUser } from './session-user';

const TOKEN_HOURS = 8;

/** Development only: the demo user's API token, signed with the development secret the API also holds. */
export async function demoSessionUser(user: DemoUser, secret: string, nowSeconds: number): Promise<SessionUser> {
  const expiresAt = nowSeconds + TOKEN_HOURS * 3600;
  const token = await new SignJWT({ role: user.role, org: user.organisationId, la: user.laCode, name: user.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    organisationName: user.organisationName,
    laCode: user.laCode,
    token,
    tokenExpiresAt: expiresAt,
  };
}
