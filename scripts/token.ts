import { parseArgs } from 'node:util';
import { loadConfig } from '../libs/config/src';
import { DEV_JWT_SECRET } from '../apps/api/src/auth/auth.config';
import { signToken } from '../apps/api/src/auth/token-verifier';
import type { Role } from '../libs/domain/src/shared/message';

/** `npm run token -- --role school --org 123456 [--la 201] [--sub user-1] [--name "A Person"] [--expires 12h]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      la: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const roles: Role[] = ['school', 'provider', 'la_officer', 'la_auditor', 'admin'];
  if (!values.role || !roles.includes(values.role as Role) || !values.org) {
    console.error(
      `Usage: npm run token -- --role <${roles.join('|')}> --org <URN, provider id or LA code> [--la <LA code>] [--sub <user id>]`,
    );
    process.exit(2);
  }
  const secret = loadConfig().JWT_SECRET ?? DEV_JWT_SECRET;
  const sub = values.sub ?? `${values.role}-${values.org}`;
  console.log(
    await signToken(
      secret,
      { sub, role: values.role as Role, org: values.org, la: values.la, name: values.name },
      values.expires,
    ),
  );
}

void main();
