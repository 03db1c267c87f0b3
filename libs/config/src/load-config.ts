import { configSchema, type AppConfig } from './config.schema';

/** Thrown at start-up when the environment does not fit the schema; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration is not valid: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment (empty strings count as unset). Throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(present[name] ?? '')} (${issue.message})`;
    }),
  );
}

/** Where scripts and the start-up banner reach the API (`npm start` serves it under /api beside the web). */
export const API_PATH_PREFIX = '/api';

export function apiBaseUrl(config: AppConfig = loadConfig()): string {
  return (config.API_URL ?? `http://localhost:${config.PORT}${API_PATH_PREFIX}`).replace(/\/$/, '');
}
