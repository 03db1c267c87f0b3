import { decodeJwt } from 'jose';
import { DEV_JWT_SECRET } from './auth.config';
import { lifetimeSeconds, signToken, TokenVerifier } from './token-verifier';

describe('development tokens', () => {
  it('are issued and expire from one instant, so a 12-hour token lives exactly 43200 s', async () => {
    for (let i = 0; i < 20; i++) {
      const { iat, exp } = decodeJwt(await signToken(DEV_JWT_SECRET, { sub: 'u', role: 'school', org: '100001' }));
      expect(exp! - iat!).toBe(43_200);
    }
  });

  it('are accepted by the verifier with the default 12-hour limit', async () => {
    const verifier = new TokenVerifier({ secret: DEV_JWT_SECRET, development: true } as never);
    const token = await signToken(DEV_JWT_SECRET, { sub: 'u', role: 'la_officer', org: '201' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ role: 'la_officer', organisationId: '201' });
  });

  it('read lifetimes in seconds, minutes, hours or days, and refuse anything else', () => {
    expect(lifetimeSeconds('90')).toBe(90);
    expect(lifetimeSeconds('15m')).toBe(900);
    expect(lifetimeSeconds('12h')).toBe(43_200);
    expect(lifetimeSeconds('1d')).toBe(86_400);
    expect(() => lifetimeSeconds('twelve hours')).toThrow(/15m, 12h, 1d/);
  });
});
