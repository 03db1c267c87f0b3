/** Issue 18: /health and /metrics answer within this even while the database is paused (they hung for the outage). */
export const PROBE_TIMEOUT_MS = 2_000;

export const withTimeout = <T>(work: Promise<T>, ms = PROBE_TIMEOUT_MS): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
