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

describe('a token verified before', () => {
  it('is taken again without its signature checked, and still stops working when it expires', async () => {
    const verifier = new TokenVerifier({ secret: DEV_JWT_SECRET, development: true, clockSkewSeconds: 0 } as never);
    const token = await signToken(DEV_JWT_SECRET, { sub: 'u', role: 'school', org: '100001' }, '2s');
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u', organisationId: '100001' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u', organisationId: '100001' });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verifier.verify(token)).rejects.toThrow(/exp/);
  });

  it('is the same token only: another with one character changed is verified, and refused', async () => {
    const verifier = new TokenVerifier({ secret: DEV_JWT_SECRET, development: true } as never);
    const token = await signToken(DEV_JWT_SECRET, { sub: 'u', role: 'school', org: '100001' });
    await verifier.verify(token);
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    await expect(verifier.verify(tampered)).rejects.toThrow();
  });
});

describe('a key rotated out of the JWKS', () => {
  it('stops the tokens it signed once they are checked again, though they were verified before', async () => {
    const { createServer } = await import('node:http');
    const { exportJWK, generateKeyPair, SignJWT } = await import('jose');
    const [old, fresh] = await Promise.all([generateKeyPair('ES256'), generateKeyPair('ES256')]);
    const jwk = async (key: Parameters<typeof exportJWK>[0], kid: string) => ({
      ...(await exportJWK(key)),
      kid,
      alg: 'ES256',
      use: 'sig',
    });
    let keys = [await jwk(old.publicKey, 'old'), await jwk(fresh.publicKey, 'new')];
    const server = createServer((_, response) => response.end(JSON.stringify({ keys })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const verifier = new TokenVerifier({
        jwksUrl: `http://127.0.0.1:${port}/jwks`,
        issuer: 'https://idp.example',
        audience: 'ap-pathway',
        development: false,
        recheckSeconds: 1,
      });
      const token = await new SignJWT({ role: 'school', org: '100001' })
        .setProtectedHeader({ alg: 'ES256', kid: 'old' })
        .setSubject('u')
        .setIssuer('https://idp.example')
        .setAudience('ap-pathway')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(old.privateKey);
      await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u' });
      keys = [await jwk(fresh.publicKey, 'new')];
      // Within the recheck time the verified token is still taken as it was.
      await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u' });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await expect(verifier.verify(token)).rejects.toThrow();
    } finally {
      server.close();
    }
  });
});
