import { loadConfig } from '@ap/config';

/**
 * Development features (the published dev secret and audit key, demo tokens, a settable CLOCK, POST /admin/clock,
 * loopback-only listening) are on only when DEV_MODE=true is set explicitly: never inferred from NODE_ENV, so a
 * forgotten NODE_ENV fails closed. `npm start` (the newcomer's path) sets it; `start:api` and `start:worker` do not.
 */
export const isDevelopmentMode = (env: NodeJS.ProcessEnv = process.env): boolean => loadConfig(env).DEV_MODE;

/**
 * Development stand-ins that are harmless to tests but must never reach a deployment (the published web session
 * secret, the mailbox that keeps emails instead of sending them, GET /dev/mailbox): on with DEV_MODE, or under a test
 * runner that says NODE_ENV=test explicitly. A deployment that forgets NODE_ENV gets neither and fails closed.
 */
export const allowsDevelopmentStandIns = (config: { DEV_MODE: boolean; NODE_ENV: string }): boolean =>
  config.DEV_MODE || config.NODE_ENV === 'test';
