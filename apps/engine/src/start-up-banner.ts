import { signToken } from '../../api/src/auth/token-verifier';
import { DEV_JWT_SECRET } from '../../api/src/auth/auth.config';
import { DEMO_USERS } from '../../web/src/auth/demo-users';

/** The shell variable each demo user's token is exported as. */
const ENV_NAME: Record<string, string> = {
  school: 'SCHOOL',
  provider: 'PROVIDER',
  la_officer: 'LA',
  la_auditor: 'AUDITOR',
};

type Banner = Readonly<{ webUrl: string; apiUrl: string; database: string; clock: string; tokens: boolean }>;

/** The last thing `npm start` prints: where everything is, and (in development) tokens ready to paste into a shell. */
export async function startUpBanner({ webUrl, apiUrl, database, clock, tokens }: Banner): Promise<string> {
  const rule = '='.repeat(78);
  const lines = [
    '',
    rule,
    `  AP Pathway is running at ${webUrl}/ (open it and sign in)`,
    `    API        ${apiUrl}   docs ${apiUrl}/docs   OpenAPI ${apiUrl}/openapi.json`,
    `    Health     ${apiUrl}/health      Metrics  ${apiUrl}/metrics`,
    `    Database   ${database}`,
    `    Clock      ${clock}`,
  ];
  if (tokens) {
    lines.push('', '  Development tokens: paste these lines into your shell, then `npm run seed:demo`:', '');
    lines.push(`export API=${apiUrl}`);
    const users = [
      ...DEMO_USERS.map((u) => ({ sub: u.id, role: u.role, org: u.organisationId, la: u.laCode, name: u.name })),
      { sub: 'demo-admin', role: 'admin' as const, org: 'ap-pathway', la: undefined, name: 'Demo admin' },
    ];
    for (const user of users) {
      lines.push(`export ${ENV_NAME[user.role] ?? 'ADMIN'}=${await signToken(DEV_JWT_SECRET, user)}`);
    }
  }
  lines.push(rule, '');
  return lines.join('\n');
}
