/**
 * Development features (the published dev secret, demo tokens, a settable CLOCK, POST /admin/clock) are on only
 * when DEV_MODE=true is set explicitly: never inferred from NODE_ENV, so a forgotten NODE_ENV fails closed.
 * `npm start` (the newcomer's path) sets it; `npm run start:api` and `start:worker` do not.
 */
export const isDevelopmentMode = (env: NodeJS.ProcessEnv = process.env): boolean => env.DEV_MODE === 'true';
