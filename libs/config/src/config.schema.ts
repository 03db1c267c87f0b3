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
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development').describe('`production` refuses the development secret, settable clocks and demo tokens; logs become JSON.'),
  DATABASE_URL: url().describe('PostgreSQL server to use. Without it an embedded server is started.'),
  DATA_DIR: z.string().min(1).default('.data').describe('Where the embedded server keeps its data (survives restarts).'),
  EMBEDDED_PG_PORT: port(54329).describe('Port of the embedded server (loopback only).'),
  DB_POOL_SIZE: int(20, 1, 500).describe('Connections per process.'),
  PORT: port(3000).describe('HTTP port of the web service; `npm start` serves the API under `/api` on it (`npm run start:api` serves the API alone).'),
  API_URL: url().describe('Where `seed:demo`, `demo:journey`, the banner and `npm run start:web` reach the API (default `http://localhost:$PORT/api`).'),
  JWT_SECRET: z.string().min(16).optional().describe('HS256 secret for bearer tokens (a development secret is used outside production).'),
  JWKS_URL: url().describe('Verify tokens from an OIDC identity provider instead (with `JWT_ISSUER`, `JWT_AUDIENCE`).'),
  JWT_ISSUER: text().describe('Expected `iss` of tokens.'),
  JWT_AUDIENCE: text().describe('Expected `aud` of tokens.'),
  CLOCK: z.string().regex(/^(system|(fixed|offset):.+)$/, 'system, fixed:<instant> or offset:<instant>').default('system').describe('`fixed:<instant>` or `offset:<instant>` for demos and tests (refused in production).'),
  DEADLINE_POLL_MS: int(250, 10, 60_000).describe('How often the worker looks for due deadlines (ms).'),
  DEADLINE_CONCURRENCY: int(4, 1, 64).describe('Deadline-polling loops per worker (they share due deadlines with `SKIP LOCKED`).'),
  DEADLINE_BATCH: int(25, 1, 1_000).describe('Due deadlines each loop takes per transaction.'),
  PROCESS_MAX_ATTEMPTS: int(5, 1, 100).describe('Tries (with backoff) before a process manager parks an event it keeps failing on.'),
  RATE_LIMIT_PER_MINUTE: int(600, 1, 1_000_000).describe('Requests per user per minute.'),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 256kb').default('256kb').describe('Largest JSON body.'),
  IMPORT_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 20mb').default('20mb').describe("Largest GIAS CSV import (download the LA's schools, not all of England)."),
  CORS_ORIGINS: text().describe('Comma-separated origins allowed to call the API from a browser (CORS is off without it).'),
  TRUST_PROXY: flag(false).describe('`true` behind a reverse proxy (client address from `X-Forwarded-For`).'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino level. Logs carry method, path, status and request id: never bodies or pupil data.'),
  LOG_FORMAT: z.enum(['pretty', 'json']).optional().describe('`pretty` (default outside production) or `json` (default in production).'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url().describe('OpenTelemetry collector (OTLP/HTTP). Tracing is off without it.'),
  OTEL_SERVICE_NAME: z.string().min(1).default('ap-pathway').describe('Service name on exported traces.'),
  SEED: int(1, 1, 1_000_000).describe('`seed:demo`: which generated LA to load (deterministic).'),
  TEST_DATABASE_URL: url().describe('Tests use this server instead of a throwaway embedded one.'),
  KURRENTDB_URL: text().describe('Runs the KurrentDB contract suite against this server.'),
});

export type AppConfig = z.infer<typeof configSchema>;
