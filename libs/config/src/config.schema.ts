import { z } from 'zod';

/*
 * Every environment variable AP Pathway reads, in one schema. Adding a variable is one line here (name, type,
 * default, meaning); then `npm run config:table` rewrites the README's table (a unit test fails until it does).
 * Read values with `loadConfig()` (scripts, engine) or `ConfigService<AppConfig, true>` (Nest providers).
 */
const int = (fallback: number, min: number, max: number) =>
  z.coerce.number({ error: 'must be a whole number' }).int().min(min).max(max).default(fallback);
const port = (fallback: number) => int(fallback, 1, 65_535);
const text = () => z.string().min(1).optional();
const url = () => z.url().optional();
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

// One line per variable, so adding one is a one-line change (and a clean merge).
// prettier-ignore
export const configSchema = z.object({
  NODE_ENV: z.string().min(1).default('development').describe('`production`: logs become JSON. Development features need `DEV_MODE`, never a missing `NODE_ENV`.'),
  DEV_MODE: flag(false).describe('`true` turns on development features: the published dev secret and audit key, demo tokens, a settable `CLOCK` and `POST /admin/clock`, loopback-only listening. `npm start` sets it; nothing else does.'),
  HOST: text().describe('Address to listen on (default `127.0.0.1` with `DEV_MODE`, else all interfaces); `HOST=0.0.0.0 npm start` opens a demo to the network.'),
  DATABASE_URL: url().describe('PostgreSQL server to use. Without it an embedded server is started.'),
  DATA_DIR: z.string().min(1).default('.data').describe('Where the embedded server keeps its data (survives restarts).'),
  EMBEDDED_PG_PORT: port(54329).describe('Port of the embedded server (loopback only).'),
  DB_POOL_SIZE: int(20, 1, 500).describe('Connections per process.'),
  DB_STATEMENT_TIMEOUT_MS: int(15_000, 0, 3_600_000).describe('Longest a statement may run (ms; 0 for no limit): a paused or overloaded database answers 503 instead of hanging requests.'),
  DB_CONNECT_TIMEOUT_MS: int(5_000, 100, 600_000).describe('Longest to wait for a database connection (ms).'),
  PORT: port(3000).describe('HTTP port of the web service; `npm start` serves the API under `/api` on it (`npm run start:api` serves the API alone).'),
  API_URL: url().describe('Where `seed:demo`, `demo:journey`, the banner and `npm run start:web` reach the API (default `http://localhost:$PORT/api`).'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 bytes').optional().describe('HS256 secret for bearer tokens, at least 32 bytes (with `DEV_MODE` a published development secret is used; it is refused otherwise).'),
  JWT_MAX_LIFETIME_SECONDS: int(43_200, 60, 604_800).describe('Longest lifetime (`exp` − `iat`) a token may have; tokens need `exp`, and an `iat` more than 60 s ahead is refused.'),
  JWT_ALGORITHMS: text().describe('Comma-separated algorithms accepted from `JWKS_URL` (default `RS256,PS256,ES256,EdDSA`); the shared secret is always HS256 only.'),
  JWKS_URL: url().describe('Verify tokens from an OIDC identity provider instead (`JWT_ISSUER` and `JWT_AUDIENCE` are then required). A verified token is taken again without its signature checked for up to 5 minutes, and the JWKS is fetched again as often, so a signing key removed from it stops its tokens within 5 minutes.'),
  JWT_ISSUER: text().describe('Expected `iss` of tokens.'),
  JWT_AUDIENCE: text().describe('Expected `aud` of tokens.'),
  CLOCK: z.string().regex(/^(system|(fixed|offset):.+)$/, 'system, fixed:<instant> or offset:<instant>').default('system').describe('`fixed:<instant>` or `offset:<instant>` for demos and tests (only with `DEV_MODE`).'),
  DEADLINE_POLL_MS: int(250, 10, 60_000).describe('How often the worker looks for due deadlines (ms).'),
  DEADLINE_CONCURRENCY: int(4, 1, 64).describe('Deadline-polling loops per worker (they share due deadlines with `SKIP LOCKED`).'),
  DEADLINE_BATCH: int(25, 1, 1_000).describe('Due deadlines each loop takes per transaction.'),
  PROCESS_MAX_ATTEMPTS: int(5, 1, 100).describe('Tries (with backoff) before a process manager parks an event it keeps failing on.'),
  RATE_LIMIT_PER_MINUTE: int(600, 1, 1_000_000).describe('Requests per signed-in user per minute, counted in PostgreSQL across all API processes.'),
  RATE_LIMIT_PER_CLIENT_PER_MINUTE: int(1_200, 1, 10_000_000).describe('Requests per client address per minute that carry no valid token (none, a bad one, public routes), counted before any 401.'),
  AUDIT_HMAC_KEY: z.string().min(32).optional().describe('Key of the audit chain over the whole log (HMAC-SHA256), at least 32 bytes; keep it out of the database. Required for the worker and `audit:verify` without `DEV_MODE`.'),
  AUDIT_CHECKPOINT_FILE: text().describe('Where the worker appends signed checkpoints of the log\'s head (default `$DATA_DIR/audit-checkpoints.jsonl`); ship it off the machine.'),
  AUDIT_CHECKPOINT_INTERVAL_MS: int(5_000, 0, 3_600_000).describe('At most one checkpoint per this many ms.'),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 256kb').default('256kb').describe('Largest JSON body.'),
  IMPORT_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 20mb').default('20mb').describe("Largest GIAS CSV import (download the LA's schools, not all of England)."),
  CORS_ORIGINS: text().describe('Comma-separated origins allowed to call the API from a browser (CORS is off without it).'),
  TRUST_PROXY: flag(false).describe('`true` behind a reverse proxy (client address from `X-Forwarded-For`).'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino level. Logs carry method, path, status and request id: never bodies or pupil data.'),
  LOG_FORMAT: z.enum(['pretty', 'json']).optional().describe('`pretty` (default outside production) or `json` (default in production).'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url().describe('OpenTelemetry collector taking OTLP over HTTP, e.g. `http://localhost:4318`: traces of requests, appends and the worker (see Tracing). Tracing is off without it.'),
  OTEL_SERVICE_NAME: z.string().min(1).default('ap-pathway').describe('Service name on exported traces.'),
  SEED: int(1, 1, 1_000_000).describe('`seed:demo`: which generated LA to load (deterministic).'),
  TEST_DATABASE_URL: url().describe('Tests use this server instead of a throwaway embedded one.'),
  NOTIFICATION_CHANNEL: z.enum(['notify', 'smtp', 'mailbox']).optional().describe('How emails go: `notify` (GOV.UK Notify), `smtp`, or `mailbox` (development only, needs `DEV_MODE`: kept for the mailbox page). Default `notify` with `NOTIFY_API_KEY`, else `smtp` with `SMTP_URL`, else `mailbox` (so without `DEV_MODE` one of them must be set).'),
  NOTIFICATION_CHANNEL_BY_LA: z.string().regex(/^\d{3}=(notify|smtp|mailbox)(,\d{3}=(notify|smtp|mailbox))*$/, 'LA=channel pairs such as 201=smtp').optional().describe('A channel per LA for its schools, providers and officers, e.g. `201=smtp,202=notify` (an LA that runs its own mail).'),
  NOTIFICATION_SIGN_IN_URL: z.url().default('http://localhost:3000/').describe('The sign-in link every email carries.'),
  NOTIFICATION_DIGEST_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM').default('07:00').describe('When the morning digest goes, on the organisation\'s school days only (UTC, like every deadline).'),
  NOTIFICATION_MAX_ATTEMPTS: int(6, 1, 100).describe('Tries (exponential backoff) before an email is parked; parked emails show on `/health` and `/metrics`.'),
  NOTIFICATION_RETRY_MS: int(1000, 1, 3_600_000).describe('First retry delay after a failed send, doubling each try (ms).'),
  NOTIFICATION_LEASE_MS: int(60_000, 100, 3_600_000).describe('How long a sender holds an email it took; after a crash another takes it once this passes (ms).'),
  NOTIFICATION_POLL_MS: int(500, 10, 60_000).describe('How often the sender looks for due emails and digests (ms).'),
  NOTIFICATION_BATCH: int(20, 1, 1_000).describe('Emails a sending loop takes at a time.'),
  NOTIFICATION_CONCURRENCY: int(4, 1, 64).describe('Sending loops per worker, each with one email in flight (a crash repeats at most one per loop).'),
  NOTIFY_API_KEY: text().describe('GOV.UK Notify API key.'),
  NOTIFY_BASE_URL: url().describe('GOV.UK Notify API base URL (Notify\'s own by default; tests point it at a stand-in).'),
  NOTIFY_CALLBACK_TOKEN: text().describe('Bearer token Notify sends with delivery receipts to `POST /api/notifications/notify-callback` (bounces are recorded).'),
  NOTIFY_TEMPLATE_ALERT: text().describe('Notify template for any alert without its own template (personalisation in the README).'),
  NOTIFY_TEMPLATE_DIGEST: text().describe('Notify template of the morning digest.'),
  NOTIFY_TEMPLATE_DAY6_REMINDER: text().describe('Notify template for `day6_reminder` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_DAY6_BREACH: text().describe('Notify template for `day6_breach` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_REFERRAL_RECEIVED: text().describe('Notify template for `referral_received` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_PROVIDER_RESPONSE_OVERDUE: text().describe('Notify template for `provider_response_overdue` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_INFORMATION_REQUESTED: text().describe('Notify template for `information_requested` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_INFORMATION_REQUEST_REMINDER: text().describe('Notify template for `information_request_reminder` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_INFORMATION_REQUEST_OVERDUE: text().describe('Notify template for `information_request_overdue` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_INDUCTION_STEP_OVERDUE: text().describe('Notify template for `induction_step_overdue` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_PLACEMENT_REVIEW_OVERDUE: text().describe('Notify template for `placement_review_overdue` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_PART_TIME_OVERDUE: text().describe('Notify template for `part_time_overdue` (else `NOTIFY_TEMPLATE_ALERT`).'),
  NOTIFY_TEMPLATE_LOOKED_AFTER_EXCLUSION: text().describe('Notify template for `looked_after_exclusion` (else `NOTIFY_TEMPLATE_ALERT`).'),
  SMTP_URL: text().describe('SMTP server for the `smtp` channel, e.g. `smtps://user:pass@mail.example:465`.'),
  SMTP_FROM: z.string().min(1).default('AP Pathway <no-reply@ap-pathway.invalid>').describe('From address of SMTP emails.'),
  KURRENTDB_URL: text().describe('Runs the KurrentDB contract suite against this server.'),
});

export type AppConfig = z.infer<typeof configSchema>;
