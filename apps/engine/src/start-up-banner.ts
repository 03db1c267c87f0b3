import { signToken } from '../../api/src/auth/token-verifier';
import { DEV_JWT_SECRET } from '../../api/src/auth/auth.config';

/** Development only: the demo users `npm run seed:demo` creates organisations for (signed with the dev secret). */
export const DEMO_USERS = [
  { env: 'LA', sub: 'demo-la-officer', role: 'la_officer', org: '201', la: '201', name: 'Demo LA officer' },
  { env: 'SCHOOL', sub: 'demo-school', role: 'school', org: '100001', la: '201', name: 'Demo school' },
  { env: 'PROVIDER', sub: 'demo-provider', role: 'provider', org: 'prov-bridges', la: '201', name: 'Demo provider' },
  { env: 'AUDITOR', sub: 'demo-auditor', role: 'la_auditor', org: '201', la: '201', name: 'Demo auditor' },
  { env: 'ADMIN', sub: 'demo-admin', role: 'admin', org: 'ap-pathway', name: 'Demo admin' },
] as const;

type Banner = Readonly<{ baseUrl: string; database: string; clock: string; tokens: boolean }>;

/** The last thing `npm start` prints: where everything is, and (in development) tokens ready to paste into a shell. */
export async function startUpBanner({ baseUrl, database, clock, tokens }: Banner): Promise<string> {
  const rule = '='.repeat(78);
  const lines = [
    '',
    rule,
    `  AP Pathway is running at ${baseUrl}`,
    `    API docs   ${baseUrl}/docs        OpenAPI  ${baseUrl}/openapi.json`,
    `    Health     ${baseUrl}/health      Metrics  ${baseUrl}/metrics`,
    `    Database   ${database}`,
    `    Clock      ${clock}`,
  ];
  if (tokens) {
    lines.push('', '  Development tokens: paste these lines into your shell, then `npm run seed:demo`:', '');
    lines.push(`export API=${baseUrl}`);
    for (const user of DEMO_USERS) {
      const { env, ...claims } = user;
      lines.push(`export ${env}=${await signToken(DEV_JWT_SECRET, claims)}`);
    }
  }
  lines.push(rule, '');
  return lines.join('\n');
}
