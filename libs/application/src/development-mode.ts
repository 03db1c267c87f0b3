import { loadConfig } from '@ap/config';

/**
 * Development features (the published dev secret and audit key, demo tokens, a settable CLOCK, POST /admin/clock,
 * loopback-only listening) are on only when DEV_MODE=true is set explicitly: never inferred from NODE_ENV, so a
 * forgotten NODE_ENV fails closed. `npm start` (the newcomer's path) sets it; `start:api` and `start:worker` do not.
 */
export const isDevelopmentMode = (env: NodeJS.ProcessEnv = process.env): boolean => loadConfig(env).DEV_MODE;
